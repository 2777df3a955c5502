#include "core/scoring/rating_cells.hpp"

#include "core/scoring/scoring.hpp"

namespace extramile {

std::uint32_t RatingCells::rater(const std::string& name, NameKeys& keys_of) {
    const auto& key = keys_of(name);
    const auto [it, added] = index_.try_emplace(key, static_cast<std::uint32_t>(keys.size()));
    if (added) {
        keys.push_back(key);
        names.push_back(name);
        scorecards.push_back(0);
    }
    return it->second;
}

void RatingCells::add(const Rubric& rubric, const CandidateResult& c, NameKeys& keys_of) {
    firsts.push_back(static_cast<std::uint32_t>(cells()));
    for (const auto& recommendation : c.recommendations)
        ++scorecards[rater(recommendation.interviewer, keys_of)];
    for (std::size_t k = 0; k < rubric.competencies.size(); ++k) {
        const auto found = c.competencies.find(rubric.competencies[k].id);
        if (found == c.competencies.end())
            continue;
        const auto before = ratings.size();
        for (const auto& rating : found->second.ratings)
            if (rating.value)
                ratings.push_back({rater(rating.interviewer, keys_of), *rating.value});
        if (ratings.size() == before)
            continue;
        ends.push_back(static_cast<std::uint32_t>(ratings.size()));
        competency.push_back(static_cast<std::uint32_t>(k));
    }
}

std::span<const RatingCells::Rating> RatingCells::cell(std::size_t i) const {
    const std::size_t from = i == 0 ? 0 : ends[i - 1];
    return {ratings.data() + from, ends[i] - from};
}

std::vector<RatedTarget> RatingCells::targets(std::size_t competency_at, const std::vector<std::uint32_t>& order) const {
    std::vector<RatedTarget> out;
    for (const auto candidate : order) {
        const std::size_t end = candidate + 1 < firsts.size() ? firsts[candidate + 1] : cells();
        for (std::size_t i = firsts[candidate]; i < end; ++i) {
            if (competency[i] != competency_at)
                continue;
            RatedTarget target;
            for (const auto& r : cell(i))
                target.emplace_back(keys[r.rater], r.value);
            out.push_back(std::move(target));
        }
    }
    return out;
}

} // namespace extramile
