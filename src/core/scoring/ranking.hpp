// Where each candidate stands, as formats.md ranks them: rated before
// unrated, complete before incomplete, then by total. Candidates who stand
// alike are tied and share a rank (1, 2, 2, 4): a table that numbered them
// 1, 2, 3 by name told HR that one was ahead of the other when the evidence
// says nothing of the kind.
#pragma once

#include "core/scoring/scoring.hpp"

#include <compare>
#include <cstdint>
#include <vector>

namespace extramile {

struct Standing {
    bool rated = false;
    bool complete = false;
    // The total in millionths of a point: totals that differ only in the
    // last bits of their arithmetic (the same ratings summed in another
    // order) stand alike.
    std::int64_t total = 0;
    // Greater stands ahead.
    auto operator<=>(const Standing&) const = default;
};

Standing standing_of(const CandidateResult& candidate);

// The rank of each of `candidates`, given in comparison order (all of a
// comparison's, or those a filter shows): one more than the number of them
// that stand strictly ahead.
std::vector<int> competition_ranks(const std::vector<const CandidateResult*>& candidates);
std::vector<int> competition_ranks(const std::vector<CandidateResult>& candidates);
std::vector<int> competition_ranks(const std::vector<Standing>& standings);

} // namespace extramile
