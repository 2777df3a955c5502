// A file an editor has open, and the version of it this program last read or
// wrote: which file it is (device, inode, size, times) and the SHA-256 of its
// bytes. Whether the name on disk still holds that version is told by what is
// really there, never by a revision number: another version with the same
// revision, another scorecard, a link swapped in, the file deleted, are all
// changes. A link given at open is followed once, then; afterwards only that
// file is read and saved, and a link that appears or changes is a change,
// never followed.
#pragma once

#include "core/storage/file_identity.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace extramile {

class TrackedFile {
public:
    // Opens `given` for editing and reads it; a link is resolved to the file
    // it leads to. Throws FileError when the file cannot be read.
    static TrackedFile open(const std::filesystem::path& given, std::string& bytes);
    // A file about to be created: the first save makes it, and only if the
    // name is still free.
    static TrackedFile create(const std::filesystem::path& path);

    const std::filesystem::path& given() const { return given_; }
    const std::filesystem::path& file() const { return file_; } // links resolved at open

    enum class Change {
        none,         // as last seen (at most touched: the same bytes)
        modified,     // other bytes: another version, another scorecard
        deleted,      // nothing there any more
        link,         // a link where the file was
        not_a_file,   // a folder, a FIFO, a device where the file was
        link_changed, // the name opened was a link, and now leads elsewhere (or is no link)
    };
    struct Look {
        Change change = Change::none;
        std::string bytes; // for `modified`: what the file holds now
    };

    // What the disk holds now, compared with the version last seen. Reads
    // the file only when its identity changed (to tell a touch from an edit).
    // A touch is taken in (the identity follows). May throw FileError when a
    // changed file cannot be read.
    Look look();

    // Writes `bytes` in place of the file if, just before the rename, the
    // disk still holds the version last seen (AtomicFile::commit_if): then
    // returns nullopt and `bytes` is the version from now on. Otherwise
    // nothing is written and the change found is returned. Throws FileError
    // when the disk fails (the file is then as it was).
    std::optional<Look> save(std::string_view bytes, unsigned new_file_mode = 0600);

    // The user chose: what the disk holds now (`bytes`, read from it) is the
    // version to build on. After a link changed, the file itself is edited
    // from then on (the link is no longer followed anywhere).
    void adopt(std::string_view bytes);
    // The file was deleted and the user chose to save it again: the next save
    // creates it, still never over a file that appeared meanwhile.
    void expect_nothing();

    // The digest of the version last seen ("sha256:..."), empty for a file not yet created.
    const std::string& digest() const { return digest_; }

private:
    TrackedFile() = default;
    std::optional<Look> given_changed() const;

    std::filesystem::path given_;
    std::filesystem::path file_;
    std::optional<std::filesystem::path> given_link_; // what `given` led to as a link, at open
    std::optional<FileIdentity> identity_;             // nullopt: no file expected
    std::string digest_;
};

} // namespace extramile
