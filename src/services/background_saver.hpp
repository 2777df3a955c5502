// Saves a scorecard off the UI thread: the newest snapshot handed in wins,
// older unsaved ones are skipped (they are contained in the newer one). Before
// each write it checks that the file on disk is still the revision it wrote
// last, so a change made by someone else is never silently overwritten.
#pragma once

#include "core/model/scorecard.hpp"

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace extramile {

struct SaveOutcome {
    enum class Kind { saved, conflict, failed } kind = Kind::saved;
    long revision = 0;   // the revision now on disk (saved) or found there (conflict)
    std::string message; // for conflict and failed: a sentence for the user
};

class BackgroundSaver {
public:
    // `on_outcome` runs on the saver's thread after each attempt; the app
    // forwards it to the UI thread.
    BackgroundSaver(std::filesystem::path path, long revision_on_disk,
                    std::function<void(const SaveOutcome&)> on_outcome);
    ~BackgroundSaver(); // finishes the pending save, then stops

    BackgroundSaver(const BackgroundSaver&) = delete;
    BackgroundSaver& operator=(const BackgroundSaver&) = delete;

    // Queues `snapshot` for saving; its revision is set by the saver.
    void save(Scorecard snapshot);
    // Blocks until nothing is queued or being written; returns the last outcome.
    SaveOutcome flush();
    // After a conflict the saver refuses to write until told which revision
    // on disk to build on (e.g. after the user chose to keep theirs).
    void accept_disk_revision(long revision);

    const std::filesystem::path& path() const { return path_; }

private:
    void run();
    SaveOutcome write(Scorecard snapshot);

    std::filesystem::path path_;
    std::function<void(const SaveOutcome&)> on_outcome_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<Scorecard> pending_;
    bool busy_ = false;
    bool stopping_ = false;
    bool blocked_by_conflict_ = false;
    long revision_on_disk_;
    SaveOutcome last_;
    std::thread thread_; // last: starts once the members above exist
};

} // namespace extramile
