// Retention: candidates whose interviews are older than a period an
// organisation keeps personal data for, and so are to be removed.
#pragma once

#include "core/scoring/decision_basis.hpp"
#include "core/scoring/scoring.hpp"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace extramile {

struct ExpiredCandidate {
    std::string key;  // candidate_key()
    std::string name; // as the newest scorecard spells it
    std::chrono::system_clock::time_point last_activity;
    std::vector<std::filesystem::path> files; // every scorecard of the candidate
    std::vector<std::filesystem::path> decisions; // their decision records (sync copies included)
};

// A candidate's last activity is the latest time any of their scorecards
// records (session start and end, submit and reopen), or, when a scorecard
// records none, its file's modification time. A candidate expires when that
// is more than `days` days before `now`; one recent scorecard keeps them all.
// Decision records go with their candidate, and count as activity too
// (when decided, reopened); a record whose candidate has no scorecard left
// expires on its own dates.
std::vector<ExpiredCandidate> expired_candidates(const std::vector<ScorecardFile>& scorecards, int days,
                                                 std::chrono::system_clock::time_point now,
                                                 const std::vector<DecisionFile>& decisions = {});

} // namespace extramile
