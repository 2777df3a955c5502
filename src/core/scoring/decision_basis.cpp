#include "core/scoring/decision_basis.hpp"

#include "core/base/timestamp.hpp"
#include "core/storage/sync_copies.hpp"

#include <algorithm>
#include <map>

namespace extramile {

namespace {

bool is_copy(const DecisionFile& f) { return sync_copy_of(f.path.filename().string(), ".decision").has_value(); }

std::string described(const DecisionFile& f) {
    const auto name = f.path.filename().string();
    if (const auto copy = sync_copy_of(name, ".decision"))
        return f.path.string() + " (" + engine_name(copy->engine) + "'s copy of " + copy->original + ")";
    return f.path.string();
}

} // namespace

std::vector<BasisEntry> basis_now(const CandidateResult& candidate) {
    std::vector<BasisEntry> basis;
    for (const auto& s : candidate.counted)
        basis.push_back({s.id, s.revision, s.digest});
    return basis;
}

std::vector<BasisChange> basis_changes(const std::vector<BasisEntry>& basis, const CandidateResult& candidate) {
    std::vector<BasisChange> changes;
    for (const auto& entry : basis) {
        const auto now = std::find_if(candidate.counted.begin(), candidate.counted.end(),
                                      [&](const CountedScorecard& s) { return s.id == entry.scorecard; });
        if (now == candidate.counted.end())
            changes.push_back({BasisChange::Kind::gone, entry.scorecard, entry.revision, 0});
        else if (now->revision != entry.revision || (!now->digest.empty() && now->digest != entry.digest))
            changes.push_back({BasisChange::Kind::changed, entry.scorecard, entry.revision, now->revision});
    }
    for (const auto& s : candidate.counted)
        if (std::none_of(basis.begin(), basis.end(), [&](const BasisEntry& e) { return e.scorecard == s.id; }))
            changes.push_back({BasisChange::Kind::added, s.id, 0, s.revision});
    return changes;
}

const DecisionFile* counted_decision(const std::vector<const DecisionFile*>& records,
                                     std::vector<std::string>& warnings, bool& conflict) {
    // Copies of one record: the highest revision, the original name first.
    std::map<std::string, std::vector<const DecisionFile*>> by_id;
    std::vector<std::string> order;
    for (const auto* f : records) {
        auto& copies = by_id[f->decision.id];
        if (copies.empty())
            order.push_back(f->decision.id);
        copies.push_back(f);
    }
    std::vector<const DecisionFile*> latest;
    for (const auto& id : order) {
        auto copies = by_id[id];
        std::sort(copies.begin(), copies.end(), [](const DecisionFile* a, const DecisionFile* b) {
            if (a->decision.revision != b->decision.revision)
                return a->decision.revision > b->decision.revision;
            if (is_copy(*a) != is_copy(*b))
                return !is_copy(*a);
            return a->path < b->path;
        });
        const auto* counted = copies.front();
        latest.push_back(counted);
        if (copies.size() > 1 && is_copy(*counted)) {
            conflict = true;
            warnings.push_back(described(*counted) + " holds the highest revision (" +
                               std::to_string(counted->decision.revision) + ") of decision record " + id +
                               " and was counted; look at it beside the other copies and keep the right one.");
        }
        for (std::size_t i = 1; i < copies.size(); ++i) {
            const auto* other = copies[i];
            if (other->decision.revision == counted->decision.revision && other->digest != counted->digest) {
                conflict = true;
                warnings.push_back("conflict: " + described(*counted) + " and " + described(*other) +
                                   " are revision " + std::to_string(other->decision.revision) +
                                   " of decision record " + id + " with different content; " +
                                   counted->path.string() + " was counted. Compare the two and delete the wrong one.");
            } else {
                warnings.push_back(described(*other) + " is an older or identical copy (revision " +
                                   std::to_string(other->decision.revision) + ") of decision record " + id +
                                   " in " + counted->path.string() + "; it was counted once.");
            }
        }
    }
    if (latest.empty())
        return nullptr;
    // Several records about one candidate (made apart, then synced): a final
    // one before a draft, then the one decided last.
    const auto when = [](const DecisionFile* f) {
        return parse_timestamp(f->decision.decided_at).value_or(std::chrono::sys_seconds::min());
    };
    std::stable_sort(latest.begin(), latest.end(), [&](const DecisionFile* a, const DecisionFile* b) {
        if (a->decision.is_final() != b->decision.is_final())
            return a->decision.is_final();
        if (when(a) != when(b))
            return when(a) > when(b);
        return a->path < b->path;
    });
    for (std::size_t i = 1; i < latest.size(); ++i) {
        conflict = true;
        warnings.push_back("two decision records about one candidate: " + described(*latest.front()) + " and " +
                           described(*latest[i]) + "; " + latest.front()->path.string() +
                           " was counted. Keep one of them and delete the other.");
    }
    return latest.front();
}

void attach_decisions(Comparison& comparison, const std::string& rubric_id, const std::vector<DecisionFile>& decisions) {
    std::map<std::string, std::vector<const DecisionFile*>> by_key;
    for (const auto& f : decisions)
        if (f.decision.rubric.id.empty() || f.decision.rubric.id == rubric_id)
            by_key[candidate_key(f.decision)].push_back(&f);
    for (auto& c : comparison.candidates) {
        const auto found = by_key.find(c.key);
        if (found == by_key.end())
            continue;
        bool conflict = false;
        const auto* f = counted_decision(found->second, comparison.warnings, conflict);
        by_key.erase(found);
        const auto& d = f->decision;
        CandidateDecision decision{d.status, d.outcome, d.decided_by, d.decided_at, d.revision, f->path, {}};
        if (d.is_final())
            decision.changes = basis_changes(d.basis, c);
        c.decision = std::move(decision);
        const auto add = [&](const char* flag) {
            if (!c.has_flag(flag))
                c.flags.push_back(flag);
        };
        if (!c.decision->changes.empty())
            add("decided-on-changed-evidence");
        if (conflict)
            add("sync-conflict");
    }
    // How often each interviewer's recommendation matched the final decision.
    std::map<std::string, HireOutcome> outcomes;
    for (const auto& c : comparison.candidates)
        if (c.decision && c.decision->is_final() && c.decision->outcome &&
            (*c.decision->outcome == Outcome::hire || *c.decision->outcome == Outcome::no_hire))
            outcomes[c.key] = *c.decision->outcome == Outcome::hire ? HireOutcome::hire : HireOutcome::no_hire;
    add_recommendation_agreement(comparison.calibration, comparison.candidates, outcomes);
    for (const auto& [key, records] : by_key)
        for (const auto* f : records)
            comparison.warnings.push_back(f->path.string() + " records a decision about " +
                                          (f->decision.candidate_name.empty() ? f->decision.candidate_id
                                                                              : f->decision.candidate_name) +
                                          ", who has no scorecard in this comparison.");
}

} // namespace extramile
