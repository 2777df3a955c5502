#include "core/storage/file_identity.hpp"

#ifdef _WIN32
#include "core/storage/win32_path.hpp"
#include <windows.h>
#else
#include <sys/stat.h>
#endif

namespace extramile {

#ifdef _WIN32

namespace {

// FILETIME-style counts (100 ns since 1601) to nanoseconds; only compared,
// never shown, so the epoch does not matter.
std::int64_t nanoseconds(LARGE_INTEGER ticks) { return ticks.QuadPart * 100; }

} // namespace

// The Windows counterpart of lstat(): the name is opened without following a
// reparse point (a symbolic link or a junction is reported as a link, as
// lstat reports a symlink) and without asking for any access, so a file
// another program holds open, even without sharing, can still be looked at.
// The volume serial number and the file index are what device and inode
// are on POSIX; ChangeTime is the ctime (set by the system on every change,
// renames included), LastWriteTime the mtime.
DirectoryEntry look_at(const std::filesystem::path& path) {
    DirectoryEntry entry;
    const HANDLE file = ::CreateFileW(win32::long_path(path).c_str(), FILE_READ_ATTRIBUTES,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                      OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS,
                                      nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        // Missing, or unreachable: treated the same, nothing to replace. A
        // file being deleted (ERROR_ACCESS_DENIED while a delete is pending)
        // is as good as gone.
        return entry;
    }
    BY_HANDLE_FILE_INFORMATION info{};
    FILE_BASIC_INFO times{};
    const bool known = ::GetFileInformationByHandle(file, &info) &&
                       ::GetFileInformationByHandleEx(file, FileBasicInfo, &times, sizeof times);
    const DWORD type = ::GetFileType(file);
    ::CloseHandle(file);
    if (!known) {
        entry.kind = DirectoryEntry::Kind::other; // something is there, but not a file we can describe
        return entry;
    }
    if (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
        entry.kind = DirectoryEntry::Kind::link;
        return entry;
    }
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) || type != FILE_TYPE_DISK) {
        entry.kind = DirectoryEntry::Kind::other;
        return entry;
    }
    entry.kind = DirectoryEntry::Kind::regular;
    entry.identity.device = info.dwVolumeSerialNumber;
    entry.identity.inode = (static_cast<std::uint64_t>(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
    entry.identity.size = (static_cast<std::int64_t>(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
    entry.identity.modified_ns = nanoseconds(times.LastWriteTime);
    entry.identity.changed_ns = nanoseconds(times.ChangeTime);
    return entry;
}

#else

DirectoryEntry look_at(const std::filesystem::path& path) {
    struct stat st {};
    DirectoryEntry entry;
    if (::lstat(path.c_str(), &st) != 0)
        return entry; // missing (or unreachable: treated the same, nothing to replace)
    if (S_ISLNK(st.st_mode)) {
        entry.kind = DirectoryEntry::Kind::link;
        return entry;
    }
    if (!S_ISREG(st.st_mode)) {
        entry.kind = DirectoryEntry::Kind::other;
        return entry;
    }
    entry.kind = DirectoryEntry::Kind::regular;
    entry.identity.device = static_cast<std::uint64_t>(st.st_dev);
    entry.identity.inode = static_cast<std::uint64_t>(st.st_ino);
    entry.identity.size = static_cast<std::int64_t>(st.st_size);
    entry.identity.modified_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    entry.identity.changed_ns = static_cast<std::int64_t>(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
    return entry;
}

#endif

} // namespace extramile
