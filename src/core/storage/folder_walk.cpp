#include "core/storage/folder_walk.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

void walk_folder(const fs::path& folder, const std::function<void(const fs::path&, int)>& on_file,
                 std::vector<Problem>& problems) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code entry_error; // a looping link must not stop the walk
        const bool folder_entry = it->is_directory(entry_error);
        if (it->path().filename().native().starts_with(fs::path::value_type('.'))) {
            if (folder_entry)
                it.disable_recursion_pending();
            continue;
        }
        if (!folder_entry)
            on_file(it->path(), it.depth());
    }
    if (error)
        problems.push_back({folder.string(), 0, "could not read the folder: " + error.message()});
}

void sort_once(std::vector<fs::path>& files) {
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
}

} // namespace extramile
