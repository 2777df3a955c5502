// A comparison as HR asks for it, from paths to scores: read the
// scorecards, find the rubric they were scored with, score them. Shared by
// `extramile compare` and the app's compare view.
#pragma once

#include "core/file_error.hpp"
#include "core/rubric_library.hpp"
#include "core/scorecard_folder.hpp"
#include "core/scoring.hpp"

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace extramile::cli {

struct ComparisonRequest {
    std::vector<std::filesystem::path> paths; // folders (searched below) and scorecard files
    std::string rubric;                       // a rubric file or id; empty: the one most scorecards name
    bool include_drafts = false;
    bool with_notes = false; // keep the notes' text (the app shows them); scores need none
    LoadControl* control = nullptr; // progress and stopping, for a window
    // For a window that fills its table as files arrive: when set, the files
    // are read in parts of `part_size` and this is called (on the reading
    // thread) after each part but the last with the rubric chosen so far and
    // the comparison of the scorecards read so far.
    std::function<void(const RubricEntry&, const Comparison&)> on_part;
    std::size_t part_size = 200;
};

struct ComparisonRun {
    RubricEntry rubric;
    std::vector<ScorecardFile> scorecards;
    std::vector<Problem> problems; // files that could not be read (also among the warnings)
    Comparison comparison;
};

// Nothing could be compared: no scorecard was readable, or the rubric is not
// known. The message says what to do.
class ComparisonFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The reading was stopped on request (LoadControl::cancel).
class ComparisonCancelled : public ComparisonFailed {
public:
    ComparisonCancelled() : ComparisonFailed("stopped before all scorecards were read") {}
};

// Rubrics kept beside the scorecards (a shared folder) come before the
// user's and the bundled ones. Throws ComparisonFailed, or FileError when a
// rubric file named in the request is broken.
ComparisonRun run_comparison(const ComparisonRequest& request);

// Scores the scorecards of `run` again, e.g. with drafts counted or not.
void rescore(ComparisonRun& run, bool include_drafts);

} // namespace extramile::cli
