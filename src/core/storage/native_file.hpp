// Files through the platform's own calls: the steps AtomicFile, the careful
// readers and the scorecard lock are made of, one implementation per
// platform: native_file_posix.cpp (open/fsync/renameat2) and
// native_file_windows.cpp (CreateFileW/FlushFileBuffers/MoveFileExW).
// atomic_file.cpp and scorecard_lock.cpp hold everything else (the order of
// the steps, what is checked, every message a person reads), so the
// platforms cannot drift apart. Private to core/storage.
//
// Every step reports a std::error_code. Causes a message names (missing
// folder, no permission, disk full, ...) come as std::errc values (generic
// category) on both platforms, so atomic_file.cpp words them once; anything
// else keeps the platform's own code and text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace extramile::platform {

// A POSIX descriptor or a Windows HANDLE; no_file when none.
using NativeFile = std::intptr_t;
inline constexpr NativeFile no_file = -1;

enum class EntryKind { missing, regular, folder, fifo, device, socket, link, other };
// "a folder", "a FIFO", ...: what a message says a name is instead of a file.
inline const char* kind_name(EntryKind kind) {
    switch (kind) {
    case EntryKind::folder:
        return "a folder";
    case EntryKind::fifo:
        return "a FIFO";
    case EntryKind::device:
        return "a device";
    case EntryKind::socket:
        return "a socket";
    case EntryKind::link:
        return "a link";
    default:
        return "not an ordinary file";
    }
}

// What a name holds, for deciding whether and how to save over it.
struct EntryStatus {
    EntryKind kind = EntryKind::missing;
    std::error_code error; // why it could not be looked at (never set for `missing`)
    // POSIX only: what a new version takes over from the old one.
    unsigned mode = 0;
    std::uint32_t owner = 0;
    std::uint32_t group = 0;
};
// `follow`: through links (stat), else the name itself (lstat).
EntryStatus status_of(const std::filesystem::path& path, bool follow);

// Creates a new file exclusively in `folder`, named prefix + six random
// characters + suffix, open for writing. On failure `file` is no_file.
struct Created {
    NativeFile file = no_file;
    std::filesystem::path path;
    std::error_code error;
};
Created create_temporary(const std::filesystem::path& folder, const std::string& prefix,
                         const std::string& suffix);
// Creates `path` exclusively for writing, never through a link: a name
// already taken (by a file, a link, a folder...) is std::errc::file_exists.
// POSIX gives it `mode`; Windows the folder's ACL.
Created create_new(const std::filesystem::path& path, unsigned mode);

// POSIX: the original's group (and owner, for root), then the permission
// bits, so the umask cannot change them. Windows has no such bits: a new
// file takes the ACL its folder hands down, which is what the file it
// replaces had unless someone changed that file's ACL by hand; nothing to do.
// `owner_failed` tells which of the two steps failed.
std::error_code carry_over(NativeFile file, const EntryStatus& original, bool had_original,
                           unsigned new_file_mode, bool& owner_failed);

// Writes some of `bytes` (retrying interruptions); `written` is how much.
std::error_code write_some(NativeFile file, std::string_view bytes, std::size_t& written);
// The file's bytes on disk, before any rename makes them matter.
std::error_code flush(NativeFile file);
// Closes; the file is closed even when an error is returned.
std::error_code close(NativeFile file);
void close_quietly(NativeFile file) noexcept;
void remove_quietly(const std::filesystem::path& path) noexcept;
// Removes the name itself: a file, a link (never what it leads to) or an
// empty folder.
std::error_code remove_entry(const std::filesystem::path& path);

// `from` takes the place of `to`, replacing what is there, atomically for
// readers (rename; MoveFileExW with MOVEFILE_REPLACE_EXISTING).
std::error_code replace(const std::filesystem::path& from, const std::filesystem::path& to);
// `from` takes the name `to` only if that name is free: std::errc::file_exists
// otherwise. std::errc::operation_not_supported when this file system cannot
// promise that (the caller then checks first, and replaces).
std::error_code rename_no_replace(const std::filesystem::path& from, const std::filesystem::path& to);
// Swaps the two names atomically (RENAME_EXCHANGE).
// std::errc::operation_not_supported where there is no such call (always on
// Windows, some Linux file systems).
std::error_code exchange(const std::filesystem::path& a, const std::filesystem::path& b);
// Makes the renames in `folder` durable (fsync of the folder on POSIX; on
// Windows MOVEFILE_WRITE_THROUGH already did, so nothing is left to do).
std::error_code flush_folder(const std::filesystem::path& folder);

// Opens a file to read without ever blocking (a FIFO returns at once, an
// open without sharing is not waited for) and says what it is. With
// `follow` false a link is not followed: POSIX fails with ELOOP
// (too_many_symbolic_link_levels), Windows reports EntryKind::link.
struct Opened {
    NativeFile file = no_file; // only for regular files
    EntryKind kind = EntryKind::missing;
    std::uintmax_t size = 0;
    std::error_code error; // open failed: file is no_file, kind unknown
};
Opened open_for_reading(const std::filesystem::path& path, bool follow = true);
// Reads up to `size` bytes; `got` == 0 at the end of the file.
std::error_code read_some(NativeFile file, char* buffer, std::size_t size, std::size_t& got);

// One entry of a folder, as the folder walk needs it.
struct FolderEntry {
    std::filesystem::path::string_type name;
    // What the name holds, through a link (`link`: a link that leads nowhere).
    EntryKind kind = EntryKind::other;
    bool is_link = false; // the name itself is a link
};
// The entries of `folder` but "." and "..", in no particular order. One
// call per entry of the platform's own listing (readdir; a link's target
// looked at only for links), where std::filesystem made a path of every
// entry: a third of listing 10,000 scorecards (tests/bench/results.md).
std::error_code list_folder(const std::filesystem::path& folder, std::vector<FolderEntry>& entries);

} // namespace extramile::platform
