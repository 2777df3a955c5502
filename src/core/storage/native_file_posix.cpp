// The POSIX steps of atomic_file_platform.hpp: mkostemps, fchown/fchmod,
// fsync, renameat2 (Linux) with link() as the fallback for a new name, and
// the folder's fsync; and the folder listing (readdir).
#include "core/storage/native_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace extramile::platform {

namespace fs = std::filesystem;

namespace {

// Quota and disk full read the same to a person.
std::error_code from_errno(int err) {
#ifdef EDQUOT
    if (err == EDQUOT)
        err = ENOSPC;
#endif
    return std::error_code(err, std::generic_category());
}
std::error_code last_error() { return from_errno(errno); }

EntryKind kind_of(mode_t mode) {
    if (S_ISREG(mode))
        return EntryKind::regular;
    if (S_ISDIR(mode))
        return EntryKind::folder;
    if (S_ISLNK(mode))
        return EntryKind::link;
    if (S_ISFIFO(mode))
        return EntryKind::fifo;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return EntryKind::device;
    if (S_ISSOCK(mode))
        return EntryKind::socket;
    return EntryKind::other;
}

int fd_of(NativeFile file) { return static_cast<int>(file); }

// renameat2 where the kernel and file system have it; errno EINVAL or
// ENOSYS when they do not.
int rename_with(const fs::path& from, const fs::path& to, unsigned flags) {
    return ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), flags);
}

bool unsupported(int err) { return err == EINVAL || err == ENOSYS || err == ENOTSUP; }

} // namespace

EntryStatus status_of(const fs::path& path, bool follow) {
    struct stat st {};
    EntryStatus status;
    if ((follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) != 0) {
        if (errno != ENOENT)
            status.error = last_error();
        return status;
    }
    status.kind = kind_of(st.st_mode);
    status.mode = st.st_mode & 07777;
    status.owner = st.st_uid;
    status.group = st.st_gid;
    return status;
}

Created create_temporary(const fs::path& folder, const std::string& prefix, const std::string& suffix) {
    Created created;
    std::string pattern = (folder / (prefix + "XXXXXX" + suffix)).string();
    // mkostemps picks an unused name and creates it O_EXCL, so two saves never collide.
    const int fd = ::mkostemps(pattern.data(), static_cast<int>(suffix.size()), O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        // mkostemps can't tell "no folder" from "no such file"; stat can.
        struct stat dir {};
        created.error = ::stat(folder.c_str(), &dir) != 0 ? last_error()
                        : !S_ISDIR(dir.st_mode)           ? from_errno(ENOTDIR)
                                                          : from_errno(err);
        return created;
    }
    created.file = fd;
    created.path = pattern;
    return created;
}

Created create_new(const fs::path& path, unsigned mode) {
    Created created;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        created.error = last_error();
        return created;
    }
    created.file = fd;
    created.path = path;
    return created;
}

std::error_code carry_over(NativeFile file, const EntryStatus& original, bool had_original, unsigned new_file_mode,
                           bool& owner_failed) {
    owner_failed = false;
    if (had_original) {
        // Only root may give a file away; others can still keep the group
        // if they belong to it. Either way a refusal is not worth failing for.
        const uid_t uid = ::geteuid() == 0 ? original.owner : static_cast<uid_t>(-1);
        const int err = ::fchown(fd_of(file), uid, original.group) == 0 ? 0 : errno;
        if (err != 0 && err != EPERM && err != EINVAL) {
            owner_failed = true;
            return from_errno(err);
        }
    }
    // fchmod after fchown, since chown may clear mode bits; and fchmod rather
    // than a creation mode, so the umask can't loosen or tighten it.
    const mode_t mode = had_original ? (original.mode & 0777) : (new_file_mode & 0777);
    if (::fchmod(fd_of(file), mode) != 0)
        return last_error();
    return {};
}

std::error_code write_some(NativeFile file, std::string_view bytes, std::size_t& written) {
    // Linux writes at most ~2 GiB per call anyway; asking for less keeps
    // the size_t -> ssize_t conversion safe.
    constexpr std::size_t max_chunk = std::size_t{1} << 30;
    written = 0;
    for (;;) {
        const ssize_t n = ::write(fd_of(file), bytes.data(), std::min(bytes.size(), max_chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return last_error();
        // A zero-byte write of a non-empty buffer only happens when the
        // disk can take no more.
        if (n == 0 && !bytes.empty())
            return from_errno(ENOSPC);
        written = static_cast<std::size_t>(n);
        return {};
    }
}

std::error_code flush(NativeFile file) {
    int rc;
    do
        rc = ::fsync(fd_of(file));
    while (rc != 0 && errno == EINTR);
    return rc == 0 ? std::error_code() : last_error();
}

std::error_code close(NativeFile file) {
    // Linux releases the descriptor even when close() fails, so it must
    // never be closed twice; EINTR after a successful fsync loses nothing.
    if (::close(fd_of(file)) != 0 && errno != EINTR)
        return last_error();
    return {};
}

void close_quietly(NativeFile file) noexcept {
    if (file != no_file)
        ::close(fd_of(file));
}

void remove_quietly(const fs::path& path) noexcept {
    if (!path.empty())
        ::unlink(path.c_str());
}

std::error_code remove_entry(const fs::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return ::rmdir(path.c_str()) == 0 ? std::error_code() : last_error(); // only when empty
    return ::unlink(path.c_str()) == 0 ? std::error_code() : last_error(); // a link itself, never what it points to
}

std::error_code replace(const fs::path& from, const fs::path& to) {
    return ::rename(from.c_str(), to.c_str()) == 0 ? std::error_code() : last_error();
}

std::error_code rename_no_replace(const fs::path& from, const fs::path& to) {
    if (rename_with(from, to, RENAME_NOREPLACE) == 0)
        return {};
    if (const int err = errno; !unsupported(err))
        return from_errno(err); // EEXIST among them
    // link() refuses an existing name on every POSIX file system.
    if (::link(from.c_str(), to.c_str()) == 0) {
        ::unlink(from.c_str());
        return {};
    }
    if (errno == EEXIST)
        return from_errno(EEXIST);
    // No hard links either (FAT).
    return std::make_error_code(std::errc::operation_not_supported);
}

std::error_code exchange(const fs::path& a, const fs::path& b) {
    if (rename_with(a, b, RENAME_EXCHANGE) == 0)
        return {};
    if (const int err = errno; !unsupported(err))
        return from_errno(err);
    return std::make_error_code(std::errc::operation_not_supported);
}

std::error_code flush_folder(const fs::path& folder) {
    // The rename lives in the folder; until the folder is flushed a power cut
    // may bring back the old name -> old file mapping.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return last_error();
    int rc;
    do
        rc = ::fsync(dir);
    while (rc != 0 && errno == EINTR);
    // EINVAL: this file system cannot flush folders, so there is nothing
    // more to be done and nothing to report.
    const std::error_code result = rc != 0 && errno != EINVAL ? last_error() : std::error_code();
    ::close(dir);
    return result;
}

Opened open_for_reading(const fs::path& path, bool follow) {
    Opened opened;
    // O_NONBLOCK, so a FIFO returns at once instead of waiting for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | (follow ? 0 : O_NOFOLLOW));
    if (fd < 0) {
        opened.error = last_error();
        return opened;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        opened.error = last_error();
        ::close(fd);
        return opened;
    }
    opened.kind = kind_of(st.st_mode);
    if (opened.kind != EntryKind::regular) {
        ::close(fd);
        return opened;
    }
    opened.file = fd;
    opened.size = static_cast<std::uintmax_t>(st.st_size);
    return opened;
}

std::error_code read_some(NativeFile file, char* buffer, std::size_t size, std::size_t& got) {
    for (;;) {
        const ssize_t n = ::read(fd_of(file), buffer, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return last_error();
        got = static_cast<std::size_t>(n);
        return {};
    }
}

std::error_code list_folder(const fs::path& folder, std::vector<FolderEntry>& entries) {
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return last_error();
    std::error_code error;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0)
                error = last_error();
            break;
        }
        const std::string_view name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        FolderEntry found{std::string(name), EntryKind::other, false};
        switch (entry->d_type) {
        case DT_REG: found.kind = EntryKind::regular; break;
        case DT_DIR: found.kind = EntryKind::folder; break;
        case DT_FIFO: found.kind = EntryKind::fifo; break;
        case DT_CHR:
        case DT_BLK: found.kind = EntryKind::device; break;
        case DT_SOCK: found.kind = EntryKind::socket; break;
        default: {
            // A link, or a file system that does not say (DT_UNKNOWN): ask,
            // what the name is (only when not told) and where a link leads.
            struct stat st {};
            if (entry->d_type != DT_LNK && ::fstatat(::dirfd(dir), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
                !S_ISLNK(st.st_mode)) {
                found.kind = kind_of(st.st_mode);
                break;
            }
            found.is_link = true;
            found.kind = ::fstatat(::dirfd(dir), entry->d_name, &st, 0) == 0 ? kind_of(st.st_mode) : EntryKind::link;
        }
        }
        entries.push_back(std::move(found));
    }
    ::closedir(dir);
    return error;
}

} // namespace extramile::platform
