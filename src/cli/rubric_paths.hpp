// Where rubrics are found: the user's folders first, then the bundled ones.
#pragma once

#include "core/rubric_library.hpp"

#include <filesystem>
#include <vector>

namespace extramile::cli {

// In order: each folder of $EXTRAMILE_RUBRIC_PATH (colon-separated), the
// user's $XDG_DATA_HOME/extramile/rubrics, then the bundled rubrics (next to
// the installed program, else the source tree when run from a build).
std::vector<std::filesystem::path> rubric_folders();

// Where the user drops their own rubrics: $XDG_DATA_HOME/extramile/rubrics
// (empty when neither XDG_DATA_HOME nor HOME is set).
std::filesystem::path user_rubric_folder();

// The folder of the rubrics shipped with the program.
std::filesystem::path bundled_rubric_folder();

// A library of every rubric in rubric_folders(), plus `extra` folders first.
RubricLibrary load_rubric_library(const std::vector<std::filesystem::path>& extra = {});

} // namespace extramile::cli
