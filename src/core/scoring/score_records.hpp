// Scorecards as scoring reads them, held compactly: what groups and orders
// them, the ratings and the recommendation, and each name once. A big
// comparison keeps these instead of its scorecards (a scorecard as parsed,
// even without its notes, is over a kilobyte with its lists and texts; a
// record is about a quarter of that), and the candidates' results are made
// from them when asked (compact_comparison.hpp).
#pragma once

#include "core/model/scorecard.hpp"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace extramile {

struct ScorecardFile;

// Texts each held once, by number (few names, many scorecards).
class TextTable {
public:
    TextTable() = default;
    // Moved, never copied: the index views the texts it holds (a deque's
    // elements stay where they are when it grows or moves).
    TextTable(TextTable&&) = default;
    TextTable& operator=(TextTable&&) = default;
    TextTable(const TextTable&) = delete;
    TextTable& operator=(const TextTable&) = delete;
    std::uint32_t add(std::string_view text);
    const std::string& operator[](std::uint32_t at) const { return texts_[at]; }
    // The number of a text, or none when it was never added.
    std::optional<std::uint32_t> find(std::string_view text) const;

private:
    std::deque<std::string> texts_; // a deque: the index's views stay valid as it grows
    std::unordered_map<std::string_view, std::uint32_t> index_;
};

struct ScoreRecord {
    std::string id;                                // the scorecard's id
    std::filesystem::path::string_type file;       // where it was found (empty: not known)
    long revision = 0;
    std::size_t content_hash = 0;                  // of its bytes (ScorecardFile::content_hash), 0: not known
    // Numbers in ScoreRecords::texts.
    std::uint32_t candidate_id = 0, candidate_name = 0, candidate_role = 0, interviewer = 0;
    std::uint32_t rubric_id = 0, rubric_version = 0, rubric_digest = 0;
    std::uint32_t ratings_from = 0; // into ScoreRecords::ratings
    std::uint16_t ratings_count = 0;
    std::int8_t recommendation = -1; // a Recommendation, or -1: none given
    bool submitted = false;

    std::optional<Recommendation> recommended() const;
};

struct ScoreRecords {
    struct Rating {
        std::uint32_t competency;   // in texts
        std::optional<int> value;   // nullopt: "na"
    };
    TextTable texts;
    std::vector<ScoreRecord> records;
    std::vector<Rating> ratings;
    // "sha256:..." of a record's bytes, by its place in `records`, for the
    // few that have one (ScorecardFile::digest: the decided candidates').
    std::map<std::size_t, std::string> digests;
    // For records made from scorecards held in full (records_of), of the
    // copies of an id one of which does not know its bytes' hash: a hash of
    // each copy's contents, by place, so copies are told apart as
    // compare() always did: by their bytes when both are known, else by
    // every field read.
    std::map<std::size_t, std::size_t> contents_hashes;

    // Adds a scorecard, as the last record.
    void add(const Scorecard& scorecard, std::filesystem::path::string_type file, std::size_t content_hash = 0,
             std::string digest = {});
    std::string candidate_key(const ScoreRecord& record) const;
    const Rating* ratings_of(const ScoreRecord& record) const { return ratings.data() + record.ratings_from; }
    RubricRef rubric(const ScoreRecord& record) const;
    const std::string& digest(std::size_t record) const; // empty when not known
};

// The records of scorecards held in full, in their order (with
// contents_hashes for copies that need them).
ScoreRecords records_of(const std::vector<ScorecardFile>& scorecards);

// Whether a copy with revision `a` found at `a_file` stands before one with
// `b` at `b_file`: the higher revision, then the original before a sync
// engine's copy, then the first path. One rule for the comparison and the
// overdue list (stands_before in scoring.hpp).
bool stands_before(long a, const std::filesystem::path& a_file, long b, const std::filesystem::path& b_file);

} // namespace extramile
