// The rules of a live interview, without a window: where the interviewer is
// (competency and question), the clocks, what changed, when a change must
// be saved so that every keystroke is on disk within two seconds, what a
// failed save, an outside change or a deletion means, submitting and
// reopening, and undoing ratings and flags. The window draws it and carries
// out what it asks (saves and disk checks, through a ScorecardStore on a
// WorkQueue); time comes in as arguments, so tests drive it with a fake
// clock.
#pragma once

#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace extramile::services {

// What the disk holds when it is not the version this program last saw.
struct DiskConflict {
    enum class Kind {
        modified,      // another version: `theirs` (or `unreadable`)
        other_scorecard, // another scorecard altogether (another id) under the name: `theirs`
        deleted,       // the file is gone
        link,          // a link where the file was (never followed)
        not_a_file,    // a folder, a FIFO...
        link_changed,  // the name opened was a link, and now leads elsewhere
    };
    Kind kind = Kind::modified;
    std::optional<Scorecard> theirs; // the other version, when it reads as a scorecard
    std::string theirs_bytes;        // its bytes, exactly (kept as a copy when mine wins)
    std::string unreadable;          // why the other version does not read, when it does not
};

class InterviewSession {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;

    // How long a change may wait while typing goes on, whatever the pause:
    // with the write itself this keeps every change on disk within 2 s.
    static constexpr std::chrono::milliseconds longest_wait{1200};
    // Retries after a failed save wait 1 s, 2 s, 4 s... up to this.
    static constexpr std::chrono::seconds longest_retry{30};
    // How often the disk is looked at for outside changes.
    static constexpr std::chrono::seconds disk_check_interval{1};

    struct Position {
        int competency = 0;
        int question = 0;
        bool operator==(const Position&) const = default;
    };

    // Opens at the question the scorecard was left at (its first question
    // for a new one), with the session clock where it stood.
    InterviewSession(Rubric rubric, Scorecard scorecard, TimePoint now,
                     std::chrono::milliseconds autosave_pause = std::chrono::milliseconds(400));

    const Rubric& rubric() const { return rubric_; }
    const Scorecard& scorecard() const { return scorecard_; }
    void set_autosave_pause(std::chrono::milliseconds pause) { pause_ = pause; }

    // Where the interviewer is. A reopened draft resumes where it was left.
    Position position() const { return position_; }
    const Competency& competency() const;
    const Question& question() const;
    bool can_step(int delta) const;
    void step(int delta, TimePoint now);
    void go_to(Position position, TimePoint now);
    void go_to_competency(int index, TimePoint now);
    void go_to_question(const std::string& question_id, TimePoint now);

    // The clocks: the whole interview (over every sitting) and the question
    // shown (over every visit). They stand still on a read-only scorecard.
    std::chrono::seconds session_time(TimePoint now) const;
    std::chrono::seconds question_time(TimePoint now) const;
    bool over_planned_time(TimePoint now) const;

    // Read-only: submitted, or held by another program (whose lock says so,
    // or cannot be read). A conflict stops saving, not typing: what is typed
    // meanwhile is kept here until the user chooses.
    bool read_only() const;
    bool held_elsewhere() const { return held_elsewhere_; }
    void set_held_elsewhere(bool held, TimePoint now);

    // Changes. Each returns false (and changes nothing) when read-only.
    bool set_note(const std::string& text, TimePoint now);
    bool rate(std::optional<int> value, TimePoint now); // nullopt: not assessable
    bool clear_rating(TimePoint now);
    bool set_flag(SignalKind kind, int index, bool on, TimePoint now);
    // Undo and redo ratings and flags (the notes keep their text field's own undo).
    bool can_undo() const { return !undo_.empty() && !read_only(); }
    bool can_redo() const { return !redo_.empty() && !read_only(); }
    bool undo(TimePoint now);
    bool redo(TimePoint now);

    // Submitting records the recommendation, the comment and when; a
    // submitted scorecard changes only after reopen(), which says why.
    bool submit(Recommendation recommendation, const std::string& comment, const std::string& now_iso,
                TimePoint now);
    bool reopen(const std::string& reason, const std::string& by, const std::string& now_iso, TimePoint now);

    // Saving. The window asks due_snapshot() whenever it wakes (at
    // next_wakeup() at the latest); a snapshot returned is to be saved, and
    // its outcome handed back with saved() / save_failed() / conflict().
    enum class SaveState {
        saved,       // everything is on disk
        pending,     // changes wait for a pause in typing
        saving,      // a save is under way
        failed,      // the last save failed: retried at retry_at(), or at once on save_now()
        conflict,    // the disk holds something else: nothing is saved until the user chooses
    };
    SaveState save_state() const;
    bool unsaved() const; // something here is not on disk
    std::optional<Scorecard> due_snapshot(TimePoint now);
    TimePoint next_wakeup(TimePoint now) const;
    void save_now(TimePoint now); // Ctrl+S: due at once, a failed save retried at once
    void saved(long revision, TimePoint now);
    void save_failed(const std::string& why, TimePoint now);
    void conflict(DiskConflict what, TimePoint now);
    TimePoint retry_at() const { return retry_at_; }
    const std::string& last_failure() const { return last_failure_; }
    int failures() const { return failures_; }

    // Outside changes: the window looks at the disk when disk_check_due(),
    // and hands the answer back.
    bool disk_check_due(TimePoint now) const;
    void disk_checked(TimePoint now); // nothing changed
    const std::optional<DiskConflict>& current_conflict() const { return conflict_; }

    // Resolving a conflict. keep_mine(): mine is saved over what is there
    // (which the store keeps as a copy); take_theirs(): theirs is loaded (mine
    // kept as a copy by the store); save_again(): after a deletion, the file
    // is made anew. Each clears the conflict.
    void keep_mine(TimePoint now);
    void take_theirs(Scorecard theirs, TimePoint now);
    void save_again(TimePoint now);

private:
    struct Edit {
        enum class Kind { rating, flag } kind;
        std::string competency;
        // rating: before/after (nullopt inside: "na"; outer nullopt: not rated)
        std::optional<std::optional<int>> rating_before, rating_after;
        // flag
        SignalKind signal = SignalKind::green;
        int index = 0;
        bool on = false;
    };

    void changed(TimePoint now);
    void apply(const Edit& edit, bool forward);
    void settle_question_time(TimePoint now);
    bool clocks_run() const;
    void record_position();

    Rubric rubric_;
    Scorecard scorecard_;
    Position position_;
    std::chrono::milliseconds pause_;
    bool held_elsewhere_ = false;

    // Clocks: what ran before (the file's elapsed seconds, time on each
    // question) plus the stretch since the last start.
    std::chrono::seconds session_before_{0};
    TimePoint running_since_;
    std::map<std::string, std::chrono::seconds> question_before_;
    TimePoint question_since_;

    std::vector<Edit> undo_, redo_;

    // Saving.
    std::optional<TimePoint> dirty_since_; // the first change not yet handed to a save
    TimePoint last_change_{};
    bool saving_ = false;
    bool failed_ = false;
    bool save_asked_ = false;
    TimePoint retry_at_{};
    int failures_ = 0;
    std::string last_failure_;
    std::optional<DiskConflict> conflict_;
    TimePoint last_disk_check_{};
};

} // namespace extramile::services
