#include "core/storage/atomic_file.hpp"

#include "core/base/file_error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace extramile {

namespace fs = std::filesystem;

namespace {

// Same limit as the kernel's ELOOP, so a loop is reported instead of spinning.
constexpr int max_symlink_hops = 40;
// ".<name>.XXXXXX.tmp" must itself fit in NAME_MAX (255).
constexpr std::size_t max_temp_stem = 255 - 12;

// std::error_code's message is thread-safe where strerror() is not.
std::string why(int err) {
    return std::error_code(err, std::generic_category()).message();
}

// Every failure says what became of the file, because that is the user's
// first worry; the wording differs for a first save.
std::string unchanged_note(bool had_original) {
    return had_original ? "the previous version is unchanged." : "nothing was saved.";
}
std::string unchanged_sentence(bool had_original) {
    return had_original ? "The previous version is unchanged." : "Nothing was saved.";
}

// Discards the temporary file. Used on every failure path and by the
// destructor, so it must not throw.
void discard(int& fd, fs::path& temp) noexcept {
    if (fd >= 0)
        ::close(fd);
    fd = -1;
    if (!temp.empty())
        ::unlink(temp.c_str());
    temp.clear();
}

// Cut at a character boundary so the temporary name stays valid UTF-8.
std::string temp_stem(const std::string& name) {
    if (name.size() <= max_temp_stem)
        return name;
    std::size_t cut = max_temp_stem;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return name.substr(0, cut);
}

// weakly_canonical() alone would leave a dangling symlink unresolved, and
// rename() would then replace the link with a regular file; so the last
// component is followed by hand first.
fs::path resolve_target(const fs::path& given) {
    const std::string shown = given.string();
    if (given.empty() || !given.has_filename())
        throw FileError(shown, 0,
                        "\"" + shown + "\" is not a file name; choose a file to save to.");
    try {
        fs::path p = fs::absolute(given);
        for (int hops = 0;; ++hops) {
            std::error_code ec;
            const fs::file_status st = fs::symlink_status(p, ec);
            if (ec || !fs::is_symlink(st))
                break;
            if (hops == max_symlink_hops)
                throw FileError(shown, 0,
                                shown + " is a symbolic link that leads round in a loop; point "
                                        "it at the file itself.");
            const fs::path next = fs::read_symlink(p);
            p = next.is_absolute() ? next : p.parent_path() / next;
        }
        return fs::weakly_canonical(p);
    } catch (const fs::filesystem_error& e) {
        throw FileError(shown, 0,
                        "Could not find where " + shown +
                            " should be saved: " + why(e.code().value()) +
                            ". Check the folder exists and you may open it.");
    }
}

std::string folder_problem(int err, const std::string& folder) {
    switch (err) {
    case ENOENT:
        return "The folder " + folder +
               " does not exist. Create it first, or choose another folder.";
    case ENOTDIR:
        return folder + " is not a folder. Choose a file inside a folder.";
    case EACCES:
    case EPERM:
        return "You do not have permission to save in the folder " + folder +
               ". Choose a folder you can write to, or ask its owner for write access.";
    case EROFS:
        return "The folder " + folder +
               " is on a read-only disk or share. Choose a folder on a writable disk.";
    case ENOSPC:
    case EDQUOT:
        return "There is no space left for new files in " + folder +
               ". Free some disk space, or choose another folder.";
    case ENAMETOOLONG:
        return "The file name or folder path is too long for this disk. Choose a shorter "
               "name or a folder nearer the top.";
    default:
        return "Could not create a file in the folder " + folder + ": " + why(err) +
               ". Check the folder is writable.";
    }
}

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

// Rounds up so a file just over the limit never reads as equal to it.
std::string human_size(std::uintmax_t bytes) {
    constexpr std::uintmax_t mib = 1024 * 1024;
    if (bytes < 1024)
        return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    const std::uintmax_t unit = bytes < mib ? 1024 : mib;
    const char* name = bytes < mib ? " KiB" : " MiB";
    const std::uintmax_t tenths = bytes / unit * 10 + ((bytes % unit) * 10 + unit - 1) / unit;
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        out += "." + std::to_string(tenths % 10);
    return out + name;
}

// A temporary file's name: "." + stem + "." + what mkostemps makes of the
// X's + the suffix. Built by AtomicFile, recognised by the clean-up.
constexpr std::string_view temp_random = "XXXXXX";
constexpr std::string_view temp_suffix = ".tmp";

std::string temp_name_pattern(const std::string& stem) {
    std::string name = ".";
    name += stem;
    name += '.';
    name += temp_random;
    name += temp_suffix;
    return name;
}

bool is_temp_of(const std::string& name, const std::string& stem) {
    return name.size() == temp_name_pattern(stem).size() && name.front() == '.' &&
           name.compare(1, stem.size(), stem) == 0 && name[stem.size() + 1] == '.' &&
           name.ends_with(temp_suffix);
}

class FdGuard {
public:
    explicit FdGuard(int fd) : fd_(fd) {}
    ~FdGuard() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    FdGuard(const FdGuard&) = delete;
    FdGuard& operator=(const FdGuard&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::string open_problem(int err, const std::string& path) {
    switch (err) {
    case ENOENT:
    case ENOTDIR: {
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(path, ec)))
            return path + " is a link to " + fs::read_symlink(path, ec).string() +
                   ", which does not exist (No such file); point it at the file, or remove it.";
        return "No such file: " + path;
    }
    case EACCES:
    case EPERM:
        return "You do not have permission to read " + path +
               ". Check the file's permissions (and its folder's), or ask its owner to share it.";
    case ELOOP:
        return path + " is a symbolic link that leads round in a loop; choose the file itself.";
    case ENXIO: // what open() says for a socket
        return path + " is not a regular file (it is a socket or a missing device); choose the "
                      "XML file itself.";
    default:
        return "Could not open " + path + ": " + why(err) + ".";
    }
}

} // namespace

AtomicFile::AtomicFile(fs::path target, unsigned new_file_mode)
    : AtomicFile(std::move(target), new_file_mode, Links::follow) {}

AtomicFile::AtomicFile(fs::path target, unsigned new_file_mode, Links links)
    : target_(links == Links::follow ? resolve_target(target) : fs::absolute(target)) {
    const std::string shown = target_.string();
    const fs::path folder = target_.parent_path();

    struct stat original {};
    // Links::never: a link at the target is not the file (commit_if refuses
    // it); only a regular file there gives its mode and owner.
    const int found = links == Links::follow ? ::stat(target_.c_str(), &original) : ::lstat(target_.c_str(), &original);
    if (found == 0 && links == Links::never && S_ISLNK(original.st_mode)) {
        // nothing to take the mode from
    } else if (found == 0) {
        if (!S_ISREG(original.st_mode))
            throw FileError(shown, 0,
                            shown + " is " + kind_of(original.st_mode) +
                                ", not a file that can be saved over; choose a file name.");
        had_original_ = true;
    } else if (const int err = errno; err != ENOENT) {
        throw FileError(shown, 0, folder_problem(err, folder.string()));
    }

    std::string pattern = (folder / temp_name_pattern(temp_stem(target_.filename().string()))).string();
    // mkostemps picks an unused name and creates it O_EXCL, so two saves never collide.
    fd_ = ::mkostemps(pattern.data(), static_cast<int>(temp_suffix.size()), O_CLOEXEC);
    if (fd_ < 0) {
        const int err = errno;
        // mkostemps can't tell "no folder" from "no such file"; stat can.
        struct stat dir {};
        const int code = ::stat(folder.c_str(), &dir) != 0 ? errno
                         : !S_ISDIR(dir.st_mode)           ? ENOTDIR
                                                           : err;
        throw FileError(shown, 0,
                        folder_problem(code, folder.string()) + " " +
                            unchanged_sentence(had_original_));
    }
    temp_ = pattern;

    try {
        if (had_original_) {
            // Only root may give a file away; others can still keep the group
            // if they belong to it. Either way a refusal is not worth failing for.
            const uid_t uid = ::geteuid() == 0 ? original.st_uid : static_cast<uid_t>(-1);
            const int err = ::fchown(fd_, uid, original.st_gid) == 0 ? 0 : errno;
            if (err != 0 && err != EPERM && err != EINVAL)
                throw FileError(shown, 0,
                                "Could not give the new version of " + shown +
                                    " the owner of the old one: " + why(err) + ". " +
                                    unchanged_sentence(true));
        }
        // fchmod after fchown, since chown may clear mode bits; and fchmod rather
        // than a creation mode, so the umask can't loosen or tighten it.
        const mode_t mode = had_original_ ? (original.st_mode & 0777) : (new_file_mode & 0777);
        if (::fchmod(fd_, mode) != 0) {
            const int err = errno;
            throw FileError(shown, 0,
                            "Could not set the permissions of the new version of " + shown + ": " +
                                why(err) + ". " + unchanged_sentence(had_original_));
        }
    } catch (...) {
        discard(fd_, temp_);
        throw;
    }
}

AtomicFile::~AtomicFile() {
    if (!committed_)
        discard(fd_, temp_);
}

void AtomicFile::write(std::string_view bytes) {
    if (committed_)
        throw std::logic_error("AtomicFile::write() after commit()");
    if (fd_ < 0)
        throw std::logic_error("AtomicFile::write() after a failed write() or commit()");

    // Linux writes at most ~2 GiB per call anyway; asking for less keeps
    // the size_t -> ssize_t conversion safe.
    constexpr std::size_t max_chunk = std::size_t{1} << 30;
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), std::min(bytes.size(), max_chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // A zero-byte write of a non-empty buffer only happens when the
            // disk can take no more.
            const int err = n < 0 ? errno : ENOSPC;
            const std::string shown = target_.string();
            discard(fd_, temp_);
            throw FileError(shown, 0,
                            "Could not write " + shown + ": " + why(err) +
                                ". Check the disk has free space and the folder is writable; " +
                                unchanged_note(had_original_));
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::flush_and_close(const std::function<void(int, const std::string&)>& fail) {
    if (committed_)
        throw std::logic_error("AtomicFile::commit() called twice");
    if (fd_ < 0)
        throw std::logic_error("AtomicFile::commit() after a failed write() or commit()");
    // Without this the rename could reach the disk before the data does, and
    // a power cut would leave an empty or partial file under the real name.
    int rc;
    do
        rc = ::fsync(fd_);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int err = errno;
        fail(err, "flushing the new version to disk");
    }
    // Linux releases the descriptor even when close() fails, so it must
    // never be closed twice; EINTR after a successful fsync loses nothing.
    const int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) {
        if (const int err = errno; err != EINTR)
            fail(err, "closing the new version");
    }
}

void AtomicFile::flush_folder() {
    committed_ = true;
    written_ = look_at(target_).identity;
    // The rename lives in the folder; until the folder is flushed a power cut
    // may bring back the old name -> old file mapping.
    const fs::path folder = target_.parent_path();
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int err = dir < 0 ? errno : 0;
    if (dir >= 0) {
        int rc;
        do
            rc = ::fsync(dir);
        while (rc != 0 && errno == EINTR);
        // EINVAL: this file system cannot flush folders, so there is nothing
        // more to be done and nothing to report.
        if (rc != 0 && errno != EINVAL)
            err = errno;
        ::close(dir);
    }
    if (err != 0) {
        const std::string shown = target_.string();
        throw FileError(shown, 0,
                        "The new version of " + shown + " is in place, but the folder " + folder.string() +
                            " could not be flushed to disk (" + why(err) +
                            "), so a power cut now could bring back the previous version. "
                            "Save again; if this keeps happening, check the disk.");
    }
}

void AtomicFile::commit() {
    const std::string shown = target_.string();
    const auto fail = [&](int err, const std::string& step) {
        discard(fd_, temp_);
        throw FileError(shown, 0,
                        "Could not save " + shown + ": " + step + " failed (" + why(err) +
                            "). Check the disk has free space and is still connected; " +
                            unchanged_note(had_original_));
    };
    flush_and_close(fail);
    if (::rename(temp_.c_str(), target_.c_str()) != 0) {
        const int err = errno;
        fail(err, "putting the new version in place");
    }
    flush_folder();
}

namespace {

// renameat2 where the kernel and file system have it; errno EINVAL or
// ENOSYS when they do not.
int rename_with(const fs::path& from, const fs::path& to, unsigned flags) {
    return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags);
}

bool unsupported(int err) { return err == EINVAL || err == ENOSYS || err == ENOTSUP; }

} // namespace

bool AtomicFile::commit_if(const std::function<bool(const DirectoryEntry&)>& still_ours) {
    const std::string shown = target_.string();
    const auto fail = [&](int err, const std::string& step) {
        discard(fd_, temp_);
        throw FileError(shown, 0,
                        "Could not save " + shown + ": " + step + " failed (" + why(err) +
                            "). Check the disk has free space and is still connected; " +
                            unchanged_note(had_original_));
    };
    flush_and_close(fail);
    const auto refuse = [&] {
        discard(fd_, temp_);
        return false;
    };

    const DirectoryEntry before = look_at(target_);
    if (!still_ours(before))
        return refuse();
    if (before.kind == DirectoryEntry::Kind::missing) {
        // Only if the name is still free: a file that appeared meanwhile is
        // someone else's, never replaced.
        if (rename_with(temp_, target_, RENAME_NOREPLACE) != 0) {
            const int err = errno;
            if (err == EEXIST)
                return refuse();
            if (!unsupported(err))
                fail(err, "putting the new version in place");
            // link() refuses an existing name on every POSIX file system.
            if (::link(temp_.c_str(), target_.c_str()) == 0) {
                ::unlink(temp_.c_str());
            } else {
                const int link_err = errno;
                if (link_err == EEXIST)
                    return refuse();
                // No hard links either (FAT): the check above is all there is.
                if (look_at(target_).kind != DirectoryEntry::Kind::missing)
                    return refuse();
                if (::rename(temp_.c_str(), target_.c_str()) != 0) {
                    const int rename_err = errno;
                    fail(rename_err, "putting the new version in place");
                }
            }
        }
        temp_.clear();
        flush_folder();
        return true;
    }
    if (before.kind != DirectoryEntry::Kind::regular)
        return refuse(); // a link or a folder is never saved over here
    // Exchange, then look at what was displaced: if it is not the file that
    // was accepted a moment ago, something replaced it in between; swap back.
    if (rename_with(temp_, target_, RENAME_EXCHANGE) == 0) {
        const DirectoryEntry displaced = look_at(temp_);
        if (displaced.kind != DirectoryEntry::Kind::regular || !displaced.identity.same_file(before.identity)) {
            rename_with(temp_, target_, RENAME_EXCHANGE);
            return refuse();
        }
        ::unlink(temp_.c_str()); // the previous version
        temp_.clear();
        flush_folder();
        return true;
    }
    if (const int err = errno; !unsupported(err))
        fail(err, "putting the new version in place");
    if (::rename(temp_.c_str(), target_.c_str()) != 0) {
        const int err = errno;
        fail(err, "putting the new version in place");
    }
    temp_.clear();
    flush_folder();
    return true;
}

std::vector<fs::path> remove_leftover_temporaries(const fs::path& target) {
    std::vector<fs::path> removed;
    fs::path resolved;
    try {
        resolved = resolve_target(target);
    } catch (const FileError&) {
        return removed;
    }
    const std::string stem = temp_stem(resolved.filename().string());
    std::error_code ec;
    for (fs::directory_iterator it(resolved.parent_path(), ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code entry_ec;
        if (!is_temp_of(it->path().filename().string(), stem) ||
            !it->is_regular_file(entry_ec) || entry_ec)
            continue;
        if (fs::remove(it->path(), entry_ec))
            removed.push_back(it->path());
    }
    return removed;
}

void write_file_atomically(const fs::path& target, std::string_view bytes, unsigned new_file_mode) {
    AtomicFile file(target, new_file_mode);
    file.write(bytes);
    file.commit();
}

namespace {

// Opens a file to read without ever blocking (O_NONBLOCK, so a FIFO returns
// at once instead of waiting for a writer) and refuses anything but a
// regular file. Returns the descriptor; `st` gets its status.
int open_regular(const fs::path& path, struct stat& st) {
    const std::string shown = path.string();
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        throw FileError(shown, 0, open_problem(err, shown));
    }
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        throw FileError(shown, 0, open_problem(err, shown));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw FileError(shown, 0,
                        shown + " is not a regular file (it is " + kind_of(st.st_mode) +
                            "); choose the XML file itself.");
    }
    return fd;
}

// Reads until end of file or until `out` holds more than `limit` bytes.
void read_into(int fd, const std::string& shown, std::uintmax_t limit, std::string& out) {
    char buffer[64 * 1024];
    while (out.size() <= limit) {
        // Ask for at most one byte past the limit: enough to notice a file
        // that grew after fstat (or a /proc file reporting size 0) without
        // reading all of it.
        const std::uintmax_t room = limit - out.size();
        const std::size_t want = room >= sizeof buffer ? sizeof buffer : static_cast<std::size_t>(room) + 1;
        const ssize_t n = ::read(fd, buffer, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            throw FileError(shown, 0,
                            "Could not read " + shown + ": " + why(err) +
                                ". Check the disk or network share is still connected.");
        }
        if (n == 0)
            break;
        out.append(buffer, static_cast<std::size_t>(n));
    }
}

} // namespace

std::string read_file_limited(const fs::path& path, std::uintmax_t max_bytes) {
    const std::string shown = path.string();
    struct stat st {};
    const FdGuard fd(open_regular(path, st));
    const auto limit_message = [&](const std::string& size) {
        return shown + " is " + size + "; Extra Mile reads files up to " + human_size(max_bytes) +
               ". Is this really a rubric or scorecard?";
    };
    const auto size = static_cast<std::uintmax_t>(st.st_size);
    if (size > max_bytes)
        throw FileError(shown, 0, limit_message(human_size(size)));
    std::string out;
    out.reserve(static_cast<std::size_t>(size));
    read_into(fd.get(), shown, max_bytes, out);
    if (out.size() > max_bytes)
        throw FileError(shown, 0, limit_message("more than " + human_size(max_bytes) + " (it grew while being read)"));
    return out;
}

std::string read_file_head(const fs::path& path, std::size_t bytes) {
    struct stat st {};
    const FdGuard fd(open_regular(path, st));
    std::string out;
    if (bytes > 0)
        read_into(fd.get(), path.string(), bytes - 1, out);
    if (out.size() > bytes)
        out.resize(bytes);
    return out;
}

} // namespace extramile
