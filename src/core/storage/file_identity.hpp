// What a name in a folder refers to, looked at without following links:
// nothing, a regular file (which one, and as it was: device, inode, size,
// times), a link, or something else. How an editor tells that the file it
// opened is still the file on disk (tracked_file.hpp), and how a save makes
// sure it replaces only that file.
#pragma once

#include <cstdint>
#include <filesystem>

namespace extramile {

struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t modified_ns = 0; // may be set back by anyone (touch -d)
    std::int64_t changed_ns = 0;  // the inode change time: set by the system on every change

    // The same file (device and inode), whatever happened to its content.
    bool same_file(const FileIdentity& other) const { return device == other.device && inode == other.inode; }
    // The same file, untouched since (nothing changed its bytes or its inode).
    bool operator==(const FileIdentity&) const = default;
};

struct DirectoryEntry {
    enum class Kind { missing, regular, link, other };
    Kind kind = Kind::missing;
    FileIdentity identity; // for regular files
};

// lstat() on POSIX, CreateFileW(FILE_FLAG_OPEN_REPARSE_POINT) on Windows: a
// link (a symlink; a junction or other reparse point on Windows) is reported
// as a link, never followed.
DirectoryEntry look_at(const std::filesystem::path& path);

} // namespace extramile
