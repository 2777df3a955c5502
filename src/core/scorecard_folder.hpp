// Reading the scorecards of a folder (and below it) or of given files, as HR
// points compare at a shared folder a sync engine fills.
#pragma once

#include "file_error.hpp"
#include "scorecard_xml.hpp"
#include "scoring.hpp"

#include <filesystem>
#include <vector>

namespace extramile {

struct LoadedScorecards {
    std::vector<ScorecardFile> scorecards; // sorted by path
    std::vector<Problem> problems;         // files that could not be read, with why
};

// Folders are searched recursively for *.scorecard.xml; hidden files and
// folders (temporary files of a save in progress, .git) are passed over.
// Files named explicitly are read whatever their name. Files are read and
// parsed on every core (`threads` 0: as many as the machine has); the result
// does not depend on how many.
LoadedScorecards load_scorecards(const std::vector<std::filesystem::path>& paths,
                                 ReadDetail detail = ReadDetail::everything, unsigned threads = 0);

} // namespace extramile
