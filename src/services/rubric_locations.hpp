// Where rubrics are found (the user's folders first, then the bundled
// ones) and which rubric goes with a scorecard.
#pragma once

#include "core/storage/rubric_library.hpp"
#include "core/model/scorecard.hpp"

#include <filesystem>
#include <initializer_list>
#include <vector>

namespace extramile::services {

// In order: each folder of $EXTRAMILE_RUBRIC_PATH (separated as PATH is:
// colons, semicolons on Windows), the user's rubric folder, then the bundled
// rubrics (next to the installed program, else the source tree when run from
// a build).
std::vector<std::filesystem::path> rubric_folders();

// Where the user drops their own rubrics: extramile/rubrics in the user's
// data folder ($XDG_DATA_HOME or ~/.local/share; %LOCALAPPDATA% on Windows),
// empty when there is none.
std::filesystem::path user_rubric_folder();

// The folder of the rubrics shipped with the program.
std::filesystem::path bundled_rubric_folder();

// A library of every rubric in rubric_folders(), plus `extra` folders first.
RubricLibrary load_rubric_library(const std::vector<std::filesystem::path>& extra = {});

// The one rule for which rubric goes with a scorecard, whoever asks (the
// app opening it, `print`, `validate`, `compare`): the rubric whose digest
// the scorecard recorded, in whichever library; else the first with its id
// and version; else the first with its id. Libraries are searched in the
// order given, so pass the rubrics beside the scorecard (a shared folder may
// carry its rubric) before the known ones. nullptr when none has it.
const RubricEntry* rubric_for(const RubricRef& ref, std::initializer_list<const RubricLibrary*> libraries);

// The rubrics kept in a scorecard's own folder.
RubricLibrary rubrics_beside(const std::filesystem::path& scorecard);

} // namespace extramile::services
