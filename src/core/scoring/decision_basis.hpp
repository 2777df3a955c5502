// Decisions beside the comparison: which record counts for each candidate
// (sync engines copy files), what a decision made now would be based on,
// and whether the evidence changed after a decision was made final.
#pragma once

#include "core/model/decision.hpp"
#include "core/scoring/scoring.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace extramile {

// A decision record as found on disk.
struct DecisionFile {
    std::filesystem::path path;
    Decision decision;
    std::string digest; // "sha256:..." of the file's bytes as read
};

// The basis a decision made now would record: every scorecard that counts
// for the candidate, with its revision and digest.
std::vector<BasisEntry> basis_now(const CandidateResult& candidate);

// How what counts now differs from `basis`: basis scorecards gone or at
// another revision or with other bytes, and scorecards the basis does not name.
std::vector<BasisChange> basis_changes(const std::vector<BasisEntry>& basis, const CandidateResult& candidate);

// Of the records about one candidate, the one that counts, and what the
// others are: the highest revision of each record id (a sync engine's copy
// only when it holds more), then of several records the final one made
// last. Sentences about the others go to `warnings`; `conflict` is set when
// the choice is not clear-cut (two records, or two copies of one revision
// with different bytes, or a copy counted).
const DecisionFile* counted_decision(const std::vector<const DecisionFile*>& records,
                                     std::vector<std::string>& warnings, bool& conflict);

// Sets each candidate's `decision` from the records (matched by the
// candidate's key, as scorecards are grouped), with the flags
// "decided-on-changed-evidence" (a final decision whose basis no longer
// matches) and "sync-conflict" (see counted_decision). Records of another
// rubric are passed over; records of nobody compared are named in the warnings.
// Then sets the calibration's recommendation agreement from the final
// decisions to hire or not (calibration.hpp).
void attach_decisions(Comparison& comparison, const std::string& rubric_id, const std::vector<DecisionFile>& decisions);

} // namespace extramile
