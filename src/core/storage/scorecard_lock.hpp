// Who holds a scorecard open for editing: a lock file beside it
// (".NAME.lock", hidden, so compare and sync-conflict handling pass it over)
// naming the host, the process and the person. A second program opening the
// same scorecard learns who holds it and opens it read-only. A lock left by a
// process that is gone on this host is stale and taken over.
//
// A lock is keyed by the file itself (give it the scorecard's resolved
// path, TrackedFile::file()), so a scorecard opened through a link and
// through its real path has one lock. Reading a lock never follows a link,
// never blocks (a FIFO there) and reads at most 4 KiB (a link to /dev/zero):
// anything that cannot be read as a lock (empty, garbage, a folder, a FIFO,
// a link) counts as held by a program unknown, never as free. take_over()
// is for a person who confirmed it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace extramile {

struct LockOwner {
    std::string host;
    long pid = 0;
    std::string user;
    std::string since; // ISO 8601 UTC
    std::string token; // tells this program's lock from another's with a reused pid
};

class ScorecardLock {
public:
    enum class State {
        held,        // this program holds it
        other,       // a program on `owner()->host` holds it (another host: it cannot be checked)
        unknown,     // a lock is there that cannot be read: `problem()` says what it is
        unavailable, // no lock can be made (a read-only folder...): `problem()` says why
    };

    // Tries to take the lock of `scorecard`. Check state() afterwards.
    ScorecardLock(const std::filesystem::path& scorecard, const std::string& user);
    ~ScorecardLock(); // releases the lock if held
    ScorecardLock(const ScorecardLock&) = delete;
    ScorecardLock& operator=(const ScorecardLock&) = delete;

    State state() const { return state_; }
    bool held() const { return state_ == State::held; }
    // For State::other: who holds it.
    const std::optional<LockOwner>& owner() const { return owner_; }
    // For State::other: whether the holder is on this machine.
    bool on_this_host() const;
    // For State::unknown and State::unavailable: what is wrong, as a sentence.
    const std::string& problem() const { return problem_; }

    // Removes whatever lock is there (a folder only when empty) and takes it,
    // unless another program takes it first. Returns held().
    bool take_over();
    void release();

    static std::filesystem::path lock_path(const std::filesystem::path& scorecard);

private:
    void try_take(bool remove_first);

    std::filesystem::path path_;
    std::string user_;
    std::string token_;
    State state_ = State::unavailable;
    std::optional<LockOwner> owner_;
    std::string problem_;
};

} // namespace extramile
