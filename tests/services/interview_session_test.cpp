// The interview's rules with a fake clock: the two-second promise, retries,
// conflicts, clocks, undo, submit and reopen, without a window or a disk.
#include "services/interview_session.hpp"

#include "core/xml/rubric_xml.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;
using namespace extramile::services;
using namespace std::chrono_literals;
using Clock = InterviewSession::Clock;
using SaveState = InterviewSession::SaveState;

namespace {

Rubric generosity() { return read_rubric(test::source("rubrics/generosity.rubric.xml")); }

Scorecard draft() {
    Scorecard s;
    s.id = "11111111-2222-4333-8444-555555555555";
    s.rubric = {"generosity", "1.0", ""};
    s.candidate_name = "Ana Pérez";
    s.interviewer = "Luca";
    s.revision = 1;
    return s;
}

struct Fixture {
    Clock::time_point t0 = Clock::time_point(1000h);
    InterviewSession session{generosity(), draft(), t0, 400ms};
};

} // namespace

namespace extramile::services {
std::ostream& operator<<(std::ostream& out, SaveState state) { return out << static_cast<int>(state); }
} // namespace extramile::services

BOOST_AUTO_TEST_SUITE(interview_session)

BOOST_FIXTURE_TEST_CASE(a_change_is_saved_after_a_pause_in_typing, Fixture) {
    BOOST_TEST(session.save_state() == SaveState::saved);
    session.set_note("She named four people.", t0);
    BOOST_TEST(session.save_state() == SaveState::pending);
    BOOST_TEST(!session.due_snapshot(t0 + 399ms));
    BOOST_TEST((session.next_wakeup(t0 + 100ms) == t0 + 400ms));
    auto snapshot = session.due_snapshot(t0 + 400ms);
    BOOST_REQUIRE(snapshot);
    BOOST_TEST(snapshot->note_on(session.question().id) == "She named four people.");
    BOOST_TEST(session.save_state() == SaveState::saving);
    session.saved(2, t0 + 450ms);
    BOOST_TEST(session.save_state() == SaveState::saved);
    BOOST_TEST(!session.unsaved());
    BOOST_TEST(session.scorecard().revision == 2);
}

// The promise, held against a typist who never pauses and a disk that takes
// 300 ms a save: every keystroke reaches the disk within two seconds.
BOOST_FIXTURE_TEST_CASE(every_keystroke_is_on_disk_within_two_seconds, Fixture) {
    std::string text;
    std::vector<Clock::time_point> typed; // keystrokes not yet on disk
    std::optional<std::pair<Clock::time_point, std::size_t>> writing; // ends at, keystrokes it holds
    auto worst = 0ms;
    for (auto now = t0; now < t0 + 20s; now += 10ms) {
        if ((now - t0) % 110ms < 10ms) { // a key every 110 ms
            text += "x";
            session.set_note(text, now);
            typed.push_back(now);
        }
        if (writing && now >= writing->first) {
            for (std::size_t i = 0; i < writing->second; ++i)
                worst = std::max(worst, std::chrono::duration_cast<std::chrono::milliseconds>(now - typed[i]));
            typed.erase(typed.begin(), typed.begin() + static_cast<std::ptrdiff_t>(writing->second));
            session.saved(session.scorecard().revision + 1, now);
            writing.reset();
        }
        if (!writing)
            if (auto snapshot = session.due_snapshot(now))
                writing = {{now + 300ms, typed.size()}};
    }
    BOOST_TEST(worst <= 2000ms, "a keystroke waited " << worst.count() << " ms");
    BOOST_TEST(worst >= 1200ms); // it did wait for typing: saves are not per keystroke
}

// After a read-only or full-disk failure, once the disk was writable again,
// Ctrl+S did nothing and closing offered only a copy elsewhere.
BOOST_FIXTURE_TEST_CASE(a_failed_save_stays_owed_and_is_retried, Fixture) {
    session.set_note("words", t0);
    BOOST_REQUIRE(session.due_snapshot(t0 + 400ms));
    session.save_failed("the disk is full", t0 + 500ms);
    BOOST_TEST(session.save_state() == SaveState::failed);
    BOOST_TEST(session.unsaved());
    BOOST_TEST(session.last_failure() == "the disk is full");
    // Retried after 1 s, then 2 s, 4 s...
    BOOST_TEST(!session.due_snapshot(t0 + 1400ms));
    BOOST_REQUIRE(session.due_snapshot(t0 + 1500ms));
    session.save_failed("the disk is full", t0 + 1600ms);
    BOOST_TEST(!session.due_snapshot(t0 + 3500ms));
    BOOST_TEST((session.retry_at() == t0 + 3600ms));
    // Ctrl+S: at once.
    session.save_now(t0 + 2000ms);
    auto snapshot = session.due_snapshot(t0 + 2000ms);
    BOOST_REQUIRE(snapshot);
    BOOST_TEST(snapshot->note_on(session.question().id) == "words");
    session.saved(2, t0 + 2100ms);
    BOOST_TEST(session.save_state() == SaveState::saved);
    BOOST_TEST(session.failures() == 0);
}

BOOST_FIXTURE_TEST_CASE(the_retries_wait_longer_each_time_up_to_half_a_minute, Fixture) {
    session.set_note("words", t0);
    auto now = t0 + 400ms;
    std::vector<long> waits;
    for (int i = 0; i < 8; ++i) {
        BOOST_REQUIRE(session.due_snapshot(now));
        session.save_failed("read-only disk", now);
        waits.push_back(std::chrono::duration_cast<std::chrono::seconds>(session.retry_at() - now).count());
        now = session.retry_at();
    }
    BOOST_TEST(waits == (std::vector<long>{1, 2, 4, 8, 16, 30, 30, 30}), boost::test_tools::per_element());
}

BOOST_FIXTURE_TEST_CASE(nothing_is_saved_over_an_outside_change_until_the_user_chooses, Fixture) {
    session.set_note("mine", t0);
    BOOST_REQUIRE(session.due_snapshot(t0 + 400ms));
    auto theirs = draft();
    theirs.revision = 7;
    session.conflict({DiskConflict::Kind::modified, theirs, "<bytes/>", {}}, t0 + 500ms);
    BOOST_TEST(session.save_state() == SaveState::conflict);
    // Typing goes on, and is kept; nothing is due.
    BOOST_TEST(session.set_note("mine, more", t0 + 600ms));
    BOOST_TEST(!session.due_snapshot(t0 + 5s));
    BOOST_TEST(!session.disk_check_due(t0 + 5s));
    session.keep_mine(t0 + 6s);
    auto snapshot = session.due_snapshot(t0 + 6s);
    BOOST_REQUIRE(snapshot);
    BOOST_TEST(snapshot->revision == 7); // written as 8: above theirs
    BOOST_TEST(snapshot->note_on(session.question().id) == "mine, more");
}

BOOST_FIXTURE_TEST_CASE(taking_theirs_replaces_what_is_shown, Fixture) {
    session.set_note("mine", t0);
    auto theirs = draft();
    theirs.revision = 9;
    theirs.set_note(session.question().id, "theirs");
    session.conflict({DiskConflict::Kind::modified, theirs, "<bytes/>", {}}, t0 + 500ms);
    session.take_theirs(theirs, t0 + 1s);
    BOOST_TEST(session.save_state() == SaveState::saved);
    BOOST_TEST(session.scorecard().note_on(session.question().id) == "theirs");
    BOOST_TEST(!session.due_snapshot(t0 + 5s));
}

BOOST_FIXTURE_TEST_CASE(a_deleted_file_is_made_again_only_when_asked, Fixture) {
    session.set_note("mine", t0);
    session.conflict({DiskConflict::Kind::deleted, {}, {}, {}}, t0 + 100ms);
    BOOST_TEST(!session.due_snapshot(t0 + 5s));
    session.save_again(t0 + 6s);
    BOOST_TEST(session.due_snapshot(t0 + 6s).has_value());
}

BOOST_FIXTURE_TEST_CASE(the_disk_is_looked_at_every_second_when_idle, Fixture) {
    BOOST_TEST(!session.disk_check_due(t0 + 900ms));
    BOOST_TEST(session.disk_check_due(t0 + 1s));
    session.disk_checked(t0 + 1s);
    BOOST_TEST(!session.disk_check_due(t0 + 1500ms));
    session.set_note("x", t0 + 1500ms);
    BOOST_REQUIRE(session.due_snapshot(t0 + 1900ms));
    BOOST_TEST(!session.disk_check_due(t0 + 3s)); // not while a save is under way
}

BOOST_FIXTURE_TEST_CASE(choosing_a_rating_again_keeps_it_and_clearing_is_explicit, Fixture) {
    BOOST_TEST(session.rate(4, t0));
    BOOST_TEST(session.rate(4, t0 + 1s));
    BOOST_REQUIRE(session.scorecard().rating_for(session.competency().id));
    BOOST_TEST(*session.scorecard().rating_for(session.competency().id)->value == 4);
    BOOST_TEST(!session.rate(9, t0)); // off the scale
    BOOST_TEST(session.clear_rating(t0 + 2s));
    BOOST_TEST(!session.scorecard().rating_for(session.competency().id));
}

BOOST_FIXTURE_TEST_CASE(ratings_and_flags_are_undone_and_redone, Fixture) {
    const auto first = session.competency().id;
    session.rate(3, t0);
    session.rate(5, t0);
    session.set_flag(SignalKind::green, 1, true, t0);
    session.go_to_competency(2, t0);
    BOOST_TEST(session.undo(t0)); // the flag, and back to where it was
    BOOST_TEST(session.competency().id == first);
    BOOST_TEST(!session.scorecard().is_flagged(first, SignalKind::green, 1));
    BOOST_TEST(session.undo(t0));
    BOOST_TEST(*session.scorecard().rating_for(first)->value == 3);
    BOOST_TEST(session.undo(t0));
    BOOST_TEST(!session.scorecard().rating_for(first));
    BOOST_TEST(!session.undo(t0));
    BOOST_TEST(session.redo(t0));
    BOOST_TEST(session.redo(t0));
    BOOST_TEST(*session.scorecard().rating_for(first)->value == 5);
    session.rate(2, t0); // a new change forgets what could be redone
    BOOST_TEST(!session.can_redo());
}

BOOST_FIXTURE_TEST_CASE(a_submitted_scorecard_is_read_only_and_its_clocks_stop, Fixture) {
    session.step(+1, t0 + 60s);
    BOOST_TEST(session.submit(Recommendation::yes, "Strong on teaching.", "2026-12-01T10:00:00Z", t0 + 90s));
    BOOST_TEST(session.read_only());
    BOOST_TEST(!session.set_note("late", t0 + 100s));
    BOOST_TEST(!session.rate(2, t0 + 100s));
    BOOST_TEST(session.session_time(t0 + 1h).count() == 90);
    BOOST_TEST(session.question_time(t0 + 1h).count() == 30);
    const auto snapshot = session.due_snapshot(t0 + 90s); // submitting saves at once
    BOOST_REQUIRE(snapshot);
    BOOST_TEST(snapshot->submitted());
    BOOST_TEST(snapshot->comment == "Strong on teaching.");
    BOOST_TEST(snapshot->elapsed_seconds == 90);
    BOOST_TEST(snapshot->at_question == session.question().id);
}

BOOST_FIXTURE_TEST_CASE(reopening_records_why_and_resumes_where_it_was, Fixture) {
    session.step(+1, t0 + 10s);
    session.step(+1, t0 + 20s);
    session.submit(Recommendation::no, "", "2026-12-01T10:00:00Z", t0 + 30s);
    auto saved = *session.due_snapshot(t0 + 30s);
    // Opened again later, from the file.
    const auto later = t0 + 24h;
    InterviewSession again(generosity(), saved, later);
    BOOST_TEST((again.position() == session.position()));
    BOOST_TEST(again.session_time(later + 1h).count() == 30); // submitted: still
    BOOST_TEST(again.reopen("Forgot the trust questions", "Luca", "2026-12-02T10:00:00Z", later));
    BOOST_TEST(!again.read_only());
    BOOST_TEST(again.scorecard().events.back().kind == "reopened");
    BOOST_TEST(again.scorecard().events.back().reason == "Forgot the trust questions");
    BOOST_TEST(again.session_time(later + 5s).count() == 35);
}

BOOST_FIXTURE_TEST_CASE(held_elsewhere_nothing_changes_and_nothing_is_saved, Fixture) {
    session.set_held_elsewhere(true, t0);
    BOOST_TEST(session.read_only());
    BOOST_TEST(!session.set_note("x", t0));
    BOOST_TEST(session.session_time(t0 + 1h).count() == 0);
    session.set_held_elsewhere(false, t0 + 1h); // taken over
    BOOST_TEST(session.set_note("x", t0 + 1h));
    BOOST_TEST(session.session_time(t0 + 1h + 5s).count() == 5);
}

BOOST_AUTO_TEST_SUITE_END()
