#include "services/scorecard_store.hpp"

#include "core/base/utf8_path.hpp"
#include "core/base/file_error.hpp"
#include "core/base/timestamp.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <algorithm>

namespace extramile::services {

namespace fs = std::filesystem;

ScorecardStore::ScorecardStore(TrackedFile file, const std::string& user)
    : file_(std::move(file)), user_(user), lock_(std::make_unique<ScorecardLock>(file_.file(), user)) {
    // Only the program that holds the lock may tidy: others may be saving.
    if (lock_->held())
        remove_leftover_temporaries(file_.file());
}

std::unique_ptr<ScorecardStore> ScorecardStore::open(const fs::path& path, const std::string& user,
                                                     Scorecard& scorecard) {
    std::string bytes;
    auto file = TrackedFile::open(path, bytes);
    scorecard = parse_scorecard(bytes, path.string());
    std::unique_ptr<ScorecardStore> store(new ScorecardStore(std::move(file), user.empty() ? scorecard.interviewer : user));
    store->id_ = scorecard.id;
    return store;
}

std::unique_ptr<ScorecardStore> ScorecardStore::create(const fs::path& path, const std::string& user,
                                                       Scorecard& scorecard) {
    std::unique_ptr<ScorecardStore> store(new ScorecardStore(TrackedFile::create(path), user));
    store->id_ = scorecard.id;
    const auto result = store->save(scorecard);
    if (result.kind == StoreSave::Kind::failed)
        throw FileError(path.string(), 0, result.failure);
    if (result.kind == StoreSave::Kind::conflict)
        throw FileError(path.string(), 0, "a file of this name appeared while the scorecard was being created; "
                                          "start the interview again");
    scorecard.revision = result.revision;
    return store;
}

bool ScorecardStore::take_over_lock() {
    const bool held = lock_->take_over();
    if (held)
        remove_leftover_temporaries(file_.file());
    return held;
}

bool ScorecardStore::retry_lock() {
    if (lock_->held())
        return true;
    lock_ = std::make_unique<ScorecardLock>(file_.file(), user_);
    if (lock_->held())
        remove_leftover_temporaries(file_.file());
    return lock_->held();
}

std::optional<Scorecard> ScorecardStore::reload() {
    auto look = file_.look();
    switch (look.change) {
    case TrackedFile::Change::none:
        return std::nullopt;
    case TrackedFile::Change::modified: {
        auto scorecard = parse_scorecard(look.bytes, file_.file().string());
        file_.adopt(look.bytes);
        id_ = scorecard.id;
        return scorecard;
    }
    case TrackedFile::Change::deleted:
    case TrackedFile::Change::link:
    case TrackedFile::Change::not_a_file:
    case TrackedFile::Change::link_changed:
        break;
    }
    throw FileError(file_.file().string(), 0,
                    "the scorecard file is gone or was replaced by something that is not a scorecard file");
}

DiskConflict ScorecardStore::conflict_from(TrackedFile::Look look) const {
    using Change = TrackedFile::Change;
    DiskConflict conflict;
    switch (look.change) {
    case Change::deleted: conflict.kind = DiskConflict::Kind::deleted; return conflict;
    case Change::link: conflict.kind = DiskConflict::Kind::link; return conflict;
    case Change::not_a_file: conflict.kind = DiskConflict::Kind::not_a_file; return conflict;
    case Change::link_changed: conflict.kind = DiskConflict::Kind::link_changed; return conflict;
    case Change::modified:
    case Change::none: break;
    }
    conflict.kind = DiskConflict::Kind::modified;
    conflict.theirs_bytes = std::move(look.bytes);
    try {
        conflict.theirs = parse_scorecard(conflict.theirs_bytes, file_.file().string());
        if (conflict.theirs->id != id_)
            conflict.kind = DiskConflict::Kind::other_scorecard;
    } catch (const FileError& e) {
        conflict.unreadable = describe(e.problems());
    }
    return conflict;
}

StoreSave ScorecardStore::save(const Scorecard& snapshot) {
    StoreSave result;
    if (snapshot.revision >= max_revision) {
        result.kind = StoreSave::Kind::failed;
        result.failure = "this scorecard has reached its last revision; save a copy of it as a new scorecard";
        return result;
    }
    Scorecard next = snapshot;
    ++next.revision;
    try {
        if (auto refused = file_.save(scorecard_to_xml(next), 0600)) {
            result.kind = StoreSave::Kind::conflict;
            result.conflict = conflict_from(std::move(*refused));
            return result;
        }
    } catch (const FileError& e) {
        result.kind = StoreSave::Kind::failed;
        result.failure = e.problems().empty() ? e.what() : e.problems().front().message;
        return result;
    }
    result.revision = next.revision;
    return result;
}

std::optional<DiskConflict> ScorecardStore::look() {
    try {
        auto look = file_.look();
        if (look.change == TrackedFile::Change::none)
            return std::nullopt;
        return conflict_from(std::move(look));
    } catch (const FileError& e) {
        // Changed, but not readable now (half-synced, being replaced).
        DiskConflict conflict;
        conflict.unreadable = describe(e.problems());
        return conflict;
    }
}

fs::path ScorecardStore::kept_copy(const std::string& bytes) const {
    auto stem = file_.file().filename().string();
    if (stem.ends_with(".scorecard.xml"))
        stem.resize(stem.size() - 4); // keep ".scorecard": compare knows the copy as one
    auto stamp = now_iso_utc(); // 2026-12-01T09:30:00Z -> 20261201-093000
    std::erase(stamp, '-');
    std::erase(stamp, ':');
    std::erase(stamp, 'Z');
    std::replace(stamp.begin(), stamp.end(), 'T', '-');
    for (int n = 1; n < 100; ++n) {
        const auto name = stem + ".kept-" + stamp + (n > 1 ? "-" + std::to_string(n) : "") + ".xml";
        auto copy = TrackedFile::create(file_.file().parent_path() / path_from_utf8(name));
        if (!copy.save(bytes, 0600))
            return copy.file();
    }
    throw FileError(file_.file().string(), 0, "no free name for a copy beside the scorecard");
}

fs::path ScorecardStore::keep_theirs_as_copy(const DiskConflict& conflict) {
    fs::path copy;
    if (conflict.kind == DiskConflict::Kind::modified || conflict.kind == DiskConflict::Kind::other_scorecard) {
        if (!conflict.theirs_bytes.empty())
            copy = kept_copy(conflict.theirs_bytes);
        file_.adopt(conflict.theirs_bytes);
    } else if (conflict.kind == DiskConflict::Kind::deleted) {
        file_.expect_nothing();
    }
    return copy;
}

fs::path ScorecardStore::keep_mine_as_copy(const Scorecard& mine, const DiskConflict& conflict) {
    const auto copy = kept_copy(scorecard_to_xml(mine));
    file_.adopt(conflict.theirs_bytes);
    return copy;
}

} // namespace extramile::services
