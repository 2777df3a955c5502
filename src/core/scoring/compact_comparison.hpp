// A comparison that keeps its scorecards as records (score_records.hpp) and
// makes each candidate's result when asked, so a comparison of 100,000
// scorecards never holds 100,000 scorecards' lists of ratings at once: what
// `extramile compare --format json` writes from, candidate by candidate.
// compare() (scoring.hpp) is this with every candidate made.
#pragma once

#include "core/scoring/decision_basis.hpp"
#include "core/scoring/ranking.hpp"
#include "core/scoring/score_records.hpp"
#include "core/scoring/scoring.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace extramile {

class CompactComparison {
public:
    // The candidates, ranked as Comparison::candidates are.
    std::size_t size() const { return order_.size(); }
    // The candidate at `rank_order` (0: the first), made from the records,
    // with its adjusted means and its decision when one is attached. Safe to
    // call from several threads at once.
    CandidateResult candidate(std::size_t rank_order) const;
    // Where each stands, for competition_ranks (ranking.hpp).
    const std::vector<Standing>& standings() const { return standings_; }

    // Every candidate made, in rank order, with the rest: compare()'s result.
    Comparison expand_all() const;
    // Attaches the decisions (decision_basis.hpp) to their candidates and
    // their warnings: only those candidates are made now, and kept.
    void attach(const std::string& rubric_id, const std::vector<DecisionFile>& decisions);

    std::map<std::string, PanelAgreement> agreement; // by competency id
    Calibration calibration;
    std::vector<std::string> warnings;

private:
    friend CompactComparison compare_compact(const Rubric&, const std::string&, ScoreRecords,
                                             const CompareOptions&);
    // A candidate's result from its records. For ranking (`file_warnings`
    // set, gaining what is said about a file with its record's place) the
    // files and the counted scorecards, which neither the standing nor the
    // calibration reads, are left out.
    CandidateResult make(std::size_t candidate, NameKeys& rater,
                         std::vector<std::pair<std::uint32_t, std::string>>* file_warnings) const;

    Rubric rubric_;
    std::string digest_;
    CompareOptions options_;
    ScoreRecords records_;
    std::vector<std::uint32_t> files_;       // records, candidate by candidate, each in file order
    std::vector<std::uint32_t> first_;       // candidate c's records: files_[first_[c] .. first_[c + 1])
    std::vector<std::string> keys_;          // each candidate's candidate_key(), in first-seen order
    std::set<std::string> conflicted_;       // scorecard ids whose copies disagree, or a copy counted
    std::vector<std::uint32_t> order_;       // candidates in rank order
    std::vector<Standing> standings_;        // of order_'s candidates
    std::map<std::uint32_t, CandidateResult> decided_; // candidates with a decision, made and kept
    std::map<std::string, std::optional<double>> offsets_; // severity_offsets(calibration)
};

// compare() (scoring.hpp) on records.
CompactComparison compare_compact(const Rubric& rubric, const std::string& rubric_digest, ScoreRecords records,
                                  const CompareOptions& options = {});

} // namespace extramile
