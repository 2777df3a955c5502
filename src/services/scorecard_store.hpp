// A scorecard open for editing, on disk: the file (a link followed once, at
// open), its lock, and every read and write of it, each outcome a value.
// Saves replace only the version last seen (TrackedFile); what the disk
// holds otherwise comes back as a DiskConflict, and when the user chooses,
// the version set aside is kept as a copy beside the scorecard, so both
// versions are always kept. Not thread-safe: the window runs its calls one
// at a time on a WorkQueue.
#pragma once

#include "services/interview_session.hpp"

#include "core/storage/scorecard_lock.hpp"
#include "core/storage/tracked_file.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace extramile::services {

struct StoreSave {
    enum class Kind { saved, conflict, failed };
    Kind kind = Kind::saved;
    long revision = 0;                   // saved: the revision now on disk
    std::optional<DiskConflict> conflict; // conflict: what stopped it
    std::string failure;                 // failed: what went wrong, as a sentence
};

class ScorecardStore {
public:
    // Reads and checks the scorecard at `path`, and takes its lock (keyed by
    // the file itself: through a link or not, one lock); when the lock is
    // held, removes what killed saves left. `user` names the holder in the
    // lock (empty: the scorecard's interviewer). Throws FileError.
    static std::unique_ptr<ScorecardStore> open(const std::filesystem::path& path, const std::string& user,
                                                Scorecard& scorecard);
    // Creates the file of a new scorecard (never over another) and takes its lock.
    static std::unique_ptr<ScorecardStore> create(const std::filesystem::path& path, const std::string& user,
                                                  Scorecard& scorecard);

    const std::filesystem::path& path() const { return file_.given(); }
    const std::filesystem::path& file() const { return file_.file(); }
    const ScorecardLock& lock() const { return *lock_; }
    // A person confirmed: whatever lock is there is taken over.
    bool take_over_lock();
    // Tries again to take the lock as at open (its holder may have closed it).
    bool retry_lock();
    // What the file holds now, when it changed since it was read (after a
    // read-only while: the other program's saves), built on from now on.
    // Throws FileError when it does not read.
    std::optional<Scorecard> reload();

    // Writes `snapshot` with the next revision, only over the version last seen.
    StoreSave save(const Scorecard& snapshot);
    // What the disk holds, when it is not the version last seen.
    std::optional<DiskConflict> look();

    // Resolving (the session says which): the version set aside is kept as
    // a copy beside the scorecard ("NAME.scorecard.kept-20261201-093000.xml",
    // counted once by compare), then what is on disk is built on. Return the
    // copy made (empty when there was nothing to keep).
    std::filesystem::path keep_theirs_as_copy(const DiskConflict& conflict);
    std::filesystem::path keep_mine_as_copy(const Scorecard& mine, const DiskConflict& conflict);
    // After a deletion: the next save makes the file anew.
    void make_anew() { file_.expect_nothing(); }

private:
    ScorecardStore(TrackedFile file, const std::string& user);
    DiskConflict conflict_from(TrackedFile::Look look) const;
    std::filesystem::path kept_copy(const std::string& bytes) const;

    TrackedFile file_;
    std::string user_;
    std::unique_ptr<ScorecardLock> lock_;
    std::string id_; // the scorecard's id: another id under the name is another scorecard
};

} // namespace extramile::services
