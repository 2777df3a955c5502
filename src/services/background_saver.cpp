#include "services/background_saver.hpp"

#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"

namespace extramile {

BackgroundSaver::BackgroundSaver(std::filesystem::path path, long revision_on_disk,
                                 std::function<void(const SaveOutcome&)> on_outcome)
    : path_(std::move(path)), on_outcome_(std::move(on_outcome)),
      revision_on_disk_(revision_on_disk), thread_([this] { run(); }) {
    last_.revision = revision_on_disk;
}

BackgroundSaver::~BackgroundSaver() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    thread_.join();
}

void BackgroundSaver::save(Scorecard snapshot) {
    {
        std::lock_guard lock(mutex_);
        pending_ = std::move(snapshot);
    }
    changed_.notify_all();
}

SaveOutcome BackgroundSaver::flush() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return (!pending_ || blocked_by_conflict_) && !busy_; });
    return last_;
}

void BackgroundSaver::accept_disk_revision(long revision) {
    {
        std::lock_guard lock(mutex_);
        revision_on_disk_ = revision;
        blocked_by_conflict_ = false;
    }
    changed_.notify_all();
}

void BackgroundSaver::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return stopping_ || (pending_ && !blocked_by_conflict_); });
        if (!pending_ || blocked_by_conflict_) {
            if (stopping_)
                return;
            continue;
        }
        Scorecard snapshot = std::move(*pending_);
        pending_.reset();
        busy_ = true;
        lock.unlock();
        SaveOutcome outcome = write(std::move(snapshot));
        if (on_outcome_)
            on_outcome_(outcome);
        lock.lock();
        busy_ = false;
        last_ = outcome;
        if (outcome.kind == SaveOutcome::Kind::saved)
            revision_on_disk_ = outcome.revision;
        else if (outcome.kind == SaveOutcome::Kind::conflict)
            blocked_by_conflict_ = true;
        changed_.notify_all();
    }
}

SaveOutcome BackgroundSaver::write(Scorecard snapshot) {
    long expected;
    {
        std::lock_guard lock(mutex_);
        expected = revision_on_disk_;
    }
    std::error_code missing;
    if (std::filesystem::exists(path_, missing)) {
        try {
            auto on_disk = read_scorecard(path_);
            if (on_disk.revision != expected)
                return {SaveOutcome::Kind::conflict, on_disk.revision,
                        "The file was changed outside this window (revision " +
                            std::to_string(on_disk.revision) + " on disk, " +
                            std::to_string(expected) +
                            " here). Your changes are kept here and were not written over it."};
        } catch (const FileError& e) {
            return {SaveOutcome::Kind::conflict, expected,
                    "The file on disk can no longer be read (" + std::string(e.what()) +
                        "); it was not written over."};
        }
    }
    snapshot.revision = expected;
    try {
        save_scorecard(path_, snapshot);
        return {SaveOutcome::Kind::saved, snapshot.revision, {}};
    } catch (const std::exception& e) {
        return {SaveOutcome::Kind::failed, expected, e.what()};
    }
}

} // namespace extramile
