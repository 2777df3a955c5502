// Walking a folder HR points compare at, and every folder below it, the
// one way every reader of such a folder does: hidden files and folders
// (temporary files of a save in progress, .git, the blind-review key) are
// passed over, a folder below that may not be entered is skipped, a link
// to a folder is not followed (a looping one cannot stop the walk), and a
// folder that cannot be read is a problem.
#pragma once

#include "core/base/file_error.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace extramile {

// Whether a file or folder is hidden (its name starts with a dot), as every
// reader of a folder passes such over: by its path, or by its name as a
// folder listing gives it.
bool is_hidden(const std::filesystem::path& path);
bool is_hidden_name(std::basic_string_view<std::filesystem::path::value_type> name);

// Called with every entry that is not a folder: its path (which the
// visitor may move from), its name as UTF-8 text, and how deep it is (0:
// directly in the folder walked).
using WalkVisitor = std::function<void(std::filesystem::path& file, const std::string& name, int depth)>;
void walk_folder(const std::filesystem::path& folder, const WalkVisitor& on_file, std::vector<Problem>& problems);

// Files found by walks (and named), sorted by path and each once.
void sort_once(std::vector<std::filesystem::path>& files);
void sort_once(std::vector<std::filesystem::path::string_type>& files);

} // namespace extramile
