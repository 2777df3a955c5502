#include "core/storage/overdue_drafts.hpp"

#include "core/base/timestamp.hpp"
#include "core/base/unicode_text.hpp"
#include "core/scoring/blind_review.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <optional>
#include <tuple>

namespace extramile {

namespace {

using TimePoint = std::chrono::system_clock::time_point;

// When the draft's clock started; nullopt when nothing tells.
std::optional<std::pair<TimePoint, bool>> clock_start(const ScorecardFile& file) {
    std::optional<TimePoint> latest;
    auto consider = [&](const std::string& text) {
        if (auto when = parse_timestamp(text); when && (!latest || *when > *latest))
            latest = *when;
    };
    consider(file.scorecard.started);
    for (const auto& event : file.scorecard.events)
        if (event.kind == "reopened")
            consider(event.at);
    if (latest)
        return std::pair{*latest, false};
    std::error_code error;
    const auto modified = std::filesystem::last_write_time(file.path(), error);
    if (error)
        return std::nullopt;
    return std::pair{std::chrono::time_point_cast<TimePoint::duration>(std::chrono::file_clock::to_sys(modified)),
                     true};
}

} // namespace

std::vector<OverdueDraft> overdue_drafts(const std::vector<ScorecardFile>& scorecards, int days, TimePoint now) {
    // The copy that stands for each scorecard id, as the comparison counts
    // it (stands_before). (A hash table of views of the ids: the order is
    // the sort's below, and a tree holding a copy of every id was most of
    // the time this took.)
    std::unordered_map<std::string_view, const ScorecardFile*> latest;
    latest.reserve(scorecards.size());
    for (const auto& file : scorecards) {
        auto& kept = latest[file.scorecard.id];
        if (!kept || stands_before(file, *kept))
            kept = &file;
    }
    std::vector<OverdueDraft> out;
    for (const auto& [id, file] : latest) {
        if (file->scorecard.submitted())
            continue;
        const auto start = clock_start(*file);
        if (!start)
            continue;
        const auto age = now - start->first;
        if (age <= std::chrono::days(days))
            continue;
        const auto& s = file->scorecard;
        out.push_back({s.interviewer, candidate_key(s), s.candidate_id, s.candidate_name, file->path(), start->first,
                       start->second, static_cast<int>(std::chrono::floor<std::chrono::days>(age).count())});
    }
    std::sort(out.begin(), out.end(), [](const OverdueDraft& a, const OverdueDraft& b) {
        return std::tuple(name_key(a.interviewer), a.candidate_key, a.file) <
               std::tuple(name_key(b.interviewer), b.candidate_key, b.file);
    });
    return out;
}

void make_blind(std::vector<OverdueDraft>& drafts, const std::string& secret) {
    for (auto& draft : drafts) {
        draft.candidate_id = draft.candidate_name = blind_code(draft.candidate_key, secret);
        draft.candidate_key = draft.candidate_id;
        draft.file.clear();
    }
    std::stable_sort(drafts.begin(), drafts.end(), [](const OverdueDraft& a, const OverdueDraft& b) {
        return std::pair(name_key(a.interviewer), a.candidate_key) < std::pair(name_key(b.interviewer), b.candidate_key);
    });
}

} // namespace extramile
