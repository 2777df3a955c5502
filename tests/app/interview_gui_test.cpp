// A whole interview driven from the keyboard, in the real program under a
// real X server, checked afterwards with core's reader.
#include "app_process.hpp"
#include "test_paths.hpp"

#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_check.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <boost/test/unit_test.hpp>

#include <csignal>
#include <fstream>

#include <sys/stat.h>

using namespace extramile;
using namespace extramile::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

fs::path only_scorecard_in(const fs::path& folder) {
    fs::path found;
    int count = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().string().ends_with(".scorecard.xml") && !entry.path().filename().string().starts_with('.')) {
            found = entry.path();
            ++count;
        }
    BOOST_TEST_REQUIRE(count == 1);
    return found;
}

std::vector<std::string> interview_args(const fs::path& folder, const std::string& candidate) {
    return {"interview", "--rubric", "generosity", "--candidate", candidate, "--interviewer", "Luca Bianchi",
            "--role", "Store manager", "--dir", folder.string(), "--lang", "en"};
}

} // namespace

BOOST_AUTO_TEST_SUITE(interview_window)

BOOST_AUTO_TEST_CASE(a_whole_interview_from_the_keyboard) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    const auto rubric = read_rubric(source("rubrics/generosity.rubric.xml"));
    AppProcess app(interview_args(folder, "Ana Pérez"), scratch / "home");
    BOOST_TEST_REQUIRE(app.wait_for_window("Ana Pérez"), app.log());
    // The file exists from the first moment.
    const auto path = only_scorecard_in(folder);

    int question_number = 0;
    for (std::size_t c = 0; c < rubric.competencies.size(); ++c) {
        const auto& competency = rubric.competencies[c];
        for (std::size_t q = 0; q < competency.questions.size(); ++q) {
            // The notes have the focus as soon as the question shows. Typed
            // text stays ASCII: xdotool remaps a spare key for each accented
            // letter and sometimes loses one under load; accents are covered
            // by the candidate's name here and by core's round-trip tests.
            type_text("Answer " + std::to_string(++question_number) + ": she coached Maria & Pepe <juniors>.");
            if (q + 1 == competency.questions.size()) {
                // Rate from outside the notes with a bare digit: Esc, then 1-5.
                press("Escape");
                press(std::to_string(1 + static_cast<int>(c) % 5));
            }
            press("alt+Right"); // next question
        }
    }
    press("ctrl+shift+f"); // finish
    BOOST_TEST_REQUIRE(app.wait_for_window("Review and submit"), app.log());
    press("Home"); // "Strong no", the first
    press("Down");
    press("Down"); // "Yes"
    press("Return");
    pause(2500ms);

    const auto scorecard = read_scorecard(path);
    BOOST_TEST(scorecard.submitted());
    BOOST_TEST((scorecard.recommendation == Recommendation::yes),
               "recommendation " << (scorecard.recommendation ? to_string(*scorecard.recommendation) : "none"));
    BOOST_TEST(scorecard.candidate_name == "Ana Pérez");
    BOOST_TEST(scorecard.interviewer == "Luca Bianchi");
    BOOST_TEST(check_scorecard(scorecard, rubric, path.string()).empty());
    BOOST_TEST(scorecard.ratings.size() == rubric.competencies.size());
    question_number = 0;
    for (std::size_t c = 0; c < rubric.competencies.size(); ++c) {
        const auto& competency = rubric.competencies[c];
        const auto* rating = scorecard.rating_for(competency.id);
        BOOST_TEST_REQUIRE(rating);
        BOOST_TEST(rating->value.value() == 1 + static_cast<int>(c) % 5);
        for (const auto& question : competency.questions)
            BOOST_TEST(scorecard.note_on(question.id) ==
                       "Answer " + std::to_string(++question_number) + ": she coached Maria & Pepe <juniors>.");
    }
    BOOST_TEST_REQUIRE(!scorecard.events.empty());
    BOOST_TEST(scorecard.events.back().kind == "submitted");

    // Submitted means read-only: keys change nothing.
    const auto revision = scorecard.revision;
    press("ctrl+3");
    type_text("more");
    pause(2000ms);
    BOOST_TEST(read_scorecard(path).revision == revision);
    // Closing the interview leads to the start page, for the next candidate;
    // quitting is File > Quit.
    press("ctrl+w");
    BOOST_TEST_REQUIRE(app.wait_for_window("^Extra Mile$"), app.log());
    press("ctrl+q");
    BOOST_TEST(app.wait_exit() == 0);
}

BOOST_AUTO_TEST_CASE(a_power_cut_loses_at_most_two_seconds) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    fs::path path;
    {
        AppProcess app(interview_args(folder, "Bruno Rossi"), scratch / "home");
        BOOST_TEST_REQUIRE(app.wait_for_window("Bruno Rossi"), app.log());
        path = only_scorecard_in(folder);
        type_text("Sent a customer to a competitor when it was better for her.");
        press("ctrl+4");
        pause(2000ms);
        app.kill_hard();
    }
    const auto scorecard = read_scorecard(path); // complete and valid
    BOOST_TEST(scorecard.note_on("giving.four-people") ==
               "Sent a customer to a competitor when it was better for her.");
    BOOST_TEST(scorecard.rating_for("giving")->value.value() == 4);
    BOOST_TEST(check_scorecard(scorecard, read_rubric(source("rubrics/generosity.rubric.xml")), path.string()).empty());
    for (const auto& entry : fs::directory_iterator(folder))
        BOOST_TEST_MESSAGE("left in the folder: " << entry.path().filename());

    // What a save killed before its rename leaves: a hidden whole copy.
    const auto leftover = folder / ("." + path.filename().string() + ".k1ll3d.tmp");
    fs::copy_file(path, leftover);

    // Reopened in the app, the note is there to continue from, and the
    // leftover copy (personal data) is gone.
    AppProcess again({path.string()}, scratch / "home");
    BOOST_TEST_REQUIRE(again.wait_for_window("Bruno Rossi"), again.log());
    BOOST_TEST(!fs::exists(leftover));
    type_text(" She followed up a week later.");
    pause(2000ms);
    BOOST_TEST(read_scorecard(path).note_on("giving.four-people") ==
               "Sent a customer to a competitor when it was better for her. She followed up a week later.");
    press("ctrl+q");
    BOOST_TEST(again.wait_exit() == 0);
}

BOOST_AUTO_TEST_CASE(a_second_program_on_the_same_scorecard_only_reads_it) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    AppProcess first(interview_args(folder, "Chiara Bianchi"), scratch / "home");
    BOOST_TEST_REQUIRE(first.wait_for_window("Chiara Bianchi"), first.log());
    const auto path = only_scorecard_in(folder);
    type_text("Typed in the first window.");
    pause(2000ms);

    // The second program is told who holds the scorecard and shows it
    // read-only; a temporary file beside it may be the first one's save in
    // flight, so it is not the second's to remove.
    const auto in_flight = folder / ("." + path.filename().string() + ".fl1ght.tmp");
    fs::copy_file(path, in_flight);
    AppProcess second({path.string()}, scratch / "home");
    BOOST_TEST_REQUIRE(second.wait_for_window("read-only"), second.log());
    BOOST_TEST(fs::exists(in_flight));
    type_text(" Typed in the second window.");
    press("ctrl+4");
    pause(2500ms);
    const auto on_disk = read_scorecard(path);
    BOOST_TEST(on_disk.note_on("giving.four-people") == "Typed in the first window.");
    BOOST_TEST(on_disk.rating_for("giving") == nullptr);
    press("ctrl+q");
    BOOST_TEST(second.wait_exit() == 0);

    // The first still holds it and still saves; once it is closed, the lock goes with it.
    BOOST_TEST(fs::exists(folder / ("." + path.filename().string() + ".lock")));
    press("ctrl+q");
    BOOST_TEST(first.wait_exit() == 0);
    BOOST_TEST(!fs::exists(folder / ("." + path.filename().string() + ".lock")));
}

BOOST_AUTO_TEST_CASE(a_change_made_on_disk_is_never_overwritten) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    AppProcess app(interview_args(folder, "Chiara Neri"), scratch / "home");
    BOOST_TEST_REQUIRE(app.wait_for_window("Chiara Neri"), app.log());
    const auto path = only_scorecard_in(folder);
    type_text("mine");
    pause(2000ms);

    auto theirs = read_scorecard(path);
    theirs.set_note("giving.four-people", "someone else's words");
    save_scorecard(path, theirs);
    pause(1500ms); // the window notices on its next tick

    type_text(" and more of mine");
    pause(2500ms);
    auto on_disk = read_scorecard(path);
    BOOST_TEST(on_disk.note_on("giving.four-people") == "someone else's words");
    BOOST_TEST(on_disk.revision == theirs.revision);
    app.kill_hard();
}

// A same-revision change from outside (what a sync engine brings from a
// laptop that saved as often) is never overwritten either; the app met two
// wx assertion dialogs on every conflict (AppProcess fails on any).
BOOST_AUTO_TEST_CASE(a_same_revision_change_is_never_overwritten) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    AppProcess app(interview_args(folder, "Dario Neri"), scratch / "home");
    BOOST_TEST_REQUIRE(app.wait_for_window("Dario Neri"), app.log());
    const auto path = only_scorecard_in(folder);
    type_text("mine");
    pause(2000ms);
    auto theirs = read_scorecard(path);
    theirs.set_note("giving.four-people", "someone else's words");
    const auto bytes = scorecard_to_xml(theirs); // the revision on disk, unchanged
    std::ofstream(path.string() + ".new") << bytes;
    fs::rename(path.string() + ".new", path);
    pause(1500ms);
    type_text(" and more of mine");
    pause(2500ms);
    BOOST_TEST(read_bytes(path) == bytes);
    BOOST_TEST(app.running(), app.log());
    app.kill_hard();
}

// SIGTERM (the desktop ending the session, or kill) closes the interview
// cleanly: the last words saved, the lock removed.
BOOST_AUTO_TEST_CASE(sigterm_saves_and_releases_the_scorecard) {
    for (const int number : {SIGTERM, SIGHUP}) {
        ScratchFolder scratch;
        const auto folder = scratch / "scorecards";
        AppProcess app(interview_args(folder, "Elena Sala"), scratch / "home");
        BOOST_TEST_REQUIRE(app.wait_for_window("Elena Sala"), app.log());
        const auto path = only_scorecard_in(folder);
        type_text("last words");
        app.signal(number); // at once: the pause before saving has not passed
        BOOST_TEST(app.wait_exit() == 0, app.log());
        BOOST_TEST(read_scorecard(path).note_on("giving.four-people") == "last words");
        BOOST_TEST(!fs::exists(folder / ("." + path.filename().string() + ".lock")));
    }
}

// A FIFO named as the lock made the app block forever before any window.
BOOST_AUTO_TEST_CASE(a_fifo_for_a_lock_opens_read_only_at_once) {
    ScratchFolder scratch;
    const auto folder = scratch / "scorecards";
    fs::path path;
    {
        AppProcess app(interview_args(folder, "Fabio Greco"), scratch / "home");
        BOOST_TEST_REQUIRE(app.wait_for_window("Fabio Greco"), app.log());
        path = only_scorecard_in(folder);
        app.kill_hard();
    }
    const auto lock = folder / ("." + path.filename().string() + ".lock");
    fs::remove(lock);
    BOOST_REQUIRE(::mkfifo(lock.c_str(), 0600) == 0);
    AppProcess again({path.string()}, scratch / "home");
    BOOST_TEST_REQUIRE(again.wait_for_window("read-only", std::chrono::seconds(15)), again.log());
    press("ctrl+q");
    BOOST_TEST(again.wait_exit() == 0);
    BOOST_TEST(fs::exists(fs::symlink_status(lock))); // not ours to remove
}

BOOST_AUTO_TEST_SUITE_END()
