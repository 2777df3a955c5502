#include "core/storage/retention.hpp"

#include "core/base/timestamp.hpp"

#include <map>

namespace extramile {

namespace {

using TimePoint = std::chrono::system_clock::time_point;

TimePoint last_activity(const ScorecardFile& file) {
    std::optional<TimePoint> latest;
    auto consider = [&](const std::string& text) {
        if (auto when = parse_timestamp(text); when && (!latest || *when > *latest))
            latest = when;
    };
    consider(file.scorecard.started);
    consider(file.scorecard.ended);
    for (const auto& event : file.scorecard.events)
        consider(event.at);
    if (latest)
        return *latest;
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(file.path, error);
    if (error)
        return TimePoint::max(); // unknown: never old enough to remove
    return std::chrono::time_point_cast<TimePoint::duration>(std::chrono::file_clock::to_sys(modified));
}

} // namespace

std::vector<ExpiredCandidate> expired_candidates(const std::vector<ScorecardFile>& scorecards, int days,
                                                 TimePoint now) {
    std::map<std::string, ExpiredCandidate> by_key;
    for (const auto& file : scorecards) {
        const auto key = candidate_key(file.scorecard);
        auto [it, added] = by_key.try_emplace(key);
        auto& candidate = it->second;
        const auto when = last_activity(file);
        if (added || when > candidate.last_activity) {
            candidate.last_activity = when;
            candidate.name = file.scorecard.candidate_name;
        }
        candidate.key = key;
        candidate.files.push_back(file.path);
    }
    const auto cutoff = now - std::chrono::days(days);
    std::vector<ExpiredCandidate> expired;
    for (auto& [key, candidate] : by_key)
        if (candidate.last_activity < cutoff)
            expired.push_back(std::move(candidate));
    return expired;
}

} // namespace extramile
