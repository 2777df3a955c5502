#include "core/storage/file_identity.hpp"

#include <sys/stat.h>

namespace extramile {

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

} // namespace extramile
