// Walking a folder HR points compare at, and every folder below it, the
// one way every reader of such a folder does: hidden files and folders
// (temporary files of a save in progress, .git, the blind-review key) are
// passed over, a folder that cannot be entered is skipped, a looping link
// does not stop the walk, and a folder that cannot be read is a problem.
#pragma once

#include "core/base/file_error.hpp"

#include <filesystem>
#include <functional>
#include <vector>

namespace extramile {

// Whether a file or folder is hidden (its name starts with a dot), as every
// reader of a folder passes such over.
bool is_hidden(const std::filesystem::path& path);

// Calls `on_file` with every entry that is not a folder, and how deep it
// is (0: directly in `folder`).
void walk_folder(const std::filesystem::path& folder,
                 const std::function<void(const std::filesystem::path& file, int depth)>& on_file,
                 std::vector<Problem>& problems);

// Files found by walks (and named), sorted by path and each once.
void sort_once(std::vector<std::filesystem::path>& files);

} // namespace extramile
