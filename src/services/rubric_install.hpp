// Adding a rubric someone dropped on a window (or handed to the program) to
// the user's own rubric folder, checked first so a broken one is refused
// with its problems.
#pragma once

#include "core/base/file_error.hpp"
#include "core/model/rubric.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace extramile::services {

struct RubricInstall {
    enum class Outcome {
        added,         // copied to `target`
        already_there, // `target` holds the same bytes (or is the file itself)
        name_taken,    // `target` holds another file: asked again with replace = true to overwrite it
        invalid,       // the rubric has mistakes: `problems`
        no_home,       // there is no user folder to keep rubrics in
        failed,        // the copy could not be written: `problems`
    };
    Outcome outcome = Outcome::failed;
    std::filesystem::path target; // where the rubric is, or would go
    Rubric rubric;                // as read (for its title)
    std::vector<Problem> problems;
};

// Never overwrites another file of the same name unless `replace`.
RubricInstall install_rubric(const std::filesystem::path& rubric_file, bool replace);

} // namespace extramile::services
