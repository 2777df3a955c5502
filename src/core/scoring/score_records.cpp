#include "core/scoring/score_records.hpp"

#include "core/scoring/scoring.hpp"
#include "core/storage/sync_copies.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <limits>

namespace extramile {

std::uint32_t TextTable::add(std::string_view text) {
    if (const auto found = index_.find(text); found != index_.end())
        return found->second;
    const auto at = static_cast<std::uint32_t>(texts_.size());
    const auto& kept = texts_.emplace_back(text);
    index_.emplace(kept, at);
    return at;
}

std::optional<std::uint32_t> TextTable::find(std::string_view text) const {
    if (const auto found = index_.find(text); found != index_.end())
        return found->second;
    return std::nullopt;
}

std::optional<Recommendation> ScoreRecord::recommended() const {
    if (recommendation < 0)
        return std::nullopt;
    return static_cast<Recommendation>(recommendation);
}

void ScoreRecords::add(const Scorecard& s, std::filesystem::path::string_type file, std::size_t content_hash,
                       std::string digest) {
    auto& r = records.emplace_back();
    r.id = s.id;
    r.file = std::move(file);
    if (!digest.empty())
        digests[records.size() - 1] = std::move(digest);
    r.revision = s.revision;
    r.content_hash = content_hash;
    r.candidate_id = texts.add(s.candidate_id);
    r.candidate_name = texts.add(s.candidate_name);
    r.candidate_role = texts.add(s.candidate_role);
    r.interviewer = texts.add(s.interviewer);
    r.rubric_id = texts.add(s.rubric.id);
    r.rubric_version = texts.add(s.rubric.version);
    r.rubric_digest = texts.add(s.rubric.digest);
    r.ratings_from = static_cast<std::uint32_t>(ratings.size());
    // A scorecard names each competency once (the reader checks), so a
    // rubric's few competencies bound this; more are kept to the limit and
    // the rest would not fit any rubric anyway.
    const auto count = std::min<std::size_t>(s.ratings.size(), std::numeric_limits<std::uint16_t>::max());
    r.ratings_count = static_cast<std::uint16_t>(count);
    for (std::size_t i = 0; i < count; ++i)
        ratings.push_back({texts.add(s.ratings[i].competency), s.ratings[i].value});
    r.recommendation = s.recommendation ? static_cast<std::int8_t>(*s.recommendation) : std::int8_t{-1};
    r.submitted = s.submitted();
}

std::string ScoreRecords::candidate_key(const ScoreRecord& record) const {
    return extramile::candidate_key(texts[record.candidate_id], texts[record.candidate_name]);
}

const std::string& ScoreRecords::digest(std::size_t record) const {
    static const std::string none;
    const auto found = digests.find(record);
    return found == digests.end() ? none : found->second;
}

RubricRef ScoreRecords::rubric(const ScoreRecord& record) const {
    return {texts[record.rubric_id], texts[record.rubric_version], texts[record.rubric_digest]};
}

ScoreRecords records_of(const std::vector<ScorecardFile>& scorecards) {
    ScoreRecords out;
    out.records.reserve(scorecards.size());
    // An id whose copies do not all know their bytes' hash: every copy's
    // contents hashed too.
    std::unordered_map<std::string_view, std::pair<int, bool>> seen; // copies, one without a hash
    for (const auto& f : scorecards) {
        out.add(f.scorecard, f.path().native(), f.content_hash, f.digest);
        auto& [copies, unhashed] = seen[f.scorecard.id];
        ++copies;
        unhashed = unhashed || f.content_hash == 0;
    }
    for (std::size_t i = 0; i < scorecards.size(); ++i)
        if (const auto& [copies, unhashed] = seen[scorecards[i].scorecard.id]; copies > 1 && unhashed)
            out.contents_hashes[i] = std::hash<std::string>{}(scorecard_to_xml(scorecards[i].scorecard));
    return out;
}

bool stands_before(long a, const std::filesystem::path& a_file, long b, const std::filesystem::path& b_file) {
    if (a != b)
        return a > b;
    const bool a_copy = sync_copy_of(a_file.filename().string()).has_value();
    if (a_copy != sync_copy_of(b_file.filename().string()).has_value())
        return !a_copy;
    return a_file < b_file;
}

} // namespace extramile
