#include "core/storage/tracked_file.hpp"

#include "core/base/file_error.hpp"
#include "core/base/sha256.hpp"
#include "core/storage/atomic_file.hpp"

namespace extramile {

namespace fs = std::filesystem;

namespace {

// Follows a chain of links by hand (a dangling last link included), as the
// name would be followed now.
fs::path resolved(const fs::path& given) {
    fs::path p = fs::absolute(given);
    for (int hops = 0; hops < 40; ++hops) {
        std::error_code error;
        if (!fs::is_symlink(fs::symlink_status(p, error)) || error)
            return fs::weakly_canonical(p, error);
        const auto next = fs::read_symlink(p, error);
        if (error)
            return p;
        p = next.is_absolute() ? next : p.parent_path() / next;
    }
    throw FileError(given.string(), 0,
                    given.string() + " is a symbolic link that leads round in a loop; open the file itself.");
}

} // namespace

TrackedFile TrackedFile::open(const fs::path& given, std::string& bytes) {
    TrackedFile tracked;
    tracked.given_ = fs::absolute(given);
    tracked.file_ = resolved(given);
    std::error_code error;
    if (fs::is_symlink(fs::symlink_status(tracked.given_, error)))
        tracked.given_link_ = tracked.file_;
    // The identity is taken before the bytes: a change in between shows as a
    // change at the next look, never as the version read.
    const auto entry = look_at(tracked.file_);
    bytes = read_file_limited(tracked.file_); // refuses anything but a regular file
    tracked.identity_ = entry.identity;
    tracked.digest_ = sha256_digest(bytes);
    return tracked;
}

TrackedFile TrackedFile::create(const fs::path& path) {
    TrackedFile tracked;
    tracked.given_ = fs::absolute(path);
    tracked.file_ = tracked.given_;
    return tracked;
}

std::optional<TrackedFile::Look> TrackedFile::given_changed() const {
    if (!given_link_)
        return std::nullopt;
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(given_, error)))
        return Look{Change::link_changed, {}};
    try {
        if (resolved(given_) != *given_link_)
            return Look{Change::link_changed, {}};
    } catch (const FileError&) {
        return Look{Change::link_changed, {}};
    }
    return std::nullopt;
}

TrackedFile::Look TrackedFile::look() {
    if (auto changed = given_changed())
        return *changed;
    const auto entry = look_at(file_);
    switch (entry.kind) {
    case DirectoryEntry::Kind::missing:
        return {identity_ ? Change::deleted : Change::none, {}};
    case DirectoryEntry::Kind::link:
        return {Change::link, {}};
    case DirectoryEntry::Kind::other:
        return {Change::not_a_file, {}};
    case DirectoryEntry::Kind::regular:
        break;
    }
    if (identity_ && *identity_ == entry.identity)
        return {};
    auto bytes = read_file_limited(file_);
    if (identity_ && sha256_digest(bytes) == digest_) {
        identity_ = entry.identity; // touched, or replaced by the same bytes
        return {};
    }
    return {Change::modified, std::move(bytes)};
}

std::optional<TrackedFile::Look> TrackedFile::save(std::string_view bytes, unsigned new_file_mode) {
    if (auto changed = given_changed())
        return changed;
    if (look_at(file_).kind == DirectoryEntry::Kind::other)
        return Look{Change::not_a_file, {}}; // AtomicFile would refuse it as a target
    AtomicFile file(file_, new_file_mode, AtomicFile::Links::never);
    file.write(bytes);
    std::optional<Look> refused;
    const bool written = file.commit_if([&](const DirectoryEntry& now) {
        if (!identity_) {
            if (now.kind == DirectoryEntry::Kind::missing)
                return true;
            refused = Look{now.kind == DirectoryEntry::Kind::regular ? Change::modified
                           : now.kind == DirectoryEntry::Kind::link  ? Change::link
                                                                     : Change::not_a_file,
                           {}};
            return false;
        }
        switch (now.kind) {
        case DirectoryEntry::Kind::missing:
            refused = Look{Change::deleted, {}};
            return false;
        case DirectoryEntry::Kind::link:
            refused = Look{Change::link, {}};
            return false;
        case DirectoryEntry::Kind::other:
            refused = Look{Change::not_a_file, {}};
            return false;
        case DirectoryEntry::Kind::regular:
            break;
        }
        if (now.identity == *identity_)
            return true;
        // Touched, or something else: only the bytes can tell.
        try {
            auto there = read_file_limited(file_);
            if (sha256_digest(there) == digest_)
                return true;
            refused = Look{Change::modified, std::move(there)};
        } catch (const FileError&) {
            refused = Look{Change::modified, {}};
        }
        return false;
    });
    if (!written) {
        // Replaced in the instant between the check and the rename: look again.
        return refused ? refused : std::optional<Look>(look());
    }
    identity_ = file.written();
    digest_ = sha256_digest(bytes);
    return std::nullopt;
}

void TrackedFile::adopt(std::string_view bytes) {
    const auto entry = look_at(file_);
    identity_ = entry.kind == DirectoryEntry::Kind::regular ? std::optional(entry.identity) : std::nullopt;
    digest_ = sha256_digest(bytes);
    // A link that changed is not followed to where it leads now: from here
    // on the file itself is what is edited.
    if (given_changed()) {
        given_link_.reset();
        given_ = file_;
    }
}

void TrackedFile::expect_nothing() {
    identity_.reset();
    digest_.clear();
}

} // namespace extramile
