#include "scorecard_folder.hpp"

#include "file_kind.hpp"
#include "scorecard_xml.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) { return p.filename().string().starts_with('.'); }

void list_folder(const fs::path& folder, std::vector<fs::path>& files, std::vector<Problem>& problems) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (hidden(it->path())) {
            if (it->is_directory())
                it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file() && is_scorecard_file(it->path()))
            files.push_back(it->path());
    }
    if (error)
        problems.push_back({folder.string(), 0, "could not read the folder: " + error.message()});
}

} // namespace

LoadedScorecards load_scorecards(const std::vector<fs::path>& paths) {
    LoadedScorecards out;
    std::vector<fs::path> files;
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error))
            list_folder(path, files, out.problems);
        else
            files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    for (const auto& file : files) {
        try {
            out.scorecards.push_back({file, read_scorecard(file)});
        } catch (const FileError& e) {
            out.problems.insert(out.problems.end(), e.problems().begin(), e.problems().end());
        }
    }
    return out;
}

} // namespace extramile
