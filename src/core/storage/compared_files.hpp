// The files a comparison reads from the folders and files HR names, found
// in one walk of each folder: scorecards, decision records and the rubrics
// kept beside them (a folder of 10,000 scorecards was walked three times,
// once for each kind).
#pragma once

#include "core/base/file_error.hpp"

#include <filesystem>
#include <vector>

namespace extramile {

struct ComparedFiles {
    // Sorted by path, each file once.
    // As list_scorecards (scorecard_folder.hpp) finds them, each path as its
    // text: a std::filesystem::path keeps a list of its parts beside its
    // text, four times the memory, which a listing of 100,000 files felt.
    std::vector<std::filesystem::path::string_type> scorecards;
    std::vector<std::filesystem::path> decisions;  // as load_decisions (decision_folder.hpp) finds them
    // For each path named, in order: the rubric files directly in it (not
    // below it), sorted, as RubricLibrary::add_folder finds them; none for
    // a file named.
    std::vector<std::vector<std::filesystem::path>> rubrics;
};

// Folders are walked (folder_walk.hpp); a file named is a decision when
// named like one, else a scorecard, whatever its name. Folders that cannot
// be read are added to `problems`.
ComparedFiles list_compared_files(const std::vector<std::filesystem::path>& paths, std::vector<Problem>& problems);

} // namespace extramile
