#include "core/scoring/scoring.hpp"

#include "core/scoring/ranking.hpp"

#include "core/base/parallel_tasks.hpp"
#include "core/base/unicode_text.hpp"
#include "core/storage/sync_copies.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace extramile {

namespace {

void add_flag(CandidateResult& c, const std::string& flag) {
    if (std::find(c.flags.begin(), c.flags.end(), flag) == c.flags.end())
        c.flags.push_back(flag);
}

// The sentence naming a file: a sync engine's copy says whose copy it is.
std::string described(const ScorecardFile& f) {
    const auto name = f.path().filename().string();
    if (const auto copy = sync_copy_of(name))
        return f.path().string() + " (" + engine_name(copy->engine) + "'s copy of " + copy->original + ")";
    return f.path().string();
}

bool is_sync_copy(const ScorecardFile& f) { return sync_copy_of(f.path().filename().string()).has_value(); }

// Sync engines copy files; the same scorecard id may appear several times.
// Keeps the highest revision of each (the original name before a copy of
// the same revision) and says what was set aside.
std::vector<const ScorecardFile*> latest_revisions(const std::vector<const ScorecardFile*>& files,
                                                    std::vector<std::string>& warnings,
                                                    std::set<std::string>& conflicted) {
    // By id, in the order first seen; the ids are the scorecards' own. Only
    // an id seen twice gets a list of its copies (a list for each of 10,000
    // ids was most of the time this took).
    std::unordered_map<std::string_view, std::size_t> first_with_id;
    std::unordered_map<std::string_view, std::vector<const ScorecardFile*>> copies_of;
    std::vector<std::size_t> order;
    first_with_id.reserve(files.size());
    order.reserve(files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto [first, added] = first_with_id.try_emplace(files[i]->scorecard.id, i);
        if (added) {
            order.push_back(i);
            continue;
        }
        auto& copies = copies_of[first->first];
        if (copies.empty())
            copies.push_back(files[first->second]);
        copies.push_back(files[i]);
    }
    std::vector<const ScorecardFile*> kept;
    kept.reserve(order.size());
    for (const auto at : order) {
        const auto found = copies_of.find(files[at]->scorecard.id);
        if (found == copies_of.end()) {
            kept.push_back(files[at]);
            continue;
        }
        const std::string_view id = found->first;
        auto& copies = found->second;
        std::sort(copies.begin(), copies.end(),
                  [](const ScorecardFile* a, const ScorecardFile* b) { return stands_before(*a, *b); });
        const auto* counted = copies.front();
        kept.push_back(counted);
        if (copies.size() > 1 && is_sync_copy(*counted)) {
            conflicted.emplace(id);
            warnings.push_back(described(*counted) + " holds the highest revision (" +
                               std::to_string(counted->scorecard.revision) + ") of scorecard " + std::string(id) +
                               " and was counted; look at it beside the other copies and keep the right one.");
        }
        for (std::size_t i = 1; i < copies.size(); ++i) {
            const auto* other = copies[i];
            const bool hashed = other->content_hash != 0 && counted->content_hash != 0;
            const bool differ = hashed ? other->content_hash != counted->content_hash
                                       : !(other->scorecard == counted->scorecard);
            if (other->scorecard.revision == counted->scorecard.revision && differ) {
                conflicted.emplace(id);
                warnings.push_back("conflict: " + described(*counted) + " and " + described(*other) +
                                   " are revision " + std::to_string(other->scorecard.revision) + " of scorecard " +
                                   std::string(id) + " with different content; " + counted->path().string() +
                                   " was counted. Compare the two and delete the wrong one.");
            } else
                warnings.push_back(described(*other) + " is an older or identical copy (revision " +
                                   std::to_string(other->scorecard.revision) + ") of scorecard " + std::string(id) + " in " +
                                   counted->path().string() + "; it was counted once.");
        }
    }
    return kept;
}

} // namespace

bool stands_before(const ScorecardFile& a, const ScorecardFile& b) {
    if (a.scorecard.revision != b.scorecard.revision)
        return a.scorecard.revision > b.scorecard.revision;
    if (const bool copy = is_sync_copy(a); copy != is_sync_copy(b))
        return !copy;
    return a.path() < b.path();
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
    Comparison result;
    std::vector<const ScorecardFile*> same_rubric;
    for (const auto& f : scorecards) {
        if (f.scorecard.rubric.id != rubric.id) {
            result.warnings.push_back(f.path().string() + " was scored with rubric \"" +
                                      f.scorecard.rubric.id + "\", not \"" + rubric.id +
                                      "\"; it was left out.");
            continue;
        }
        same_rubric.push_back(&f);
    }
    std::set<std::string> conflicted; // scorecard ids whose copies disagree, or a copy counted
    const auto unique_files = latest_revisions(same_rubric, result.warnings, conflicted);

    // Each scorecard's candidate, in the order first seen, and each
    // candidate's scorecards in file order (a counting sort): from there a
    // candidate's result is its own, and blocks of candidates are made on
    // every core.
    const auto counts = [&](const Scorecard& s) { return s.submitted() || options.include_drafts; };
    std::unordered_map<std::string, std::size_t> index_of; // candidate key -> position in result
    index_of.reserve(unique_files.size());
    std::vector<std::size_t> candidate_of; // of each of unique_files
    candidate_of.reserve(unique_files.size());
    for (const auto* file : unique_files) {
        auto [it, added] = index_of.try_emplace(candidate_key(file->scorecard), result.candidates.size());
        if (added)
            result.candidates.emplace_back().key = it->first;
        candidate_of.push_back(it->second);
    }
    std::vector<std::size_t> first_of(result.candidates.size() + 1, 0); // into files_of
    for (const auto c : candidate_of)
        ++first_of[c + 1];
    for (std::size_t i = 1; i < first_of.size(); ++i)
        first_of[i] += first_of[i - 1];
    std::vector<std::size_t> files_of(unique_files.size());
    {
        auto next = first_of;
        for (std::size_t n = 0; n < unique_files.size(); ++n)
            files_of[next[candidate_of[n]]++] = n;
    }
    // Warnings about a file, said in file order once all are made.
    std::vector<std::vector<std::string>> file_warnings(unique_files.size());

    // One candidate's scorecards, in file order, into its result. `rater`
    // makes interviewers' keys (each block has its own: it remembers them).
    const auto gather = [&](std::size_t candidate, NameKeys& rater) {
        auto& c = result.candidates[candidate];
        const std::size_t from = first_of[candidate], to = first_of[candidate + 1];
        std::size_t counting = 0;
        for (std::size_t k = from; k < to; ++k)
            counting += counts(unique_files[files_of[k]]->scorecard);
        // Every list made at its size (grown by doubling, they held a third
        // more than they needed: much of a big comparison's memory).
        c.counted.reserve(counting);
        c.recommendations.reserve(counting);
        for (const auto& competency : rubric.competencies)
            c.competencies[competency.id].ratings.reserve(counting);
        std::optional<long> best_revision; // nullopt: none seen yet
        for (std::size_t k = from; k < to; ++k) {
            const auto n = files_of[k];
            const auto& f = *unique_files[n];
            const auto& s = f.scorecard;
            if (!best_revision || s.revision > *best_revision) {
                best_revision = s.revision;
                c.id = s.candidate_id;
                c.name = s.candidate_name;
                c.role = s.candidate_role;
            }
            if (!counts(s)) {
                ++c.drafts_excluded;
                add_flag(c, "drafts-excluded");
                continue;
            }
            if (!s.submitted()) {
                ++c.drafts_included;
                add_flag(c, "drafts-included");
            }
            if (conflicted.count(s.id))
                add_flag(c, "sync-conflict");
            // The scorecard's own path, shared by its ratings and the decision basis.
            const auto& path = f.file;
            c.counted.push_back({s.id, s.revision, f.digest, path});
            c.recommendations.push_back({s.interviewer, s.recommendation});
            if (s.recommendation)
                ++c.recommendation_counts[static_cast<std::size_t>(*s.recommendation)];
            if (s.rubric.digest.empty())
                add_flag(c, "rubric-unverified");
            else if (s.rubric.digest != rubric_digest) {
                add_flag(c, "rubric-changed");
                file_warnings[n].push_back(f.path().string() + " was scored against another text of rubric \"" +
                                           rubric.id + "\" (the digests differ); its ratings were counted.");
            }
            const auto& interviewer = rater(s.interviewer);
            if (std::none_of(c.interviewers.begin(), c.interviewers.end(),
                             [&](const std::string& known) { return rater(known) == interviewer; }))
                c.interviewers.push_back(s.interviewer);
            for (const auto& r : s.ratings) {
                auto competency = c.competencies.find(r.competency);
                if (competency == c.competencies.end() || (r.value && !rubric.scale.contains(*r.value))) {
                    file_warnings[n].push_back(f.path().string() + ": the rating of \"" + r.competency +
                                               "\" does not fit the rubric and was ignored.");
                    continue;
                }
                competency->second.ratings.push_back({s.interviewer, r.value, path});
            }
        }
    };

    const double all_weight = rubric.total_weight();
    // A candidate's scores, from its ratings.
    const auto score = [&](CandidateResult& c) {
        std::map<std::string, std::optional<double>> means;
        for (const auto& competency : rubric.competencies) {
            auto& r = c.competencies[competency.id];
            std::vector<int> values;
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
    };
    constexpr std::size_t block = 128;
    run_in_parallel((result.candidates.size() + block - 1) / block, [&](std::size_t b) {
        NameKeys rater; // interviewers are few and their ratings many: each name's key is made once
        const auto end = std::min(result.candidates.size(), (b + 1) * block);
        for (std::size_t i = b * block; i < end; ++i) {
            gather(i, rater);
            score(result.candidates[i]);
        }
    });
    for (auto& warnings : file_warnings)
        for (auto& warning : warnings)
            result.warnings.push_back(std::move(warning));
    // Ranked by what each candidate's rank rests on, worked out once, and
    // the results moved into place once (sorting the results themselves
    // moved each one many times, and asked each whether it was complete
    // at every comparison).
    struct RankKey {
        Standing standing; // ranking.hpp: where the candidate stands, ties alike
        const std::string* name;
        std::size_t at;
    };
    std::vector<RankKey> ranks;
    ranks.reserve(result.candidates.size());
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const auto& c = result.candidates[i];
        ranks.push_back({standing_of(c), &c.name, i});
    }
    // Ahead first; candidates who stand alike (tied: they share a rank) by name.
    std::stable_sort(ranks.begin(), ranks.end(), [](const RankKey& a, const RankKey& b) {
        if (a.standing != b.standing)
            return a.standing > b.standing;
        return *a.name < *b.name;
    });
    std::vector<CandidateResult> ranked;
    ranked.reserve(ranks.size());
    for (const auto& rank : ranks)
        ranked.push_back(std::move(result.candidates[rank.at]));
    result.candidates = std::move(ranked);

    // The panel's agreement on each competency, and the interviewers'
    // calibration with the adjusted means it gives, read the ratings and
    // nothing else writes them now: one piece each, on every core (the
    // adjusting writes only the adjusted means and totals, which no other
    // piece reads).
    const auto& competencies = rubric.competencies;
    std::vector<PanelAgreement> agreement(competencies.size());
    run_in_parallel(competencies.size() + 1, [&](std::size_t piece) {
        if (piece == 0) { // first, as it is the longest
            result.calibration = calibrate(rubric, result.candidates);
            adjust_for_severity(rubric, result.calibration, result.candidates);
            return;
        }
        NameKeys keys; // one for each piece: it remembers what it has made
        const auto& id = competencies[piece - 1].id;
        std::vector<RatedTarget> targets;
        for (const auto& c : result.candidates) {
            RatedTarget target;
            for (const auto& rating : c.competencies.at(id).ratings)
                if (rating.value)
                    target.emplace_back(keys(rating.interviewer), *rating.value);
            if (!target.empty())
                targets.push_back(std::move(target));
        }
        agreement[piece - 1] = panel_agreement(targets);
    });
    for (std::size_t i = 0; i < competencies.size(); ++i)
        result.agreement[competencies[i].id] = std::move(agreement[i]);
    return result;
}

} // namespace extramile
