#include "core/storage/folder_walk.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& path) { return path.filename().native().starts_with(fs::path::value_type('.')); }

void walk_folder(const fs::path& folder, const std::function<void(const fs::path&, int)>& on_file,
                 std::vector<Problem>& problems) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code entry_error; // a looping link must not stop the walk
        const bool folder_entry = it->is_directory(entry_error);
        if (is_hidden(it->path())) {
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

namespace {

bool is_separator(fs::path::value_type c) {
    return c == fs::path::value_type('/') || c == fs::path::preferred_separator;
}

// A path's text in which each run of separators is one character below all
// others, after a first one that says whether the path is rooted: plain
// strings compared so are ordered as paths are, component by component
// ("a/b" before "a-b"), and equal when the paths are ("a//b").
fs::path::string_type sort_key(const fs::path& path) {
    const auto& text = path.native();
    fs::path::string_type key;
    key.reserve(text.size() + 1);
    // Relative paths before rooted ones, as path's comparison has them.
    std::size_t i = 0;
    const bool rooted = !text.empty() && is_separator(text[0]);
    key.push_back(fs::path::value_type(rooted ? 2 : 1));
    while (rooted && i < text.size() && is_separator(text[i]))
        ++i;
    for (; i < text.size(); ++i) {
        if (!is_separator(text[i]))
            key.push_back(text[i]);
        else if (!is_separator(text[i - 1]))
            key.push_back(fs::path::value_type(0));
    }
    return key;
}

} // namespace

// Sorted by keys made once: std::filesystem::path compares component by
// component, parsing both paths at every comparison, and sorting 10,000
// paths that way took 20 ms of a comparison that takes 250.
void sort_once(std::vector<fs::path>& files) {
    std::vector<std::pair<fs::path::string_type, std::size_t>> keys;
    keys.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
        keys.emplace_back(sort_key(files[i]), i);
    std::sort(keys.begin(), keys.end());
    std::vector<fs::path> sorted;
    sorted.reserve(files.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (i == 0 || keys[i].first != keys[i - 1].first)
            sorted.push_back(std::move(files[keys[i].second]));
    files = std::move(sorted);
}

} // namespace extramile
