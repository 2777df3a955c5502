// extramile purge on a copy of the panel fixture (interviews of 2026-11-20):
// candidates past the period go, with a line for each file; the others stay.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

using namespace extramile::test;
namespace fs = std::filesystem;

namespace {

// The copies are dated a month back, as files synced long ago would be (the
// draft c-4--luca records no session time, so its file time counts).
void copy_panel(const fs::path& to) {
    fs::create_directories(to);
    for (const auto& entry : fs::directory_iterator(data("panel"))) {
        fs::copy_file(entry.path(), to / entry.path().filename());
        fs::last_write_time(to / entry.path().filename(), fs::file_time_type::clock::now() - std::chrono::days(30));
    }
}

// A scorecard of a candidate interviewed just now, in the same folder.
void add_recent(const fs::path& folder) {
    std::ofstream(folder / "recent.scorecard.xml")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<scorecard xmlns=\"urn:extramile:scorecard:1\" id=\"00000000-0000-4000-8000-0000000000aa\" "
           "revision=\"1\" status=\"draft\">\n"
           "  <rubric id=\"sample\" version=\"1.0\"/>\n"
           "  <candidate id=\"c-9\" name=\"Eva Conti\"/>\n"
           "  <interviewer name=\"Luca Bianchi\"/>\n"
           "</scorecard>\n";
}

std::size_t files_in(const fs::path& folder) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

} // namespace

BOOST_AUTO_TEST_SUITE(purge_command)

BOOST_AUTO_TEST_CASE(removes_the_candidates_past_the_period_and_says_which) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    copy_panel(folder);
    add_recent(folder); // no recorded time: its file time (now) counts
    const auto r = run_extramile({"purge", "--older-than", "1", folder.string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("removing Ana Pérez (last interview 2026-11-20):") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("c-1--luca.scorecard.xml") != std::string::npos);
    BOOST_TEST(r.out.find("removed 7 scorecards of 4 candidates older than 1 day") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("Eva Conti") == std::string::npos);
    BOOST_TEST(files_in(folder) == 1u);
    BOOST_TEST(fs::exists(folder / "recent.scorecard.xml"));
}

BOOST_AUTO_TEST_CASE(a_dry_run_removes_nothing) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    copy_panel(folder);
    const auto r = run_extramile({"purge", "--older-than", "1", "--dry-run", folder.string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("would remove 7 scorecards of 4 candidates") != std::string::npos, r.out);
    BOOST_TEST(files_in(folder) == 7u);
}

BOOST_AUTO_TEST_CASE(a_long_period_keeps_everyone) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    copy_panel(folder);
    const auto r = run_extramile({"purge", "--older-than", "36500", folder.string()});
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.out.find("removed 0 scorecards of 0 candidates") != std::string::npos, r.out);
    BOOST_TEST(files_in(folder) == 7u);
}

BOOST_AUTO_TEST_CASE(unreadable_files_are_left_alone) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    copy_panel(folder);
    std::ofstream(folder / "broken.scorecard.xml") << "<scorecard";
    const auto r = run_extramile({"purge", "--older-than", "1", folder.string()});
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.find("broken.scorecard.xml") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("(left alone)") != std::string::npos);
    BOOST_TEST(fs::exists(folder / "broken.scorecard.xml"));
}

BOOST_AUTO_TEST_CASE(usage_mistakes_are_refused_before_anything_is_removed) {
    ScratchFolder scratch;
    copy_panel(scratch / "s");
    BOOST_TEST(run_extramile({"purge", (scratch / "s").string()}).exit_code == 2);
    BOOST_TEST(run_extramile({"purge", "--older-than", "0", (scratch / "s").string()}).exit_code == 2);
    BOOST_TEST(run_extramile({"purge", "--older-than", "1"}).exit_code == 2);
    const auto file = (scratch / "s" / "c-1--luca.scorecard.xml").string();
    const auto r = run_extramile({"purge", "--older-than", "1", file});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("is not a folder") != std::string::npos, r.err);
    BOOST_TEST(files_in(scratch / "s") == 7u);
}

#ifndef _WIN32 // symbolic links: libstdc++ makes none on Windows
// A symlink was unlinked and reported as a scorecard removed while its
// target stayed; the hidden copies of killed saves survived the purge.
BOOST_AUTO_TEST_CASE(links_are_named_and_left_and_leftover_copies_go_too) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    const auto elsewhere = scratch / "elsewhere";
    copy_panel(folder);
    fs::create_directories(elsewhere);
    // Ana's Luca scorecard is a link to a file outside the folder.
    fs::rename(folder / "c-1--luca.scorecard.xml", elsewhere / "c-1--luca.scorecard.xml");
    fs::create_symlink(elsewhere / "c-1--luca.scorecard.xml", folder / "c-1--luca.scorecard.xml");
    // A killed save of Bruno's Marta scorecard left its hidden copy.
    const auto leftover = folder / ".c-2--marta.scorecard.xml.Ab3dE9.tmp";
    fs::copy_file(folder / "c-2--marta.scorecard.xml", leftover);
    const auto r = run_extramile({"purge", "--older-than", "1", folder.string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("left alone: " + (folder / "c-1--luca.scorecard.xml").string() + " is a link to") !=
                   std::string::npos,
               r.out);
    BOOST_TEST(fs::is_symlink(folder / "c-1--luca.scorecard.xml"));
    BOOST_TEST(fs::exists(elsewhere / "c-1--luca.scorecard.xml"));
    BOOST_TEST(!fs::exists(leftover));
    BOOST_TEST(r.out.find(leftover.filename().string()) != std::string::npos, r.out);
    BOOST_TEST(r.out.find("removed 6 scorecards of 4 candidates") != std::string::npos, r.out);
}
#endif

BOOST_AUTO_TEST_SUITE_END()
