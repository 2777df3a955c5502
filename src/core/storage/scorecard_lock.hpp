// Who holds a scorecard open for editing: a lock file beside it
// (".NAME.lock", hidden, so compare and sync-conflict handling pass it over)
// naming the host, the process and the person. A second program opening the
// same scorecard learns who holds it and opens it read-only. A lock left by a
// process that is gone on this host is stale and taken over.
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

    // "Luca on laptop-3 (process 4242) since 2026-11-23T09:30:00Z"
    std::string describe() const;
};

class ScorecardLock {
public:
    // Tries to take the lock of `scorecard`. Check held() afterwards.
    ScorecardLock(const std::filesystem::path& scorecard, const std::string& user);
    ~ScorecardLock(); // releases the lock if held
    ScorecardLock(const ScorecardLock&) = delete;
    ScorecardLock& operator=(const ScorecardLock&) = delete;

    bool held() const { return held_; }
    // When not held: who holds it (nullopt when the lock file could not be read).
    const std::optional<LockOwner>& owner() const { return owner_; }
    // Why the lock could not be taken when nobody else holds it (e.g. a
    // read-only folder); empty otherwise.
    const std::string& problem() const { return problem_; }
    void release();

    static std::filesystem::path lock_path(const std::filesystem::path& scorecard);

private:
    std::filesystem::path path_;
    bool held_ = false;
    std::optional<LockOwner> owner_;
    std::string problem_;
};

} // namespace extramile
