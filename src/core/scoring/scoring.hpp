// Scores as formats.md defines them: competency means, the 0-100 total,
// minimum bars, disagreement between interviewers, and panel agreement.
#pragma once

#include "core/scoring/calibration.hpp"
#include "core/scoring/panel_agreement.hpp"
#include "core/model/rubric.hpp"
#include "core/model/decision.hpp"
#include "core/model/scorecard.hpp"

#include <filesystem>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace extramile {

// A scorecard as found on disk.
struct ScorecardFile {
    // Where it was found, held once: the comparison's ratings and counted
    // scorecards share this copy (a copy made for them from each
    // scorecard's path was a seventh of the time of scoring 10,000).
    std::shared_ptr<const std::filesystem::path> file;
    const std::filesystem::path& path() const; // empty when not set
    void set_path(std::filesystem::path path);
    Scorecard scorecard;
    // A hash of the file's bytes (0: not known). Two copies of one revision
    // with different bytes are a conflict, even when only their notes differ
    // and the notes were not kept (ReadDetail::scores).
    std::size_t content_hash = 0;
    // "sha256:..." of the file's bytes (empty: not known), what a decision
    // records as its basis; set by add_digests (scorecard_folder.hpp) for
    // the candidates decisions concern.
    std::string digest{};
};

// Of two copies of one scorecard id (a sync engine's), whether `a` is the
// one that stands rather than `b`: the higher revision, then the original
// before a sync engine's copy, then the first path. The comparison counts
// the copy that stands and the overdue list names it (two rules, one of
// them without the copy check, could name a copy compare did not count).
bool stands_before(const ScorecardFile& a, const ScorecardFile& b);

struct InterviewerRating {
    std::string interviewer;
    std::optional<int> value; // nullopt: "na"
    // The scorecard it comes from, one copy shared by all its ratings (a
    // path per rating was most of a big comparison's memory); null in blind review.
    std::shared_ptr<const std::filesystem::path> file;
};

struct CompetencyResult {
    std::optional<double> mean; // nullopt when no interviewer gave a rating
    std::vector<InterviewerRating> ratings; // submitted (or included) scorecards, in file order
    bool below_minimum = false; // mean < the competency's minimum
    bool minimum_not_assessed = false; // it has a minimum and no counted rating
    bool disagreement = false;  // max - min of ratings >= 40% of the scale range
    std::optional<int> spread;  // max - min of the counted ratings
    bool polarised = false;     // the panel holds both the lowest and the highest point
    // Points of the 0-100 total this competency brings (its term of the sum);
    // nullopt when it has no counted rating.
    std::optional<double> contribution;
    // The mean of (rating - the interviewer's severity offset), beside the
    // raw mean, never instead of it; nullopt when a counted rating's
    // interviewer has no offset (calibration.hpp).
    std::optional<double> adjusted_mean;
};

// A scorecard that counted for a candidate, as a decision's basis names it.
struct CountedScorecard {
    std::string id;
    long revision = 0;
    std::string digest; // of the file's bytes; empty when not known
    std::shared_ptr<const std::filesystem::path> file; // shared with its ratings; null in blind review
};

// How the scorecards counted now differ from a decision's basis.
struct BasisChange {
    enum class Kind {
        gone,    // a basis scorecard no longer counts (reopened, deleted, left out)
        changed, // it counts at another revision, or with other bytes
        added,   // a scorecard counts that the basis does not name
    };
    Kind kind = Kind::changed;
    std::string scorecard; // its id
    long then = 0;         // the revision in the basis (gone, changed)
    long now = 0;          // the revision counted now (changed, added)
    bool operator==(const BasisChange&) const = default;
};

// The decision recorded for a candidate (decision_basis.hpp attaches it).
struct CandidateDecision {
    DecisionStatus status = DecisionStatus::draft;
    std::optional<Outcome> outcome;
    std::string by;
    std::string at;
    long revision = 0;
    std::filesystem::path file;
    // For a final decision: how the evidence changed since (empty: it has not).
    std::vector<BasisChange> changes;
    bool is_final() const { return status == DecisionStatus::final; }
};

// One interviewer's overall recommendation for the candidate.
struct InterviewerRecommendation {
    std::string interviewer;
    std::optional<Recommendation> value; // nullopt: the scorecard gives none
};

struct CandidateResult {
    std::string key; // candidate_key(): what groups the scorecards
    std::string id;
    std::string name;
    std::string role;
    std::vector<std::string> interviewers; // those whose scorecards counted
    std::optional<double> total;           // 0-100; nullopt when nothing was rated
    // The total from the adjusted means; nullopt unless every competency
    // with a mean has an adjusted one.
    std::optional<double> adjusted_total;
    // Share of the rubric's weight held by competencies with at least one
    // counted rating (0 to 1). Below 1: "incomplete", ranked after the complete.
    double coverage = 0;
    std::map<std::string, CompetencyResult> competencies; // by competency id, every rubric competency
    std::vector<InterviewerRecommendation> recommendations; // of the counted scorecards, in file order
    std::array<int, 4> recommendation_counts{}; // by Recommendation: strong-no, no, yes, strong-yes
    std::optional<int> largest_spread;          // the largest spread of any competency
    // Plain flags: "incomplete", "minimum-not-assessed", "below-minimum",
    // "disagreement", "split-recommendation", "drafts-excluded",
    // "drafts-included", "sync-conflict" (a sync engine's copy decided a
    // score, or two copies of one revision differ), "rubric-changed" (digest
    // differs), "rubric-unverified" (no digest), and once decisions are
    // attached "decided-on-changed-evidence".
    std::vector<std::string> flags;
    int drafts_excluded = 0;
    int drafts_included = 0;
    std::vector<CountedScorecard> counted; // the scorecards that counted, in file order
    std::optional<CandidateDecision> decision; // nullopt: none recorded


    // The files of the scorecards that counted, in file order (empty in
    // blind review: file names often carry the candidate's name). Made from
    // `counted`, which holds each once (a second copy of every path was a
    // tenth of a big comparison's memory).
    std::vector<std::filesystem::path> files() const;
    bool complete() const; // full coverage, and every minimum assessed
    bool has_flag(const std::string& flag) const;
};

struct CompareOptions {
    bool include_drafts = false;
};

struct Comparison {
    // Complete candidates first, then the incomplete; each group by total,
    // highest first; unrated last.
    std::vector<CandidateResult> candidates;
    std::map<std::string, PanelAgreement> agreement; // by competency id
    Calibration calibration; // per interviewer, over every candidate compared
    std::vector<std::string> warnings; // plain sentences: skipped files, other rubrics, duplicates
};

// The disagreement threshold on a scale: 40% of its range.
bool is_disagreement(const Scale& scale, int lowest, int highest);

// The 0-100 total from competency means, as formats.md defines it:
// 100 * sum(w_c * (m_c - min) / (max - min)) / sum(w_c) over the competencies
// that have a mean. The raw total and the adjusted one are both made here.
struct WeightedTotal {
    std::optional<double> total; // nullopt when no competency has a mean
    double rated_weight = 0;     // sum(w_c) over the competencies with a mean
    // Each competency's term of the sum (points of the total), by id.
    std::map<std::string, double> contributions;
};
// `means` by competency id; a competency missing from it, or nullopt, has no mean.
WeightedTotal weighted_total(const Rubric& rubric, const std::map<std::string, std::optional<double>>& means);

// `rubric_digest` is the digest of `rubric` ("sha256:..."), used to mark
// scorecards scored against another version of it. Scorecards of another
// rubric id are left out with a warning. When one scorecard id appears more
// than once (copies made by a sync engine), the highest revision counts.
Comparison compare(const Rubric& rubric, const std::string& rubric_digest,
                   const std::vector<ScorecardFile>& scorecards, const CompareOptions& options = {});

} // namespace extramile
