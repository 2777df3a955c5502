#include "core/scoring/ranking.hpp"

#include <cmath>

namespace extramile {

Standing standing_of(const CandidateResult& candidate) {
    Standing s;
    s.rated = candidate.total.has_value();
    s.complete = candidate.complete();
    if (candidate.total)
        s.total = std::llround(*candidate.total * 1e6);
    return s;
}

std::vector<int> competition_ranks(const std::vector<const CandidateResult*>& candidates) {
    std::vector<Standing> standings;
    standings.reserve(candidates.size());
    for (const auto* c : candidates)
        standings.push_back(standing_of(*c));
    return competition_ranks(standings);
}

std::vector<int> competition_ranks(const std::vector<Standing>& standings) {
    std::vector<int> ranks;
    ranks.reserve(standings.size());
    std::optional<Standing> previous;
    for (std::size_t i = 0; i < standings.size(); ++i) {
        const auto standing = standings[i];
        // In comparison order, a candidate is tied with the one before it
        // or stands behind everyone before it.
        if (previous && standing == *previous)
            ranks.push_back(ranks.back());
        else
            ranks.push_back(static_cast<int>(i) + 1);
        previous = standing;
    }
    return ranks;
}

std::vector<int> competition_ranks(const std::vector<CandidateResult>& candidates) {
    std::vector<const CandidateResult*> all;
    all.reserve(candidates.size());
    for (const auto& c : candidates)
        all.push_back(&c);
    return competition_ranks(all);
}

} // namespace extramile
