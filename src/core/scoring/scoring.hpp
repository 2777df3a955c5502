// Scores as formats.md defines them: competency means, the 0-100 total,
// minimum bars, disagreement between interviewers, and panel agreement.
#pragma once

#include "core/scoring/panel_agreement.hpp"
#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace extramile {

// A scorecard as found on disk.
struct ScorecardFile {
    std::filesystem::path path;
    Scorecard scorecard;
    // A hash of the file's bytes (0: not known). Two copies of one revision
    // with different bytes are a conflict, even when only their notes differ
    // and the notes were not kept (ReadDetail::scores).
    std::size_t content_hash = 0;
};

struct InterviewerRating {
    std::string interviewer;
    std::optional<int> value; // nullopt: "na"
    std::filesystem::path file;
};

struct CompetencyResult {
    std::optional<double> mean; // nullopt when no interviewer gave a rating
    std::vector<InterviewerRating> ratings; // submitted (or included) scorecards, in file order
    bool below_minimum = false; // mean < the competency's minimum
    bool disagreement = false;  // max - min of ratings >= 40% of the scale range
};

struct CandidateResult {
    std::string key; // candidate_key(): what groups the scorecards
    std::string id;
    std::string name;
    std::string role;
    std::vector<std::string> interviewers; // those whose scorecards counted
    std::optional<double> total;           // 0-100; nullopt when nothing was rated
    std::map<std::string, CompetencyResult> competencies; // by competency id, every rubric competency
    // Plain flags: "below-minimum", "disagreement", "drafts-excluded",
    // "rubric-changed" (digest differs), "rubric-unverified" (no digest).
    std::vector<std::string> flags;
    int drafts_excluded = 0;
};

struct CompareOptions {
    bool include_drafts = false;
};

struct Comparison {
    std::vector<CandidateResult> candidates; // by total, highest first; unrated last
    std::map<std::string, PanelAgreement> agreement; // by competency id
    std::vector<std::string> warnings; // plain sentences: skipped files, other rubrics, duplicates
};

// The disagreement threshold on a scale: 40% of its range.
bool is_disagreement(const Scale& scale, int lowest, int highest);

// `rubric_digest` is the digest of `rubric` ("sha256:..."), used to mark
// scorecards scored against another version of it. Scorecards of another
// rubric id are left out with a warning. When one scorecard id appears more
// than once (copies made by a sync engine), the highest revision counts.
Comparison compare(const Rubric& rubric, const std::string& rubric_digest,
                   const std::vector<ScorecardFile>& scorecards, const CompareOptions& options = {});

} // namespace extramile
