// The one way a user's file is written: a temporary file in the same folder,
// written, fsync'd, renamed over the target, and the folder fsync'd. The
// target is never seen half-written; on any failure it is left untouched.
// On Windows the same with FlushFileBuffers and
// MoveFileExW(MOVEFILE_WRITE_THROUGH) (atomic_file_windows.cpp).
#pragma once

#include "core/storage/file_identity.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace extramile {

// Linux/POSIX and Windows. All failures a person can fix are reported as
// FileError (see file_error.hpp); misuse (write or commit after commit) is
// std::logic_error.
//
// Windows differs where it has no equivalent: a file has no permission
// bits, so `new_file_mode` is not used and every new version takes the ACL
// its folder hands down (in the user's profile, only the user can read it);
// libstdc++ sees no symbolic links there, so a link at the target is
// replaced rather than followed; and commit_if has no exchange to check
// with (see there).
//
// Not thread-safe; one object is one save. After SIGKILL or a power cut a
// ".<name>.XXXXXX.tmp" file may be left in the folder, never a half-written target.
class AtomicFile {
public:
    // `target` may be a symlink (even a dangling one): the file it points to is
    // replaced, the link kept. New files get exactly `new_file_mode & 0777` (umask
    // is not applied); an existing file keeps its permission bits (not
    // setuid/setgid/sticky) and, where the process may, its owner and group.
    // Throws FileError when the folder is missing or not writable, or the
    // target is a folder or device.
    explicit AtomicFile(std::filesystem::path target, unsigned new_file_mode = 0600);
    // With Links::never, `target` is the file itself, taken as it is: never
    // resolved, a link there is never followed (an editor that resolved its
    // file once when opening it saves here, see tracked_file.hpp).
    enum class Links { follow, never };
    AtomicFile(std::filesystem::path target, unsigned new_file_mode, Links links);
    ~AtomicFile(); // removes the temporary file unless committed; never throws
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Appends to the temporary file. On failure throws FileError and discards the
    // temporary file; the object is then spent (a later commit() is a logic error).
    void write(std::string_view bytes);
    // fsync, rename over the target, fsync the folder. Throws FileError on failure,
    // leaving the target as it was. The one exception: if only the final folder
    // fsync fails, the new content is already in place and the FileError says so.
    void commit();
    // commit() only if, just before the rename, `still_ours` accepts what the
    // target's name holds then (looked at without following links). The
    // rename is made so that nothing slips in between: a new file is put in
    // place only if the name is still free (RENAME_NOREPLACE), an existing
    // one is exchanged (RENAME_EXCHANGE) and swapped back if what it
    // displaced is not the file `still_ours` accepted. Returns false, with
    // nothing written and the temporary file gone, when the target was not
    // as expected. Where the file system cannot exchange (Windows, FAT, some
    // network shares) the check just before a plain rename is all there is
    // for an existing file: a change made in that moment is replaced unseen.
    // (A new file is still put in place only if the name is free: Windows'
    // MoveFileExW without MOVEFILE_REPLACE_EXISTING refuses a taken name.)
    bool commit_if(const std::function<bool(const DirectoryEntry&)>& still_ours);
    // After a commit: the file now in place.
    const FileIdentity& written() const { return written_; }

    const std::filesystem::path& target() const { return target_; }
    // Empty once the temporary file has been discarded after a failure.
    const std::filesystem::path& temp_path() const { return temp_; }

private:
    std::filesystem::path target_; // symlinks resolved
    std::filesystem::path temp_;
    std::intptr_t file_ = -1; // the temporary file: a descriptor, or a HANDLE on Windows
    bool committed_ = false;
    bool had_original_ = false; // only to word error messages truthfully
    FileIdentity written_;

    void flush_and_close(const std::function<void(const std::error_code&, const std::string&)>& fail);
    void flush_folder();
};

// Removes the temporary files that saves of `target` killed before their
// rename left behind (each a whole hidden copy of the file, so personal
// data a sync engine would carry around). Only safe while no other program
// may be saving `target`, e.g. while holding its ScorecardLock. Returns what
// was removed; failures to remove are ignored (the files are only litter).
std::vector<std::filesystem::path> remove_leftover_temporaries(const std::filesystem::path& target);

// Convenience: the whole content in one go.
void write_file_atomically(const std::filesystem::path& target, std::string_view bytes,
                           unsigned new_file_mode = 0600);

// Reads a whole file, refusing files over `max_bytes` and anything that is
// not a regular file (FIFO, device, folder), with a FileError saying so.
// Never blocks on a FIFO, and stops with a FileError if the file grows past
// `max_bytes` while being read.
std::string read_file_limited(const std::filesystem::path& path,
                              std::uintmax_t max_bytes = 8u * 1024 * 1024);

// The first `bytes` bytes of a regular file (all of a shorter one), with the
// same refusals as read_file_limited: enough to tell what kind of file it is.
std::string read_file_head(const std::filesystem::path& path, std::size_t bytes);

} // namespace extramile
