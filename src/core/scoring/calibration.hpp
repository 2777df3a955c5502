// Interviewer calibration beyond the anchors: who rates everyone high, and
// by how much, once the candidates they saw are taken into account.
//
// The model is additive: rating = (candidate x competency) + interviewer +
// error. Each candidate-competency pair (a "cell") has its own level, so an
// interviewer is only compared with the others on the very cells they shared;
// the interviewer terms (the severity offsets) are fitted by least squares
// over the counted ratings and sum to zero over the interviewers fitted. A
// positive offset rates higher than the rest of the panel on the same
// candidates (lenient), a negative one lower (severe).
#pragma once

#include "core/model/rubric.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace extramile {

struct CandidateResult;
struct RatingCells;
class NameKeys;

enum class Severity { lenient, severe };

// Why an interviewer has no offset.
enum class OffsetGap {
    none,          // there is an offset
    no_ratings,    // every rating was "na" (or none was counted)
    alone,         // shared no rated competency of any candidate with another interviewer
    other_group,   // linked to others, but not to the interviewers whose offsets are given
};

struct InterviewerCalibration {
    std::string key;  // name_key(): one interviewer whatever the spelling
    std::string name; // as first written in the counted scorecards (candidates in the order first met)
    int scorecards = 0; // counted scorecards
    int ratings = 0;    // counted ratings ("na" left out)
    std::optional<double> mean; // of the counted ratings
    std::optional<double> sd;   // sample standard deviation (n - 1); nullopt below two ratings
    std::optional<double> offset;
    std::optional<double> standard_error; // of the offset, from the residual variance
    std::optional<std::pair<double, double>> offset_ci95; // offset -/+ t(0.975, df) * standard_error
    std::optional<Severity> flag; // the interval excludes 0 and |offset| >= 12.5% of the scale's range
    // The share of this interviewer's recommendations that matched the final
    // decision (add_recommendation_agreement); nullopt until decisions exist.
    std::optional<double> recommendation_agreement;
    int recommendations_decided = 0; // how many recommendations it was computed from
    OffsetGap gap = OffsetGap::none;
    // Interviewers linked to this one through shared candidates, itself
    // included: the size of its connected group.
    int group_size = 0;
};

struct Calibration {
    std::vector<InterviewerCalibration> interviewers; // by key, so the order never depends on files
    // The fitted group: the largest set of interviewers linked through
    // shared candidates (ties: the one with more ratings).
    int fitted_interviewers = 0;
    int fitted_ratings = 0;
    int fitted_cells = 0; // candidate x competency pairs of the fitted group
    int residual_df = 0;  // fitted ratings - cells - (interviewers - 1)
    std::optional<double> residual_sd; // nullopt without residual degrees of freedom
    double flag_threshold = 0;         // 12.5% of the scale's range, in points
};

// The flag threshold on a scale: 12.5% of its range (0.5 on 1-5).
double severity_threshold(const Scale& scale);

// Fits the offsets over the counted ratings of `candidates` (as compare()
// gathered them: submitted scorecards, or drafts when included; "na" left
// out). Two interviewers are linked when both rated the same competency of
// the same candidate; only the largest linked group is fitted (offsets of
// unlinked groups cannot be compared with it). Without residual degrees of
// freedom the offsets are given without interval or flag.
Calibration calibrate(const Rubric& rubric, const std::vector<CandidateResult>& candidates);
// The same from the counted ratings gathered cell by cell (rating_cells.hpp).
Calibration calibrate(const Rubric& rubric, const RatingCells& cells);

// Sets each competency's adjusted_mean (the mean of rating - offset) and
// each candidate's adjusted_total (from the adjusted means, as the total is
// from the means). Left unset where a counted rating's interviewer has no
// offset; the raw values are never touched.
void adjust_for_severity(const Rubric& rubric, const Calibration& calibration, std::vector<CandidateResult>& candidates);
// One candidate's, with the offsets by interviewer key (severity_offsets);
// `keys` makes the keys of the interviewers' names.
void adjust_for_severity(const Rubric& rubric, const std::map<std::string, std::optional<double>>& offsets,
                         NameKeys& keys, CandidateResult& candidate);
std::map<std::string, std::optional<double>> severity_offsets(const Calibration& calibration);

// The final decision on a candidate, as far as a recommendation can agree
// with it (a hold or a next stage agrees with nothing and is left out).
enum class HireOutcome { hire, no_hire };

// Sets recommendation_agreement: for every candidate with an outcome in
// `outcomes` (by CandidateResult::key), each counted recommendation agrees
// when it is yes or strong-yes and the outcome is hire, or no or strong-no
// and the outcome is no-hire. nullopt for an interviewer with no
// recommendation on a decided candidate.
void add_recommendation_agreement(Calibration& calibration, const std::vector<CandidateResult>& candidates,
                                  const std::map<std::string, HireOutcome>& outcomes);

} // namespace extramile
