#include "core/storage/scorecard_lock.hpp"

#include "core/base/timestamp.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

namespace extramile {

namespace fs = std::filesystem;

namespace {

std::string this_host() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return "unknown";
    return name;
}

std::optional<LockOwner> read_owner(const fs::path& path) {
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    LockOwner owner;
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const auto key = line.substr(0, eq);
        const auto value = line.substr(eq + 1);
        if (key == "host")
            owner.host = value;
        else if (key == "pid")
            owner.pid = std::strtol(value.c_str(), nullptr, 10);
        else if (key == "user")
            owner.user = value;
        else if (key == "since")
            owner.since = value;
    }
    if (owner.host.empty() || owner.pid <= 0)
        return std::nullopt;
    return owner;
}

// Only a process on this host can be checked; elsewhere the lock stands.
bool stale(const LockOwner& owner) {
    return owner.host == this_host() && kill(static_cast<pid_t>(owner.pid), 0) != 0 && errno == ESRCH;
}

} // namespace

std::string LockOwner::describe() const {
    std::ostringstream out;
    out << (user.empty() ? "someone" : user) << " on " << host << " (process " << pid << ")";
    if (!since.empty())
        out << " since " << since;
    return out.str();
}

fs::path ScorecardLock::lock_path(const fs::path& scorecard) {
    return scorecard.parent_path() / ("." + scorecard.filename().string() + ".lock");
}

ScorecardLock::ScorecardLock(const fs::path& scorecard, const std::string& user) : path_(lock_path(scorecard)) {
    std::ostringstream content;
    content << "host=" << this_host() << "\npid=" << getpid() << "\nuser=" << user << "\nsince=" << now_iso_utc()
            << "\n";
    const auto text = content.str();
    // Two attempts: the second after removing a stale lock.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
            ::close(fd);
            if (!written) {
                fs::remove(path_);
                problem_ = path_.string() + ": the lock file could not be written";
                return;
            }
            held_ = true;
            return;
        }
        if (errno != EEXIST) {
            problem_ = path_.string() + ": " + std::strerror(errno);
            return;
        }
        owner_ = read_owner(path_);
        if (!owner_ || !stale(*owner_))
            return;
        // The owner is gone: take its lock over (remove, then create exclusively
        // again, so that of two programs recovering at once only one wins).
        std::error_code ignored;
        fs::remove(path_, ignored);
        owner_.reset();
    }
}

ScorecardLock::~ScorecardLock() { release(); }

void ScorecardLock::release() {
    if (!held_)
        return;
    held_ = false;
    // Remove only our own lock: after a long sleep another program may have
    // taken a lock we were thought to have abandoned.
    const auto owner = read_owner(path_);
    if (owner && owner->host == this_host() && owner->pid == getpid()) {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
}

} // namespace extramile
