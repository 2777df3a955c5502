#include "core/storage/scorecard_lock.hpp"

#include "core/base/sha256.hpp"
#include "core/base/timestamp.hpp"

#include <boost/uuid/uuid.hpp>
#include <boost/uuid/uuid_generators.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace extramile {

namespace fs = std::filesystem;

namespace {

// A lock record is a few short lines; more than this is not a lock.
constexpr std::size_t max_lock_bytes = 4096;
// ".NAME.lock" must itself fit in a file name (255 bytes on Linux).
constexpr std::size_t max_name = 255;

std::string this_host() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0)
        return "unknown";
    return name;
}

std::string why(int err) { return std::error_code(err, std::generic_category()).message(); }

const char* kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not an ordinary file";
}

struct ReadLock {
    std::optional<LockOwner> owner; // when it reads as a lock
    std::string problem;            // otherwise: what it is
    bool missing = false;
};

ReadLock read_lock(const fs::path& path) {
    ReadLock result;
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        result.missing = err == ENOENT;
        result.problem = err == ELOOP ? path.string() + " is a link, not a lock file"
                                      : path.string() + " cannot be read (" + why(err) + ")";
        return result;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        result.problem = path.string() + " is " + kind_of(st.st_mode) + ", not a lock file";
        ::close(fd);
        return result;
    }
    std::string text(max_lock_bytes, '\0');
    std::size_t got = 0;
    while (got < text.size()) {
        const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    text.resize(got);
    LockOwner owner;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
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
        else if (key == "token")
            owner.token = value;
    }
    if (owner.host.empty() || owner.pid <= 0)
        result.problem = path.string() + (text.empty() ? " is empty" : " does not say who holds it") +
                         " (it may be being written, or be damaged)";
    else
        result.owner = owner;
    return result;
}

// Only a process on this host can be checked; elsewhere the lock stands.
bool stale(const LockOwner& owner) {
    return owner.host == this_host() && ::kill(static_cast<pid_t>(owner.pid), 0) != 0 && errno == ESRCH;
}

} // namespace

fs::path ScorecardLock::lock_path(const fs::path& scorecard) {
    const auto name = scorecard.filename().string();
    if (name.size() + 6 <= max_name)
        return scorecard.parent_path() / ("." + name + ".lock");
    // Too long for a lock beside it: a shortened name, still one per file.
    std::size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return scorecard.parent_path() / ("." + name.substr(0, cut) + "-" + sha256_digest(name).substr(7, 16) + ".lock");
}

ScorecardLock::ScorecardLock(const fs::path& scorecard, const std::string& user)
    : path_(lock_path(scorecard)), user_(user) {
    static thread_local boost::uuids::random_generator generate;
    token_ = boost::uuids::to_string(generate());
    try_take(false);
}

void ScorecardLock::try_take(bool remove_first) {
    std::ostringstream content;
    content << "host=" << this_host() << "\npid=" << getpid() << "\nuser=" << user_ << "\nsince=" << now_iso_utc()
            << "\ntoken=" << token_ << "\n";
    const auto text = content.str();
    owner_.reset();
    problem_.clear();
    // Two attempts: the second after removing a stale lock (or, asked to, any lock).
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (remove_first || attempt > 0) {
            std::error_code ignored;
            if (fs::is_directory(fs::symlink_status(path_, ignored)))
                fs::remove(path_, ignored); // only when empty
            else
                ::unlink(path_.c_str()); // a link itself, never what it points to
        }
        const int fd = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
            ::close(fd);
            if (!written) {
                ::unlink(path_.c_str());
                state_ = State::unavailable;
                problem_ = path_.string() + ": the lock file could not be written";
                return;
            }
            state_ = State::held;
            return;
        }
        if (const int err = errno; err != EEXIST) {
            state_ = err == EISDIR || err == ELOOP ? State::unknown : State::unavailable;
            problem_ = path_.string() + ": " + why(err);
            return;
        }
        auto found = read_lock(path_);
        if (found.missing)
            continue; // released meanwhile: try again
        if (!found.owner) {
            state_ = State::unknown;
            problem_ = found.problem;
            return;
        }
        owner_ = found.owner;
        state_ = State::other;
        if (!stale(*owner_))
            return;
        // The owner is gone: take its lock over (remove, then create
        // exclusively again, so that of two programs recovering at once only one wins).
        owner_.reset();
    }
}

bool ScorecardLock::on_this_host() const { return owner_ && owner_->host == this_host(); }

bool ScorecardLock::take_over() {
    if (held())
        return true;
    try_take(true);
    return held();
}

ScorecardLock::~ScorecardLock() { release(); }

void ScorecardLock::release() {
    if (!held())
        return;
    state_ = State::unavailable;
    // Remove only our own lock: after a long sleep another program may have
    // taken over a lock we were thought to have abandoned.
    const auto found = read_lock(path_);
    if (found.owner && found.owner->token == token_)
        ::unlink(path_.c_str());
}

} // namespace extramile
