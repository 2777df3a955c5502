// A comparison as HR asks for it, from paths to scores: read the
// scorecards, find the rubric they were scored with, score them. Shared by
// `extramile compare` and the app's compare view.
#pragma once

#include "core/base/file_error.hpp"
#include "core/storage/decision_folder.hpp"
#include "core/storage/rubric_library.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/scoring/compact_comparison.hpp"
#include "core/scoring/scoring.hpp"

#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace extramile::services {

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
    std::vector<DecisionFile> decisions; // the decision records found beside them
    std::vector<Problem> problems; // files that could not be read (also among the warnings)
    Comparison comparison;
};

// Why nothing could be compared, as a value: each front end says it in its
// own words and language.
struct ComparisonFailure {
    enum class Reason {
        no_scorecards,    // no scorecard could be read; `problems` says why each file failed
        rubric_not_found, // `rubric` is neither a file nor a known id; `searched` lists the folders
        rubric_broken,    // the rubric file named has mistakes: `problems`
        cancelled,        // stopped on request (LoadControl::cancel)
    };
    Reason reason = Reason::no_scorecards;
    std::string rubric;
    std::vector<std::filesystem::path> searched;
    std::vector<Problem> problems;
};

class ComparisonFailed : public std::runtime_error {
public:
    explicit ComparisonFailed(ComparisonFailure failure);
    const ComparisonFailure& failure() const noexcept { return failure_; }

private:
    ComparisonFailure failure_;
};

// Rubrics kept beside the scorecards (a shared folder) come before the
// user's and the bundled ones. Throws ComparisonFailed.
ComparisonRun run_comparison(const ComparisonRequest& request);

// A comparison of a big folder as `extramile compare --format json` writes
// it: the scorecards read as records and not kept (score_records.hpp), each
// candidate made when asked (compact_comparison.hpp), the decisions
// attached and the problems among the warnings, as run_comparison gives them.
struct CompactRun {
    RubricEntry rubric;
    std::vector<ScorecardFile> drafts; // what the overdue list reads (LoadedRecords::drafts)
    std::vector<Problem> problems;     // files that could not be read (also among the warnings)
    CompactComparison comparison;
};
// The same comparison as run_comparison(request) (without `on_part` or
// notes: both are for a window). Throws ComparisonFailed.
CompactRun run_compact_comparison(const ComparisonRequest& request);

// Scores the scorecards of `run` again, e.g. with drafts counted or not,
// and attaches the decisions to their candidates.
void rescore(ComparisonRun& run, bool include_drafts);

} // namespace extramile::services
