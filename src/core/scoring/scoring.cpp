#include "core/scoring/scoring.hpp"

#include "core/scoring/compact_comparison.hpp"
#include "core/scoring/score_records.hpp"

#include <algorithm>
#include <map>

namespace extramile {

bool stands_before(const ScorecardFile& a, const ScorecardFile& b) {
    return stands_before(a.scorecard.revision, a.path(), b.scorecard.revision, b.path());
}

const std::filesystem::path& ScorecardFile::path() const {
    static const std::filesystem::path none;
    return file ? *file : none;
}

void ScorecardFile::set_path(std::filesystem::path path) {
    file = std::make_shared<const std::filesystem::path>(std::move(path));
}

std::vector<std::filesystem::path> CandidateResult::files() const {
    std::vector<std::filesystem::path> out;
    for (const auto& s : counted)
        if (s.file)
            out.push_back(*s.file);
    return out;
}

bool CandidateResult::complete() const {
    return coverage >= 1.0 - 1e-9 &&
           std::none_of(competencies.begin(), competencies.end(),
                        [](const auto& entry) { return entry.second.minimum_not_assessed; });
}

bool CandidateResult::has_flag(const std::string& flag) const {
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

bool is_disagreement(const Scale& scale, int lowest, int highest) {
    // 40% of the range, in integers: 10 * spread >= 4 * range.
    return 10 * (highest - lowest) >= 4 * (scale.max - scale.min);
}

WeightedTotal weighted_total(const Rubric& rubric, const std::map<std::string, std::optional<double>>& means) {
    const double range = rubric.scale.max - rubric.scale.min;
    WeightedTotal result;
    double weighted = 0;
    for (const auto& competency : rubric.competencies) {
        const auto found = means.find(competency.id);
        if (found == means.end() || !found->second)
            continue;
        weighted += competency.weight * (*found->second - rubric.scale.min) / range;
        result.rated_weight += competency.weight;
    }
    if (result.rated_weight > 0) {
        result.total = 100.0 * weighted / result.rated_weight;
        for (const auto& competency : rubric.competencies)
            if (const auto found = means.find(competency.id); found != means.end() && found->second)
                result.contributions[competency.id] = 100.0 * competency.weight *
                                                      (*found->second - rubric.scale.min) / range /
                                                      result.rated_weight;
    }
    return result;
}

Comparison compare(const Rubric& rubric, const std::string& rubric_digest,
                   const std::vector<ScorecardFile>& scorecards, const CompareOptions& options) {
    return compare_compact(rubric, rubric_digest, records_of(scorecards), options).expand_all();
}

} // namespace extramile
