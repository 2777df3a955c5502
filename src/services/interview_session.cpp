#include "services/interview_session.hpp"

#include <algorithm>

namespace extramile::services {

namespace chrono = std::chrono;

namespace {

chrono::seconds whole_seconds(InterviewSession::Clock::duration d) {
    return chrono::duration_cast<chrono::seconds>(d);
}

} // namespace

InterviewSession::InterviewSession(Rubric rubric, Scorecard scorecard, TimePoint now,
                                   chrono::milliseconds autosave_pause)
    : rubric_(std::move(rubric)), scorecard_(std::move(scorecard)), pause_(autosave_pause),
      session_before_(scorecard_.elapsed_seconds), running_since_(now), question_since_(now),
      last_disk_check_(now) {
    if (!scorecard_.at_question.empty())
        go_to_question(scorecard_.at_question, now);
}

const Competency& InterviewSession::competency() const {
    return rubric_.competencies.at(static_cast<std::size_t>(position_.competency));
}

const Question& InterviewSession::question() const {
    return competency().questions.at(static_cast<std::size_t>(position_.question));
}

bool InterviewSession::can_step(int delta) const {
    const auto& competencies = rubric_.competencies;
    if (delta > 0)
        return position_.question + 1 < static_cast<int>(competency().questions.size()) ||
               position_.competency + 1 < static_cast<int>(competencies.size());
    return position_.question > 0 || position_.competency > 0;
}

void InterviewSession::step(int delta, TimePoint now) {
    if (!can_step(delta))
        return;
    Position p = position_;
    const auto& competencies = rubric_.competencies;
    if (delta > 0) {
        if (p.question + 1 < static_cast<int>(competencies[static_cast<std::size_t>(p.competency)].questions.size()))
            ++p.question;
        else
            p = {p.competency + 1, 0};
    } else {
        if (p.question > 0)
            --p.question;
        else
            p = {p.competency - 1,
                 static_cast<int>(competencies[static_cast<std::size_t>(p.competency - 1)].questions.size()) - 1};
    }
    go_to(p, now);
}

void InterviewSession::go_to(Position position, TimePoint now) {
    if (position.competency < 0 || position.competency >= static_cast<int>(rubric_.competencies.size()))
        return;
    const auto& questions = rubric_.competencies[static_cast<std::size_t>(position.competency)].questions;
    if (position.question < 0 || position.question >= static_cast<int>(questions.size()))
        return;
    settle_question_time(now);
    position_ = position;
    record_position();
}

void InterviewSession::go_to_competency(int index, TimePoint now) {
    if (index != position_.competency)
        go_to({index, 0}, now);
}

void InterviewSession::go_to_question(const std::string& question_id, TimePoint now) {
    for (std::size_t c = 0; c < rubric_.competencies.size(); ++c)
        for (std::size_t q = 0; q < rubric_.competencies[c].questions.size(); ++q)
            if (rubric_.competencies[c].questions[q].id == question_id) {
                go_to({static_cast<int>(c), static_cast<int>(q)}, now);
                return;
            }
}

bool InterviewSession::clocks_run() const { return !read_only(); }

void InterviewSession::settle_question_time(TimePoint now) {
    if (clocks_run())
        question_before_[question().id] += whole_seconds(now - question_since_);
    question_since_ = now;
}

void InterviewSession::record_position() {
    // Where a reopened draft resumes; recorded in the next save, not a change of its own.
    scorecard_.at_question = question().id;
}

chrono::seconds InterviewSession::session_time(TimePoint now) const {
    return session_before_ + (clocks_run() ? whole_seconds(now - running_since_) : chrono::seconds(0));
}

chrono::seconds InterviewSession::question_time(TimePoint now) const {
    const auto it = question_before_.find(question().id);
    const auto before = it == question_before_.end() ? chrono::seconds(0) : it->second;
    return before + (clocks_run() ? whole_seconds(now - question_since_) : chrono::seconds(0));
}

bool InterviewSession::over_planned_time(TimePoint now) const {
    return question().minutes > 0 && question_time(now) > chrono::minutes(question().minutes);
}

bool InterviewSession::read_only() const { return scorecard_.submitted() || held_elsewhere_; }

void InterviewSession::set_held_elsewhere(bool held, TimePoint now) {
    // The clocks stop and start with the right to edit.
    const bool running = clocks_run();
    if (running)
        session_before_ = session_time(now);
    settle_question_time(now);
    held_elsewhere_ = held;
    if (!running && clocks_run())
        running_since_ = now;
}

void InterviewSession::changed(TimePoint now) {
    if (!dirty_since_)
        dirty_since_ = now;
    last_change_ = now;
}

bool InterviewSession::set_note(const std::string& text, TimePoint now) {
    if (read_only())
        return false;
    if (scorecard_.note_on(question().id) == text)
        return true;
    scorecard_.set_note(question().id, text);
    changed(now);
    return true;
}

void InterviewSession::apply(const Edit& edit, bool forward) {
    if (edit.kind == Edit::Kind::rating) {
        const auto& value = forward ? edit.rating_after : edit.rating_before;
        if (value)
            scorecard_.rate(edit.competency, *value);
        else
            scorecard_.unrate(edit.competency);
    } else {
        scorecard_.set_flag(edit.competency, edit.signal, edit.index, forward ? edit.on : !edit.on);
    }
}

bool InterviewSession::rate(std::optional<int> value, TimePoint now) {
    if (read_only() || (value && !rubric_.scale.contains(*value)))
        return false;
    const auto& id = competency().id;
    std::optional<std::optional<int>> before;
    if (const auto* r = scorecard_.rating_for(id))
        before = r->value;
    if (before && *before == value)
        return true; // already so: choosing it again never clears it
    Edit edit{Edit::Kind::rating, id, before, value};
    apply(edit, true);
    undo_.push_back(std::move(edit));
    redo_.clear();
    changed(now);
    return true;
}

bool InterviewSession::clear_rating(TimePoint now) {
    if (read_only())
        return false;
    const auto& id = competency().id;
    const auto* r = scorecard_.rating_for(id);
    if (!r)
        return true;
    Edit edit{Edit::Kind::rating, id, r->value, std::nullopt};
    apply(edit, true);
    undo_.push_back(std::move(edit));
    redo_.clear();
    changed(now);
    return true;
}

bool InterviewSession::set_flag(SignalKind kind, int index, bool on, TimePoint now) {
    if (read_only())
        return false;
    const auto& id = competency().id;
    if (scorecard_.is_flagged(id, kind, index) == on)
        return true;
    Edit edit{Edit::Kind::flag, id, {}, {}, kind, index, on};
    apply(edit, true);
    undo_.push_back(std::move(edit));
    redo_.clear();
    changed(now);
    return true;
}

bool InterviewSession::undo(TimePoint now) {
    if (!can_undo())
        return false;
    auto edit = undo_.back();
    undo_.pop_back();
    apply(edit, false);
    // Undo shows where it happened: the competency of the rating or flag.
    for (std::size_t c = 0; c < rubric_.competencies.size(); ++c)
        if (rubric_.competencies[c].id == edit.competency)
            go_to_competency(static_cast<int>(c), now);
    redo_.push_back(std::move(edit));
    changed(now);
    return true;
}

bool InterviewSession::redo(TimePoint now) {
    if (!can_redo())
        return false;
    auto edit = redo_.back();
    redo_.pop_back();
    apply(edit, true);
    for (std::size_t c = 0; c < rubric_.competencies.size(); ++c)
        if (rubric_.competencies[c].id == edit.competency)
            go_to_competency(static_cast<int>(c), now);
    undo_.push_back(std::move(edit));
    changed(now);
    return true;
}

bool InterviewSession::submit(Recommendation recommendation, const std::string& comment,
                              const std::string& now_iso, TimePoint now) {
    if (read_only())
        return false;
    session_before_ = session_time(now);
    settle_question_time(now);
    scorecard_.recommendation = recommendation;
    scorecard_.comment = comment;
    scorecard_.elapsed_seconds = session_before_.count();
    scorecard_.submit(now_iso);
    undo_.clear();
    redo_.clear();
    changed(now);
    save_now(now); // a submission is saved at once
    return true;
}

bool InterviewSession::reopen(const std::string& reason, const std::string& by, const std::string& now_iso,
                              TimePoint now) {
    if (!scorecard_.submitted() || held_elsewhere_)
        return false;
    scorecard_.reopen(now_iso, by, reason);
    running_since_ = now;
    question_since_ = now;
    changed(now);
    return true;
}

InterviewSession::SaveState InterviewSession::save_state() const {
    if (conflict_)
        return SaveState::conflict;
    if (saving_)
        return SaveState::saving;
    if (failed_)
        return SaveState::failed;
    if (dirty_since_)
        return SaveState::pending;
    return SaveState::saved;
}

bool InterviewSession::unsaved() const { return dirty_since_ || saving_ || failed_ || conflict_; }

std::optional<Scorecard> InterviewSession::due_snapshot(TimePoint now) {
    if (conflict_ || saving_ || !dirty_since_ || held_elsewhere_)
        return std::nullopt;
    bool due;
    if (failed_)
        due = save_asked_ || now >= retry_at_;
    else
        due = save_asked_ || now - last_change_ >= pause_ || now - *dirty_since_ >= longest_wait;
    if (!due)
        return std::nullopt;
    saving_ = true;
    save_asked_ = false;
    dirty_since_.reset();
    Scorecard snapshot = scorecard_;
    snapshot.elapsed_seconds = session_time(now).count();
    return snapshot;
}

InterviewSession::TimePoint InterviewSession::next_wakeup(TimePoint now) const {
    TimePoint next = last_disk_check_ + disk_check_interval;
    if (dirty_since_ && !saving_ && !conflict_) {
        const TimePoint due = failed_ ? retry_at_ : std::min(last_change_ + pause_, *dirty_since_ + longest_wait);
        next = std::min(next, save_asked_ ? now : due);
    }
    return std::max(next, now);
}

void InterviewSession::save_now(TimePoint now) {
    if (!dirty_since_ && failed_)
        dirty_since_ = now; // nothing new, but the failed save is still owed
    if (dirty_since_)
        save_asked_ = true;
}

void InterviewSession::saved(long revision, TimePoint) {
    saving_ = false;
    failed_ = false;
    failures_ = 0;
    last_failure_.clear();
    scorecard_.revision = revision;
}

void InterviewSession::save_failed(const std::string& why, TimePoint now) {
    saving_ = false;
    failed_ = true;
    last_failure_ = why;
    ++failures_;
    // What failed is owed still: it waits for the retry with what came since.
    if (!dirty_since_)
        dirty_since_ = now;
    const auto wait = std::min<chrono::seconds>(longest_retry, chrono::seconds(1L << std::min(failures_ - 1, 5)));
    retry_at_ = now + wait;
}

void InterviewSession::conflict(DiskConflict what, TimePoint now) {
    if (saving_) {
        saving_ = false;
        if (!dirty_since_)
            dirty_since_ = now; // the snapshot refused is owed still
    }
    conflict_ = std::move(what);
}

bool InterviewSession::disk_check_due(TimePoint now) const {
    return !saving_ && !conflict_ && now - last_disk_check_ >= disk_check_interval;
}

void InterviewSession::disk_checked(TimePoint now) { last_disk_check_ = now; }

void InterviewSession::keep_mine(TimePoint now) {
    if (!conflict_)
        return;
    if (conflict_->theirs)
        scorecard_.revision = std::max(scorecard_.revision, conflict_->theirs->revision);
    conflict_.reset();
    changed(now);
    save_now(now);
}

void InterviewSession::take_theirs(Scorecard theirs, TimePoint now) {
    conflict_.reset();
    scorecard_ = std::move(theirs);
    dirty_since_.reset();
    failed_ = false;
    undo_.clear();
    redo_.clear();
    session_before_ = chrono::seconds(scorecard_.elapsed_seconds);
    running_since_ = now;
    if (position_.competency >= static_cast<int>(rubric_.competencies.size()))
        position_ = {};
    last_disk_check_ = now;
}

void InterviewSession::save_again(TimePoint now) {
    if (!conflict_)
        return;
    conflict_.reset();
    changed(now);
    save_now(now);
}

} // namespace extramile::services
