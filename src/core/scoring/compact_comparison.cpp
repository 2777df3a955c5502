#include "core/scoring/compact_comparison.hpp"

#include "core/base/parallel_tasks.hpp"
#include "core/base/unicode_text.hpp"
#include "core/scoring/rating_cells.hpp"
#include "core/storage/sync_copies.hpp"

#include <algorithm>
#include <iterator>
#include <thread>
#include <string_view>
#include <unordered_map>

namespace extramile {

namespace fs = std::filesystem;

namespace {

void add_flag(CandidateResult& c, const std::string& flag) {
    if (std::find(c.flags.begin(), c.flags.end(), flag) == c.flags.end())
        c.flags.push_back(flag);
}

std::string path_text(const ScoreRecord& r) { return fs::path(r.file).string(); }

bool is_sync_copy(const ScoreRecord& r) { return sync_copy_of(fs::path(r.file).filename().string()).has_value(); }

// The sentence naming a file: a sync engine's copy says whose copy it is.
std::string described(const ScoreRecord& r) {
    const fs::path path(r.file);
    if (const auto copy = sync_copy_of(path.filename().string()))
        return path.string() + " (" + engine_name(copy->engine) + "'s copy of " + copy->original + ")";
    return path.string();
}

// Two copies whose bytes are not both known, nor their contents' hashes (a
// file gone between its reading and its hashing): told apart by what was read.
bool same_scores(const ScoreRecords& all, const ScoreRecord& a, const ScoreRecord& b) {
    if (a.revision != b.revision || a.submitted != b.submitted || a.recommendation != b.recommendation ||
        a.candidate_id != b.candidate_id || a.candidate_name != b.candidate_name ||
        a.candidate_role != b.candidate_role || a.interviewer != b.interviewer || a.rubric_id != b.rubric_id ||
        a.rubric_version != b.rubric_version || a.rubric_digest != b.rubric_digest ||
        a.ratings_count != b.ratings_count)
        return false;
    for (std::size_t i = 0; i < a.ratings_count; ++i) {
        const auto& x = all.ratings_of(a)[i];
        const auto& y = all.ratings_of(b)[i];
        if (x.competency != y.competency || x.value != y.value)
            return false;
    }
    return true;
}

// Whether two copies of one id hold the same: by their bytes when both are
// known, else by their contents' hashes, else by what was read.
bool same_copy(const ScoreRecords& all, std::uint32_t a, std::uint32_t b) {
    const auto& x = all.records[a];
    const auto& y = all.records[b];
    if (x.content_hash != 0 && y.content_hash != 0)
        return x.content_hash == y.content_hash;
    const auto hx = all.contents_hashes.find(a), hy = all.contents_hashes.find(b);
    if (hx != all.contents_hashes.end() && hy != all.contents_hashes.end())
        return hx->second == hy->second;
    return same_scores(all, x, y);
}

// Sync engines copy files; the same scorecard id may appear several times.
// Keeps the highest revision of each (the original name before a copy of
// the same revision) and says what was set aside.
std::vector<std::uint32_t> latest_revisions(const ScoreRecords& all, const std::vector<std::uint32_t>& files,
                                            std::vector<std::string>& warnings, std::set<std::string>& conflicted) {
    const auto& recs = all.records;
    // By id, in the order first seen. Only an id seen twice gets a list of
    // its copies (a list for each of 10,000 ids was most of the time this took).
    std::unordered_map<std::string_view, std::size_t> first_with_id;
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> copies_of;
    std::vector<std::size_t> order;
    first_with_id.reserve(files.size());
    order.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto [first, added] = first_with_id.try_emplace(recs[files[i]].id, i);
        if (added) {
            order.push_back(i);
            continue;
        }
        auto& copies = copies_of[first->first];
        if (copies.empty())
            copies.push_back(files[first->second]);
        copies.push_back(files[i]);
    }
    std::vector<std::uint32_t> kept;
    kept.reserve(order.size());
    for (const auto at : order) {
        const auto found = copies_of.find(recs[files[at]].id);
        if (found == copies_of.end()) {
            kept.push_back(files[at]);
            continue;
        }
        const std::string_view id = found->first;
        auto& copies = found->second;
        std::sort(copies.begin(), copies.end(), [&](std::uint32_t a, std::uint32_t b) {
            return stands_before(recs[a].revision, recs[a].file, recs[b].revision, recs[b].file);
        });
        const auto& counted = recs[copies.front()];
        kept.push_back(copies.front());
        if (copies.size() > 1 && is_sync_copy(counted)) {
            conflicted.emplace(id);
            warnings.push_back(described(counted) + " holds the highest revision (" +
                               std::to_string(counted.revision) + ") of scorecard " + std::string(id) +
                               " and was counted; look at it beside the other copies and keep the right one.");
        }
        for (std::size_t i = 1; i < copies.size(); ++i) {
            const auto& other = recs[copies[i]];
            const bool differ = !same_copy(all, copies[i], copies.front());
            if (other.revision == counted.revision && differ) {
                conflicted.emplace(id);
                warnings.push_back("conflict: " + described(counted) + " and " + described(other) + " are revision " +
                                   std::to_string(other.revision) + " of scorecard " + std::string(id) +
                                   " with different content; " + path_text(counted) +
                                   " was counted. Compare the two and delete the wrong one.");
            } else
                warnings.push_back(described(other) + " is an older or identical copy (revision " +
                                   std::to_string(other.revision) + ") of scorecard " + std::string(id) + " in " +
                                   path_text(counted) + "; it was counted once.");
        }
    }
    return kept;
}

} // namespace

CandidateResult CompactComparison::make(std::size_t candidate, NameKeys& rater,
                                        std::vector<std::pair<std::uint32_t, std::string>>* file_warnings) const {
    const auto& rubric = rubric_;
    const auto& texts = records_.texts;
    const auto& recs = records_.records;
    CandidateResult c;
    c.key = keys_[candidate];
    const auto counts = [&](const ScoreRecord& r) { return r.submitted || options_.include_drafts; };
    const std::size_t from = first_[candidate], to = first_[candidate + 1];
    std::size_t counting = 0;
    for (std::size_t k = from; k < to; ++k)
        counting += counts(recs[files_[k]]);
    // Every list made at its size (grown by doubling, they held a third
    // more than they needed: much of a big comparison's memory).
    const bool in_full = file_warnings == nullptr;
    if (in_full)
        c.counted.reserve(counting);
    c.recommendations.reserve(counting);
    // The rubric's competency of each text that names one.
    std::vector<std::pair<std::uint32_t, CompetencyResult*>> by_text;
    for (const auto& competency : rubric.competencies) {
        auto& result = c.competencies[competency.id];
        result.ratings.reserve(counting);
        if (const auto text = texts.find(competency.id))
            by_text.emplace_back(*text, &result);
    }
    std::optional<long> best_revision; // nullopt: none seen yet
    for (std::size_t k = from; k < to; ++k) {
        const auto n = files_[k];
        const auto& s = recs[n];
        if (!best_revision || s.revision > *best_revision) {
            best_revision = s.revision;
            c.id = texts[s.candidate_id];
            c.name = texts[s.candidate_name];
            c.role = texts[s.candidate_role];
        }
        if (!counts(s)) {
            ++c.drafts_excluded;
            add_flag(c, "drafts-excluded");
            continue;
        }
        if (!s.submitted) {
            ++c.drafts_included;
            add_flag(c, "drafts-included");
        }
        if (conflicted_.count(s.id))
            add_flag(c, "sync-conflict");
        // The scorecard's own path, shared by its ratings and the decision basis.
        const auto path = s.file.empty() || !in_full ? nullptr : std::make_shared<const fs::path>(s.file);
        if (in_full)
            c.counted.push_back({s.id, s.revision, records_.digest(n), path});
        const auto& interviewer = texts[s.interviewer];
        c.recommendations.push_back({interviewer, s.recommended()});
        if (s.recommendation >= 0)
            ++c.recommendation_counts[static_cast<std::size_t>(s.recommendation)];
        const auto& digest = texts[s.rubric_digest];
        if (digest.empty())
            add_flag(c, "rubric-unverified");
        else if (digest != digest_) {
            add_flag(c, "rubric-changed");
            if (file_warnings)
                file_warnings->emplace_back(n, path_text(s) + " was scored against another text of rubric \"" +
                                                   rubric.id + "\" (the digests differ); its ratings were counted.");
        }
        const auto& key = rater(interviewer);
        if (std::none_of(c.interviewers.begin(), c.interviewers.end(),
                         [&](const std::string& known) { return rater(known) == key; }))
            c.interviewers.push_back(interviewer);
        for (std::size_t i = 0; i < s.ratings_count; ++i) {
            const auto& r = records_.ratings_of(s)[i];
            const auto competency = std::find_if(by_text.begin(), by_text.end(),
                                                 [&](const auto& entry) { return entry.first == r.competency; });
            if (competency == by_text.end() || (r.value && !rubric.scale.contains(*r.value))) {
                if (file_warnings)
                    file_warnings->emplace_back(n, path_text(s) + ": the rating of \"" + texts[r.competency] +
                                                       "\" does not fit the rubric and was ignored.");
                continue;
            }
            competency->second->ratings.push_back({interviewer, r.value, path});
        }
    }

    // Its scores, from its ratings.
    std::map<std::string, std::optional<double>> means;
    std::vector<int> values;
    for (const auto& competency : rubric.competencies) {
        auto& r = c.competencies[competency.id];
        values.clear();
        for (const auto& rating : r.ratings)
            if (rating.value)
                values.push_back(*rating.value);
        if (values.empty()) {
            // A bar nobody assessed is not shown to be met.
            r.minimum_not_assessed = competency.minimum.has_value();
            continue;
        }
        double sum = 0;
        for (int v : values)
            sum += v;
        r.mean = sum / values.size();
        auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        r.spread = *hi - *lo;
        r.polarised = *lo == rubric.scale.min && *hi == rubric.scale.max;
        r.disagreement = is_disagreement(rubric.scale, *lo, *hi);
        r.below_minimum = competency.minimum && *r.mean < *competency.minimum;
        c.largest_spread = std::max(c.largest_spread.value_or(0), *r.spread);
        means[competency.id] = r.mean;
    }
    const double all_weight = rubric.total_weight();
    const auto total = weighted_total(rubric, means);
    c.coverage = all_weight > 0 ? total.rated_weight / all_weight : 0;
    if (!total.total) // nothing counted: unrated, not "a bar not assessed"
        for (auto& [id, r] : c.competencies)
            r.minimum_not_assessed = false;
    c.total = total.total;
    for (const auto& [id, points] : total.contributions)
        c.competencies[id].contribution = points;
    // Flags in a fixed order: what makes a total incomparable first.
    const auto any = [&](bool CompetencyResult::*field) {
        return std::any_of(c.competencies.begin(), c.competencies.end(),
                           [&](const auto& entry) { return entry.second.*field; });
    };
    std::vector<std::string> flags;
    if (c.total && c.coverage < 1.0 - 1e-9) // (a candidate with nothing counted is unrated, not incomplete)
        flags.push_back("incomplete");
    if (any(&CompetencyResult::minimum_not_assessed))
        flags.push_back("minimum-not-assessed");
    if (any(&CompetencyResult::below_minimum))
        flags.push_back("below-minimum");
    if (any(&CompetencyResult::disagreement))
        flags.push_back("disagreement");
    if (c.recommendation_counts[static_cast<std::size_t>(Recommendation::strong_yes)] > 0 &&
        c.recommendation_counts[static_cast<std::size_t>(Recommendation::strong_no)] > 0)
        flags.push_back("split-recommendation");
    for (const auto& flag : c.flags) // drafts, sync and rubric flags, set while reading
        flags.push_back(flag);
    c.flags = std::move(flags);
    return c;
}

CandidateResult CompactComparison::candidate(std::size_t rank_order) const {
    const auto at = order_[rank_order];
    if (const auto found = decided_.find(at); found != decided_.end())
        return found->second;
    NameKeys keys;
    auto c = make(at, keys, nullptr);
    adjust_for_severity(rubric_, offsets_, keys, c);
    return c;
}

Comparison CompactComparison::expand_all() const {
    Comparison out;
    out.candidates.resize(size());
    constexpr std::size_t block = 128;
    run_in_parallel((size() + block - 1) / block, [&](std::size_t b) {
        NameKeys keys; // interviewers are few and their ratings many: each name's key is made once
        for (std::size_t i = b * block; i < std::min(size(), (b + 1) * block); ++i) {
            const auto at = order_[i];
            if (const auto found = decided_.find(at); found != decided_.end()) {
                out.candidates[i] = found->second;
                continue;
            }
            out.candidates[i] = make(at, keys, nullptr);
            adjust_for_severity(rubric_, offsets_, keys, out.candidates[i]);
        }
    });
    out.agreement = agreement;
    out.calibration = calibration;
    out.warnings = warnings;
    return out;
}

void CompactComparison::attach(const std::string& rubric_id, const std::vector<DecisionFile>& decisions) {
    std::set<std::string> keys;
    for (const auto& f : decisions)
        keys.insert(candidate_key(f.decision));
    // The candidates decided, in rank order, as a comparison of their own:
    // attach_decisions reads nothing of the others (their recommendations
    // agree with no outcome).
    Comparison decided;
    std::vector<std::uint32_t> which;
    for (std::size_t i = 0; i < size(); ++i)
        if (keys.count(keys_[order_[i]])) {
            decided.candidates.push_back(candidate(i));
            which.push_back(order_[i]);
        }
    decided.calibration = std::move(calibration);
    decided.warnings = std::move(warnings);
    attach_decisions(decided, rubric_id, decisions);
    calibration = std::move(decided.calibration);
    warnings = std::move(decided.warnings);
    for (std::size_t i = 0; i < which.size(); ++i)
        decided_[which[i]] = std::move(decided.candidates[i]);
}

CompactComparison compare_compact(const Rubric& rubric, const std::string& rubric_digest, ScoreRecords records,
                                  const CompareOptions& options) {
    CompactComparison out;
    out.rubric_ = rubric;
    out.digest_ = rubric_digest;
    out.options_ = options;
    out.records_ = std::move(records);
    const auto& all = out.records_;
    const auto& recs = all.records;
    std::vector<std::uint32_t> same_rubric;
    same_rubric.reserve(recs.size());
    for (std::uint32_t i = 0; i < recs.size(); ++i) {
        const auto& id = all.texts[recs[i].rubric_id];
        if (id != rubric.id) {
            out.warnings.push_back(path_text(recs[i]) + " was scored with rubric \"" + id + "\", not \"" + rubric.id +
                                   "\"; it was left out.");
            continue;
        }
        same_rubric.push_back(i);
    }
    const auto unique = latest_revisions(all, same_rubric, out.warnings, out.conflicted_);

    // Each scorecard's candidate, in the order first seen, and each
    // candidate's scorecards in file order (a counting sort): from there a
    // candidate's result is its own, and blocks of candidates are made on
    // every core.
    std::unordered_map<std::string, std::uint32_t> index_of; // candidate key -> candidate
    index_of.reserve(unique.size());
    std::vector<std::uint32_t> candidate_of;
    candidate_of.reserve(unique.size());
    for (const auto n : unique) {
        auto [it, added] = index_of.try_emplace(all.candidate_key(recs[n]), static_cast<std::uint32_t>(out.keys_.size()));
        if (added)
            out.keys_.push_back(it->first);
        candidate_of.push_back(it->second);
    }
    index_of = {};
    const std::size_t candidates = out.keys_.size();
    out.first_.assign(candidates + 1, 0);
    for (const auto c : candidate_of)
        ++out.first_[c + 1];
    for (std::size_t i = 1; i < out.first_.size(); ++i)
        out.first_[i] += out.first_[i - 1];
    out.files_.resize(unique.size());
    {
        auto next = out.first_;
        for (std::size_t n = 0; n < unique.size(); ++n)
            out.files_[next[candidate_of[n]]++] = unique[n];
    }
    candidate_of = {};

    // Every candidate made once, in blocks on every core, for what ranks it
    // and for the ratings calibration and agreement read; then let go.
    // Warnings about a file are said in file order once all are made.
    std::vector<std::pair<std::uint32_t, std::string>> file_warnings; // few: (record, sentence)
    struct RankKey {
        Standing standing; // ranking.hpp: where the candidate stands, ties alike
        std::string name;
        std::uint32_t at;
    };
    std::vector<RankKey> ranks;
    ranks.reserve(candidates);
    RatingCells cells;
    cells.ratings.reserve(all.ratings.size()); // at most every rating read
    NameKeys cell_keys;
    // A few pieces a core at a time: the candidates made are let go after
    // each chunk (a chunk of a thousand was a quarter of the peak memory).
    constexpr std::size_t piece = 64;
    const std::size_t chunk = piece * std::max(2u, std::thread::hardware_concurrency()); // a piece a core, two at least
    std::vector<CandidateResult> made(std::min(chunk, candidates));
    for (std::size_t at = 0; at < candidates; at += chunk) {
        const std::size_t count = std::min(chunk, candidates - at);
        std::vector<std::vector<std::pair<std::uint32_t, std::string>>> said((count + piece - 1) / piece);
        run_in_parallel(said.size(), [&](std::size_t p) {
            NameKeys keys; // interviewers are few and their ratings many: each name's key is made once
            for (std::size_t i = p * piece; i < std::min(count, (p + 1) * piece); ++i)
                made[i] = out.make(at + i, keys, &said[p]);
        });
        for (auto& sentences : said)
            std::move(sentences.begin(), sentences.end(), std::back_inserter(file_warnings));
        for (std::size_t i = 0; i < count; ++i) {
            ranks.push_back({standing_of(made[i]), std::move(made[i].name), static_cast<std::uint32_t>(at + i)});
            cells.add(rubric, made[i], cell_keys);
        }
    }
    made = {};
    if (!file_warnings.empty()) { // in the order of the files counted, each file's in the order said
        std::unordered_map<std::uint32_t, std::size_t> place;
        for (std::size_t i = 0; i < unique.size(); ++i)
            place.emplace(unique[i], i);
        std::stable_sort(file_warnings.begin(), file_warnings.end(),
                         [&](const auto& a, const auto& b) { return place.at(a.first) < place.at(b.first); });
        for (auto& [record, warning] : file_warnings)
            out.warnings.push_back(std::move(warning));
        file_warnings = {};
    }
    // Ahead first; candidates who stand alike (tied: they share a rank) by name.
    std::stable_sort(ranks.begin(), ranks.end(), [](const RankKey& a, const RankKey& b) {
        if (a.standing != b.standing)
            return a.standing > b.standing;
        return a.name < b.name;
    });
    out.order_.reserve(candidates);
    out.standings_.reserve(candidates);
    for (const auto& rank : ranks) {
        out.order_.push_back(rank.at);
        out.standings_.push_back(rank.standing);
    }
    ranks = {};

    // The panel's agreement on each competency, and the interviewers'
    // calibration: one piece each, on every core.
    const auto& competencies = rubric.competencies;
    std::vector<PanelAgreement> agreement(competencies.size());
    run_in_parallel(competencies.size() + 1, [&](std::size_t p) {
        if (p == 0) // first, as it is the longest
            out.calibration = calibrate(rubric, cells);
        else
            agreement[p - 1] = panel_agreement(cells.targets(p - 1, out.order_)); // ranked, as it always read them
    });
    for (std::size_t i = 0; i < competencies.size(); ++i)
        out.agreement[competencies[i].id] = std::move(agreement[i]);
    out.offsets_ = severity_offsets(out.calibration);
    return out;
}

} // namespace extramile
