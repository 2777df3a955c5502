#include "core/storage/atomic_file.hpp"

#include "core/base/file_error.hpp"
#include "core/storage/native_file.hpp"

#include <algorithm>
#include <stdexcept>
#include <system_error>
#include <utility>
#include <vector>

// The order of the steps and every message; the steps themselves are in
// atomic_file_posix.cpp and atomic_file_windows.cpp.

namespace extramile {

namespace fs = std::filesystem;
using platform::EntryKind;
using platform::no_file;

namespace {

// Same limit as the kernel's ELOOP, so a loop is reported instead of spinning.
constexpr int max_symlink_hops = 40;
// ".<name>.XXXXXX.tmp" must itself fit in NAME_MAX (255 bytes on Linux, 255
// UTF-16 units on Windows: the byte count is the stricter).
constexpr std::size_t max_temp_stem = 255 - 12;

std::string why(const std::error_code& error) { return error.message(); }

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
void discard(platform::NativeFile& file, fs::path& temp) noexcept {
    platform::close_quietly(file);
    file = no_file;
    platform::remove_quietly(temp);
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
// component is followed by hand first. (libstdc++ sees no symlinks on
// Windows, where this is weakly_canonical() alone.)
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
                            " should be saved: " + why(e.code()) +
                            ". Check the folder exists and you may open it.");
    }
}

std::string folder_problem(const std::error_code& error, const std::string& folder) {
    using std::errc;
    if (error == errc::no_such_file_or_directory)
        return "The folder " + folder +
               " does not exist. Create it first, or choose another folder.";
    if (error == errc::not_a_directory)
        return folder + " is not a folder. Choose a file inside a folder.";
    if (error == errc::permission_denied || error == errc::operation_not_permitted)
        return "You do not have permission to save in the folder " + folder +
               ". Choose a folder you can write to, or ask its owner for write access.";
    if (error == errc::read_only_file_system)
        return "The folder " + folder +
               " is on a read-only disk or share. Choose a folder on a writable disk.";
    if (error == errc::no_space_on_device)
        return "There is no space left for new files in " + folder +
               ". Free some disk space, or choose another folder.";
    if (error == errc::filename_too_long)
        return "The file name or folder path is too long for this disk. Choose a shorter "
               "name or a folder nearer the top.";
    return "Could not create a file in the folder " + folder + ": " + why(error) +
           ". Check the folder is writable.";
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

// A temporary file's name: "." + stem + "." + six random characters + the
// suffix. Built by AtomicFile, recognised by the clean-up.
constexpr std::size_t temp_random = 6;
constexpr std::string_view temp_suffix = ".tmp";

std::string temp_prefix(const std::string& stem) { return "." + stem + "."; }

bool is_temp_of(const std::string& name, const std::string& stem) {
    return name.size() == temp_prefix(stem).size() + temp_random + temp_suffix.size() && name.front() == '.' &&
           name.compare(1, stem.size(), stem) == 0 && name[stem.size() + 1] == '.' &&
           name.ends_with(temp_suffix);
}

class FileGuard {
public:
    explicit FileGuard(platform::NativeFile file) : file_(file) {}
    ~FileGuard() { platform::close_quietly(file_); }
    FileGuard(const FileGuard&) = delete;
    FileGuard& operator=(const FileGuard&) = delete;
    platform::NativeFile get() const { return file_; }

private:
    platform::NativeFile file_;
};

std::string open_problem(const std::error_code& error, const fs::path& file) {
    using std::errc;
    const std::string path = file.string();
    if (error == errc::no_such_file_or_directory || error == errc::not_a_directory) {
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(file, ec)))
            return path + " is a link to " + fs::read_symlink(file, ec).string() +
                   ", which does not exist (No such file); point it at the file, or remove it.";
        return "No such file: " + path;
    }
    if (error == errc::permission_denied || error == errc::operation_not_permitted)
        return "You do not have permission to read " + path +
               ". Check the file's permissions (and its folder's), or ask its owner to share it.";
    if (error == errc::too_many_symbolic_link_levels)
        return path + " is a symbolic link that leads round in a loop; choose the file itself.";
    if (error == errc::no_such_device_or_address) // what open() says for a socket
        return path + " is not a regular file (it is a socket or a missing device); choose the "
                      "XML file itself.";
    if (error == errc::device_or_resource_busy) // Windows: another program holds it without sharing
        return path + " is open in another program that does not let others read it; close it there "
                      "and try again.";
    return "Could not open " + path + ": " + why(error) + ".";
}

} // namespace

AtomicFile::AtomicFile(fs::path target, unsigned new_file_mode)
    : AtomicFile(std::move(target), new_file_mode, Links::follow) {}

AtomicFile::AtomicFile(fs::path target, unsigned new_file_mode, Links links)
    : target_(links == Links::follow ? resolve_target(target) : fs::absolute(target)) {
    const std::string shown = target_.string();
    const fs::path folder = target_.parent_path();

    // Links::never: a link at the target is not the file (commit_if refuses
    // it); only a regular file there gives its mode and owner.
    const platform::EntryStatus original = platform::status_of(target_, links == Links::follow);
    if (original.kind == EntryKind::link && links == Links::never) {
        // nothing to take the mode from
    } else if (original.error) {
        throw FileError(shown, 0, folder_problem(original.error, folder.string()));
    } else if (original.kind != EntryKind::missing) {
        if (original.kind != EntryKind::regular)
            throw FileError(shown, 0,
                            shown + " is " + platform::kind_name(original.kind) +
                                ", not a file that can be saved over; choose a file name.");
        had_original_ = true;
    }

    auto created = platform::create_temporary(folder, temp_prefix(temp_stem(target_.filename().string())),
                                              std::string(temp_suffix));
    if (created.error)
        throw FileError(shown, 0,
                        folder_problem(created.error, folder.string()) + " " + unchanged_sentence(had_original_));
    file_ = created.file;
    temp_ = std::move(created.path);

    bool owner_failed = false;
    if (const auto error = platform::carry_over(file_, original, had_original_, new_file_mode, owner_failed)) {
        discard(file_, temp_);
        throw FileError(shown, 0,
                        owner_failed ? "Could not give the new version of " + shown + " the owner of the old one: " +
                                           why(error) + ". " + unchanged_sentence(true)
                                     : "Could not set the permissions of the new version of " + shown + ": " +
                                           why(error) + ". " + unchanged_sentence(had_original_));
    }
}

AtomicFile::~AtomicFile() {
    if (!committed_)
        discard(file_, temp_);
}

void AtomicFile::write(std::string_view bytes) {
    if (committed_)
        throw std::logic_error("AtomicFile::write() after commit()");
    if (file_ == no_file)
        throw std::logic_error("AtomicFile::write() after a failed write() or commit()");

    while (!bytes.empty()) {
        std::size_t written = 0;
        if (const auto error = platform::write_some(file_, bytes, written)) {
            const std::string shown = target_.string();
            discard(file_, temp_);
            throw FileError(shown, 0,
                            "Could not write " + shown + ": " + why(error) +
                                ". Check the disk has free space and the folder is writable; " +
                                unchanged_note(had_original_));
        }
        bytes.remove_prefix(written);
    }
}

void AtomicFile::flush_and_close(const std::function<void(const std::error_code&, const std::string&)>& fail) {
    if (committed_)
        throw std::logic_error("AtomicFile::commit() called twice");
    if (file_ == no_file)
        throw std::logic_error("AtomicFile::commit() after a failed write() or commit()");
    // Without this the rename could reach the disk before the data does, and
    // a power cut would leave an empty or partial file under the real name.
    if (const auto error = platform::flush(file_))
        fail(error, "flushing the new version to disk");
    if (const auto error = platform::close(std::exchange(file_, no_file)))
        fail(error, "closing the new version");
}

void AtomicFile::flush_folder() {
    committed_ = true;
    written_ = look_at(target_).identity;
    const fs::path folder = target_.parent_path();
    if (const auto error = platform::flush_folder(folder)) {
        const std::string shown = target_.string();
        throw FileError(shown, 0,
                        "The new version of " + shown + " is in place, but the folder " + folder.string() +
                            " could not be flushed to disk (" + why(error) +
                            "), so a power cut now could bring back the previous version. "
                            "Save again; if this keeps happening, check the disk.");
    }
}

void AtomicFile::commit() {
    const std::string shown = target_.string();
    const auto fail = [&](const std::error_code& error, const std::string& step) {
        discard(file_, temp_);
        throw FileError(shown, 0,
                        "Could not save " + shown + ": " + step + " failed (" + why(error) +
                            "). Check the disk has free space and is still connected; " +
                            unchanged_note(had_original_));
    };
    flush_and_close(fail);
    if (const auto error = platform::replace(temp_, target_))
        fail(error, "putting the new version in place");
    flush_folder();
}

bool AtomicFile::commit_if(const std::function<bool(const DirectoryEntry&)>& still_ours) {
    const std::string shown = target_.string();
    const auto fail = [&](const std::error_code& error, const std::string& step) {
        discard(file_, temp_);
        throw FileError(shown, 0,
                        "Could not save " + shown + ": " + step + " failed (" + why(error) +
                            "). Check the disk has free space and is still connected; " +
                            unchanged_note(had_original_));
    };
    flush_and_close(fail);
    const auto refuse = [&] {
        discard(file_, temp_);
        return false;
    };
    const auto done = [&] {
        temp_.clear();
        flush_folder();
        return true;
    };

    const DirectoryEntry before = look_at(target_);
    if (!still_ours(before))
        return refuse();
    if (before.kind == DirectoryEntry::Kind::missing) {
        // Only if the name is still free: a file that appeared meanwhile is
        // someone else's, never replaced.
        const auto error = platform::rename_no_replace(temp_, target_);
        if (error == std::errc::file_exists)
            return refuse();
        if (error && error != std::errc::operation_not_supported)
            fail(error, "putting the new version in place");
        if (error) {
            // Neither a rename that refuses nor a hard link (FAT): the check
            // above, repeated, is all there is.
            if (look_at(target_).kind != DirectoryEntry::Kind::missing)
                return refuse();
            if (const auto rename_error = platform::replace(temp_, target_))
                fail(rename_error, "putting the new version in place");
        }
        return done();
    }
    if (before.kind != DirectoryEntry::Kind::regular)
        return refuse(); // a link or a folder is never saved over here
    // Exchange, then look at what was displaced: if it is not the file that
    // was accepted a moment ago, something replaced it in between; swap back.
    const auto error = platform::exchange(temp_, target_);
    if (!error) {
        const DirectoryEntry displaced = look_at(temp_);
        if (displaced.kind != DirectoryEntry::Kind::regular || !displaced.identity.same_file(before.identity)) {
            platform::exchange(temp_, target_);
            return refuse();
        }
        platform::remove_quietly(temp_); // the previous version
        return done();
    }
    if (error != std::errc::operation_not_supported)
        fail(error, "putting the new version in place");
    // No exchange here (Windows; some Linux file systems): what was checked
    // just above is replaced, and a change in the moment between the check
    // and the rename goes unseen.
    if (const auto rename_error = platform::replace(temp_, target_))
        fail(rename_error, "putting the new version in place");
    return done();
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

// Opens a file to read without ever blocking and refuses anything but a
// regular file. Returns it; `size` gets its size.
platform::NativeFile open_regular(const fs::path& path, std::uintmax_t& size) {
    const std::string shown = path.string();
    const auto opened = platform::open_for_reading(path);
    if (opened.error)
        throw FileError(shown, 0, open_problem(opened.error, path));
    if (opened.kind != EntryKind::regular)
        throw FileError(shown, 0,
                        shown + " is not a regular file (it is " + platform::kind_name(opened.kind) +
                            "); choose the XML file itself.");
    size = opened.size;
    return opened.file;
}

// Reads until end of file or until `out` holds more than `limit` bytes,
// straight into `out` (through a buffer of its own, every byte of a folder
// of long notes was copied twice).
// `reported`: the size the open file reported. A read that falls short once
// it is all there has met the end of a regular file, so no read is made just
// to hear "nothing more" (one system call in five of a folder's reading). A
// file that reported another size (one that grew, a /proc file reporting 0)
// is read until a read gives nothing.
void read_into(platform::NativeFile file, const std::string& shown, std::uintmax_t limit, std::string& out,
               std::uintmax_t reported) {
    std::size_t filled = out.size();
    while (filled <= limit) {
        // Ask for at most one byte past the limit: enough to notice a file
        // that grew after it was opened (or a /proc file reporting size 0)
        // without reading all of it. The reads fill what was reserved (the
        // size the file reported, and the one byte that finds its end),
        // then `out` grows.
        const std::uintmax_t room = limit - filled;
        const std::size_t chunk =
            out.capacity() > filled ? out.capacity() - filled : std::max<std::size_t>(filled, 4096);
        const std::size_t want = room >= chunk ? chunk : static_cast<std::size_t>(room) + 1;
        out.resize(filled + want);
        std::size_t got = 0;
        const auto error = platform::read_some(file, out.data() + filled, want, got);
        out.resize(filled += got);
        if (error)
            throw FileError(shown, 0,
                            "Could not read " + shown + ": " + why(error) +
                                ". Check the disk or network share is still connected.");
        if (got == 0 || (got < want && filled == reported && reported > 0))
            break;
    }
}

} // namespace

std::string read_file_limited(const fs::path& path, std::uintmax_t max_bytes) {
    const std::string shown = path.string();
    std::uintmax_t size = 0;
    const FileGuard file(open_regular(path, size));
    const auto limit_message = [&](const std::string& size_text) {
        return shown + " is " + size_text + "; Extra Mile reads files up to " + human_size(max_bytes) +
               ". Is this really a rubric or scorecard?";
    };
    if (size > max_bytes)
        throw FileError(shown, 0, limit_message(human_size(size)));
    std::string out;
    out.reserve(static_cast<std::size_t>(size) + 1);
    read_into(file.get(), shown, max_bytes, out, size);
    if (out.size() > max_bytes)
        throw FileError(shown, 0, limit_message("more than " + human_size(max_bytes) + " (it grew while being read)"));
    return out;
}

std::string read_file_head(const fs::path& path, std::size_t bytes) {
    std::uintmax_t size = 0;
    const FileGuard file(open_regular(path, size));
    std::string out;
    out.reserve(bytes);
    if (bytes > 0)
        read_into(file.get(), path.string(), bytes - 1, out, size);
    if (out.size() > bytes)
        out.resize(bytes);
    return out;
}

} // namespace extramile
