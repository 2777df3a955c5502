#include "core/storage/compared_files.hpp"

#include "core/storage/decision_folder.hpp"
#include "core/storage/folder_walk.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/xml/file_kind.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

ComparedFiles list_compared_files(const std::vector<fs::path>& paths, std::vector<Problem>& problems) {
    ComparedFiles out;
    for (const auto& path : paths) {
        auto& rubrics = out.rubrics.emplace_back();
        std::error_code error;
        if (fs::is_directory(path, error)) {
            walk_folder(
                path,
                [&](fs::path& file, const std::string& name, int depth) {
                    // As the readers of each kind find them: a file read as
                    // a scorecard by its content may be named like a
                    // decision too (both read it, and the one it is not says
                    // why).
                    const bool scorecard = is_scorecard_in_folder(file, name);
                    if (is_decision_in_folder(name)) {
                        if (scorecard)
                            out.scorecards.push_back(file.native());
                        out.decisions.push_back(std::move(file));
                    } else if (scorecard) {
                        out.scorecards.push_back(file.native());
                    } else if (depth == 0 && is_rubric_name(name)) {
                        rubrics.push_back(std::move(file));
                    }
                },
                problems);
            std::sort(rubrics.begin(), rubrics.end());
        } else if (kind_from_name(path) == FileKind::decision) {
            out.decisions.push_back(path);
        } else {
            out.scorecards.push_back(path.native());
        }
    }
    sort_once(out.scorecards);
    sort_once(out.decisions);
    return out;
}

} // namespace extramile
