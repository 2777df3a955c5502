#include "core/storage/retention.hpp"

#include "core/base/timestamp.hpp"

#include <map>

namespace extramile {

namespace {

using TimePoint = std::chrono::system_clock::time_point;

// The latest of the times given, else the file's modification time.
TimePoint last_activity(const std::vector<std::string>& times, const std::filesystem::path& path) {
    std::optional<TimePoint> latest;
    for (const auto& text : times)
        if (auto when = parse_timestamp(text); when && (!latest || *when > *latest))
            latest = when;
    if (latest)
        return *latest;
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(path, error);
    if (error)
        return TimePoint::max(); // unknown: never old enough to remove
    return std::chrono::time_point_cast<TimePoint::duration>(std::chrono::file_clock::to_sys(modified));
}

} // namespace

std::vector<ExpiredCandidate> expired_candidates(const std::vector<ScorecardFile>& scorecards, int days,
                                                 TimePoint now, const std::vector<DecisionFile>& decisions) {
    std::map<std::string, ExpiredCandidate> by_key;
    for (const auto& file : scorecards) {
        const auto key = candidate_key(file.scorecard);
        auto [it, added] = by_key.try_emplace(key);
        auto& candidate = it->second;
        std::vector<std::string> times{file.scorecard.started, file.scorecard.ended};
        for (const auto& event : file.scorecard.events)
            times.push_back(event.at);
        const auto when = last_activity(times, file.path());
        if (added || when > candidate.last_activity) {
            candidate.last_activity = when;
            candidate.name = file.scorecard.candidate_name;
        }
        candidate.key = key;
        candidate.files.push_back(file.path());
    }
    for (const auto& file : decisions) {
        const auto key = candidate_key(file.decision);
        auto [it, added] = by_key.try_emplace(key);
        auto& candidate = it->second;
        std::vector<std::string> times{file.decision.decided_at};
        for (const auto& event : file.decision.events)
            times.push_back(event.at);
        const auto when = last_activity(times, file.path);
        if (added) {
            candidate.last_activity = when;
            candidate.name = file.decision.candidate_name.empty() ? file.decision.candidate_id
                                                                  : file.decision.candidate_name;
        } else if (when > candidate.last_activity) {
            candidate.last_activity = when;
        }
        candidate.key = key;
        candidate.decisions.push_back(file.path);
    }
    const auto cutoff = now - std::chrono::days(days);
    std::vector<ExpiredCandidate> expired;
    for (auto& [key, candidate] : by_key)
        if (candidate.last_activity < cutoff)
            expired.push_back(std::move(candidate));
    return expired;
}

} // namespace extramile
