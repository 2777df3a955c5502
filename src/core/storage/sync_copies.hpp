// The copies sync engines make when two versions of a file meet, by the
// names they really give them. Every engine puts its marker before the last
// extension, so a copy of "ana-luca.scorecard.xml" does not end in
// ".scorecard.xml":
//   Syncthing           ana-luca.scorecard.sync-conflict-20261201-081323-4OPKA3A.xml
//                       (seen from a real Syncthing 1.19 pair: tests/sync)
//   Nextcloud, ownCloud ana-luca.scorecard (conflicted copy 2026-11-20 101010).xml
//                       ana-luca.scorecard (conflicted copy luca 2026-11-20 101010).xml
//   ownCloud (older)    ana-luca.scorecard_conflict-20261120-101010.xml
//   Dropbox             ana-luca.scorecard (Luca's conflicted copy 2026-11-20).xml
//                       ana-luca.scorecard (Luca's conflicted copy 2026-11-20 (1)).xml
//   OneDrive            ana-luca.scorecard-LAPTOP-3.xml (the machine's name appended)
//   Extra Mile itself   ana-luca.scorecard.kept-20261201-093000.xml (the version set aside
//                       when an interviewer chose between theirs and another)
// A scorecard is also known by its root element, so a copy an engine names
// in a way not listed here is still read (see scorecard_folder.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace extramile {

enum class SyncEngine { syncthing, nextcloud, owncloud, dropbox, onedrive, extramile, unknown };

struct SyncCopy {
    SyncEngine engine = SyncEngine::unknown;
    std::string original; // the name of the file it is a copy of ("ana-luca.scorecard.xml")
};

// What `file_name` is a copy of, when a sync engine made it; nullopt for an
// ordinary name. `kind` is the double extension of the files concerned
// (".scorecard" for scorecards, ".decision" for decision records).
std::optional<SyncCopy> sync_copy_of(std::string_view file_name, std::string_view kind = ".scorecard");

// "Syncthing", "Nextcloud", ... for messages; "a sync engine" when unknown.
const char* engine_name(SyncEngine engine);

} // namespace extramile
