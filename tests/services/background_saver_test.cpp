#include "test_paths.hpp"

#include "services/background_saver.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <boost/test/unit_test.hpp>

#include <atomic>

using namespace extramile;

namespace {

Scorecard draft() {
    Scorecard s;
    s.id = "11111111-2222-4333-8444-555555555555";
    s.rubric = {"sample", "1.0", ""};
    s.candidate_name = "Ana Pérez";
    s.interviewer = "Luca";
    return s;
}

} // namespace

BOOST_AUTO_TEST_SUITE(background_saver)

BOOST_AUTO_TEST_CASE(the_newest_snapshot_reaches_the_disk) {
    extramile::test::ScratchFolder scratch;
    const auto path = scratch / "a.scorecard.xml";
    auto s = draft();
    save_scorecard(path, s); // revision 1 on disk
    std::atomic<int> outcomes{0};
    {
        BackgroundSaver saver(path, 1, [&](const SaveOutcome&) { ++outcomes; });
        for (int i = 0; i < 50; ++i) {
            s.set_note("giving.four-people", "typed " + std::to_string(i));
            saver.save(s);
        }
        auto last = saver.flush();
        BOOST_TEST((last.kind == SaveOutcome::Kind::saved));
        BOOST_TEST(last.revision >= 2);
        BOOST_TEST(last.revision <= 51);
        auto on_disk = read_scorecard(path);
        BOOST_TEST(on_disk.note_on("giving.four-people") == "typed 49");
        BOOST_TEST(on_disk.revision == last.revision);
    }
    BOOST_TEST(outcomes.load() >= 1);
}

BOOST_AUTO_TEST_CASE(a_change_made_elsewhere_is_never_overwritten) {
    extramile::test::ScratchFolder scratch;
    const auto path = scratch / "a.scorecard.xml";
    auto mine = draft();
    save_scorecard(path, mine); // revision 1
    auto theirs = read_scorecard(path);
    theirs.set_note("q", "written by someone else");
    save_scorecard(path, theirs); // revision 2, behind the saver's back

    BackgroundSaver saver(path, 1, nullptr);
    mine.set_note("q", "mine");
    saver.save(mine);
    auto outcome = saver.flush();
    BOOST_TEST((outcome.kind == SaveOutcome::Kind::conflict));
    BOOST_TEST(outcome.revision == 2);
    BOOST_TEST(outcome.message.find("changed outside") != std::string::npos);
    BOOST_TEST(read_scorecard(path).note_on("q") == "written by someone else");

    // Further saves wait until the user decides.
    saver.save(mine);
    BOOST_TEST((saver.flush().kind == SaveOutcome::Kind::conflict));
    BOOST_TEST(read_scorecard(path).note_on("q") == "written by someone else");

    saver.accept_disk_revision(2); // the user chose to keep their version
    saver.save(mine);
    outcome = saver.flush();
    BOOST_TEST((outcome.kind == SaveOutcome::Kind::saved));
    BOOST_TEST(outcome.revision == 3);
    BOOST_TEST(read_scorecard(path).note_on("q") == "mine");
}

BOOST_AUTO_TEST_CASE(a_failed_save_is_reported_and_the_next_one_retries) {
    extramile::test::ScratchFolder scratch;
    const auto folder = scratch / "gone";
    std::filesystem::create_directory(folder);
    const auto path = folder / "a.scorecard.xml";
    BackgroundSaver saver(path, 0, nullptr);
    std::filesystem::remove(folder);
    saver.save(draft());
    auto outcome = saver.flush();
    BOOST_TEST((outcome.kind == SaveOutcome::Kind::failed));
    BOOST_TEST(!outcome.message.empty());
    std::filesystem::create_directory(folder);
    saver.save(draft());
    BOOST_TEST((saver.flush().kind == SaveOutcome::Kind::saved));
    BOOST_TEST(read_scorecard(path).revision == 1);
}

BOOST_AUTO_TEST_SUITE_END()
