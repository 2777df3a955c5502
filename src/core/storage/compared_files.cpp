#include "core/storage/compared_files.hpp"

#include "core/storage/folder_walk.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/xml/file_kind.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

namespace {

void sort_unique(std::vector<fs::path>& files) {
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
}

} // namespace

ComparedFiles list_compared_files(const std::vector<fs::path>& paths, std::vector<Problem>& problems) {
    ComparedFiles out;
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> rubrics;
            walk_folder(
                path,
                [&](const fs::path& file, int depth) {
                    if (is_scorecard_file(file))
                        out.scorecards.push_back(file);
                    else if (is_decision_file(file))
                        out.decisions.push_back(file);
                    else if (is_scorecard_in_folder(file)) // by its content
                        out.scorecards.push_back(file);
                    else if (depth == 0 && is_rubric_file(file))
                        rubrics.push_back(file);
                },
                problems);
            std::sort(rubrics.begin(), rubrics.end());
            out.rubrics.insert(out.rubrics.end(), rubrics.begin(), rubrics.end());
        } else if (kind_from_name(path) == FileKind::decision) {
            out.decisions.push_back(path);
        } else {
            out.scorecards.push_back(path);
        }
    }
    sort_unique(out.scorecards);
    sort_unique(out.decisions);
    return out;
}

} // namespace extramile
