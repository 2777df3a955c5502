// The decision records of a folder (and below it), one per candidate beside
// the scorecards, and the name a new one is given.
#pragma once

#include "core/base/file_error.hpp"
#include "core/scoring/decision_basis.hpp"

#include <filesystem>
#include <string_view>
#include <vector>

namespace extramile {

struct LoadedDecisions {
    std::vector<DecisionFile> decisions; // sorted by path
    std::vector<Problem> problems;       // files that could not be read, with why
};

// Folders are searched recursively for *.decision.xml and sync engines'
// copies of them (sync_copies.hpp), hidden files and folders passed over;
// files named are read when named like a decision record (a scorecard named
// is not one).
LoadedDecisions load_decisions(const std::vector<std::filesystem::path>& paths);
// Whether a file found in a folder is read as a decision record: named like
// one (or a sync engine's copy of one), and not named as a scorecard.
// `name`: the file's name (UTF-8), as the folder walk gives it.
bool is_decision_in_folder(std::string_view name);
// The same for files already found (compared_files.hpp), in their order.
LoadedDecisions read_decisions(const std::vector<std::filesystem::path>& files);

// "<candidate>[--<id>].decision.xml": the candidate's name (else id) in
// readable words, and the id when there is one, so that two people of one
// name never share a record.
std::filesystem::path decision_file_name(const Decision& decision);

} // namespace extramile
