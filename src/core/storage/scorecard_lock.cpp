#include "core/storage/scorecard_lock.hpp"

#include "core/base/sha256.hpp"
#include "core/base/this_process.hpp"
#include "core/base/timestamp.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/native_file.hpp"

#include <boost/uuid/uuid.hpp>
#include <boost/uuid/uuid_generators.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <cstdlib>
#include <sstream>
#include <system_error>

namespace extramile {

namespace fs = std::filesystem;

namespace {

// A lock record is a few short lines; more than this is not a lock.
constexpr std::size_t max_lock_bytes = 4096;
// ".NAME.lock" must itself fit in a file name (255 bytes on Linux, 255
// UTF-16 units on Windows: the byte count is the stricter).
constexpr std::size_t max_name = 255;

std::string why(const std::error_code& error) { return error.message(); }

struct ReadLock {
    std::optional<LockOwner> owner; // when it reads as a lock
    std::string problem;            // otherwise: what it is
    bool missing = false;
};

ReadLock read_lock(const fs::path& path) {
    ReadLock result;
    // Never through a link, never blocking (a FIFO there).
    const auto opened = platform::open_for_reading(path, false);
    if (opened.error) {
        result.missing = opened.error == std::errc::no_such_file_or_directory;
        result.problem = opened.error == std::errc::too_many_symbolic_link_levels
                             ? path.string() + " is a link, not a lock file"
                             : path.string() + " cannot be read (" + why(opened.error) + ")";
        return result;
    }
    if (opened.kind != platform::EntryKind::regular) {
        result.problem = path.string() + " is " + platform::kind_name(opened.kind) + ", not a lock file";
        return result;
    }
    std::string text(max_lock_bytes, '\0');
    std::size_t got = 0;
    while (got < text.size()) {
        std::size_t n = 0;
        if (platform::read_some(opened.file, text.data() + got, text.size() - got, n) || n == 0)
            break;
        got += n;
    }
    platform::close_quietly(opened.file);
    text.resize(got);
    LockOwner owner;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back(); // a lock written in text mode on Windows
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
bool stale(const LockOwner& owner) { return owner.host == host_name() && process_gone(owner.pid); }

} // namespace

fs::path ScorecardLock::lock_path(const fs::path& scorecard) {
    // Built as UTF-8 and turned back into a path once (utf8_path.hpp).
    const auto name = utf8_of(scorecard.filename());
    if (name.size() + 6 <= max_name)
        return scorecard.parent_path() / path_from_utf8("." + name + ".lock");
    // Too long for a lock beside it: a shortened name, still one per file.
    std::size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return scorecard.parent_path() /
           path_from_utf8("." + name.substr(0, cut) + "-" + sha256_digest(name).substr(7, 16) + ".lock");
}

ScorecardLock::ScorecardLock(const fs::path& scorecard, const std::string& user)
    : path_(lock_path(scorecard)), user_(user) {
    static thread_local boost::uuids::random_generator generate;
    token_ = boost::uuids::to_string(generate());
    try_take(false);
}

void ScorecardLock::try_take(bool remove_first) {
    std::ostringstream content;
    content << "host=" << host_name() << "\npid=" << process_id() << "\nuser=" << user_ << "\nsince=" << now_iso_utc()
            << "\ntoken=" << token_ << "\n";
    const auto text = content.str();
    owner_.reset();
    problem_.clear();
    // Two attempts: the second after removing a stale lock (or, asked to, any lock).
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (remove_first || attempt > 0)
            platform::remove_entry(path_); // a link itself, never what it points to; a folder only when empty
        auto created = platform::create_new(path_, 0600);
        if (!created.error) {
            std::string_view rest = text;
            std::size_t written = 0;
            while (!rest.empty() && !platform::write_some(created.file, rest, written) && written > 0)
                rest.remove_prefix(written);
            const bool closed = !platform::close(created.file);
            if (!rest.empty() || !closed) {
                platform::remove_quietly(path_);
                state_ = State::unavailable;
                problem_ = path_.string() + ": the lock file could not be written";
                return;
            }
            state_ = State::held;
            return;
        }
        if (created.error != std::errc::file_exists) {
            state_ = created.error == std::errc::is_a_directory || created.error == std::errc::too_many_symbolic_link_levels
                         ? State::unknown
                         : State::unavailable;
            problem_ = path_.string() + ": " + why(created.error);
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

bool ScorecardLock::on_this_host() const { return owner_ && owner_->host == host_name(); }

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
        platform::remove_quietly(path_);
}

} // namespace extramile
