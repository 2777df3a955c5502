#include "services/comparison_export.hpp"

#include "core/base/parallel_tasks.hpp"
#include "core/base/timestamp.hpp"
#include "core/scoring/ranking.hpp"

#include "services/calibration_export.hpp"
#include "services/export_text.hpp"
#include "services/json_writer.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string_view>
#include <vector>

namespace extramile::services {

namespace {

using nlohmann::json;

// Four decimals are more than any rating supports and keep files diff-able.
double round4(double value) { return std::round(value * 10000.0) / 10000.0; }

json estimate_json(const std::optional<IccEstimate>& e) { return e ? json(round4(e->value)) : json(nullptr); }
// An interval open below (too few candidates) has lower limit null.
json limit_json(double limit) { return std::isfinite(limit) ? json(round4(limit)) : json(nullptr); }
json interval_json(const std::optional<IccEstimate>& e) {
    return e ? json::array({limit_json(e->lower), limit_json(e->upper)}) : json(nullptr);
}

} // namespace

namespace {

json rubric_json(const Rubric& rubric, const std::string& digest) {
    json competencies = json::array();
    for (const auto& c : rubric.competencies)
        competencies.push_back({{"id", c.id},
                                {"name", c.name.get("en")},
                                {"weight", c.weight},
                                {"minimum", c.minimum ? json(*c.minimum) : json(nullptr)}});
    return {{"id", rubric.id},
            {"version", rubric.version},
            {"digest", digest},
            {"title", rubric.title.get("en")},
            {"scale", {{"min", rubric.scale.min}, {"max", rubric.scale.max}}},
            {"competencies", competencies}};
}

// One candidate as the rest of the document is laid out (nlohmann's dump(2),
// keys sorted as its std::map sorts them), written without making a tree:
// this is most of the output of a big comparison. `competency_ids`: the
// rubric's, sorted.
void write_candidate(std::string& out, const std::vector<std::string>& competency_ids, const CandidateResult& c,
                     int rank) {
    const auto number = [](const std::optional<double>& v) { return v ? std::optional(round4(*v)) : std::nullopt; };
    JsonWriter w(out, 2);
    w.begin_object();
    w.key("adjusted_total").value(number(c.adjusted_total));
    w.key("competencies").begin_object();
    for (const auto& id : competency_ids) {
        const auto& r = c.competencies.at(id);
        w.key(id).begin_object();
        w.key("adjusted_mean").value(number(r.adjusted_mean));
        w.key("below_minimum").value(r.below_minimum);
        w.key("contribution").value(number(r.contribution));
        w.key("disagreement").value(r.disagreement);
        w.key("mean").value(number(r.mean));
        w.key("minimum_not_assessed").value(r.minimum_not_assessed);
        w.key("polarised").value(r.polarised);
        w.key("ratings").begin_array();
        for (const auto& rating : r.ratings) {
            w.begin_object();
            w.key("interviewer").value(rating.interviewer);
            if (rating.value)
                w.key("value").value(*rating.value);
            else
                w.key("value").value("na");
            w.end_object();
        }
        w.end_array();
        w.key("spread").value(r.spread);
        w.end_object();
    }
    w.end_object();
    w.key("complete").value(c.complete());
    w.key("coverage").value(round4(c.coverage));
    if (c.decision) {
        const auto text = [&](const std::string& s) {
            if (s.empty())
                w.null();
            else
                w.value(s);
        };
        const auto& d = *c.decision;
        w.key("decision").begin_object();
        w.key("at");
        text(d.at);
        w.key("by");
        text(d.by);
        w.key("changes").begin_array();
        for (const auto& change : d.changes) {
            w.begin_object();
            w.key("kind").value(basis_change_kind(change.kind));
            if (change.kind == BasisChange::Kind::gone)
                w.key("now").null();
            else
                w.key("now").value(change.now);
            w.key("scorecard").value(change.scorecard);
            if (change.kind == BasisChange::Kind::added)
                w.key("then").null();
            else
                w.key("then").value(change.then);
            w.end_object();
        }
        w.end_array();
        w.key("outcome");
        text(decision_outcome(c));
        w.key("revision").value(d.revision);
        w.key("status").value(to_string(d.status));
        w.end_object();
    } else {
        w.key("decision").null();
    }
    w.key("drafts_excluded").value(c.drafts_excluded);
    w.key("drafts_included").value(c.drafts_included);
    w.key("flags").begin_array();
    for (const auto& flag : c.flags)
        w.value(flag);
    w.end_array();
    w.key("id").value(c.id);
    w.key("interviewers").begin_array();
    for (const auto& name : c.interviewers)
        w.value(name);
    w.end_array();
    w.key("largest_spread").value(c.largest_spread);
    w.key("name").value(c.name);
    w.key("rank").value(rank);
    w.key("recommendations").begin_object();
    w.key("by").begin_array();
    for (const auto& rec : c.recommendations) {
        w.begin_object();
        w.key("interviewer").value(rec.interviewer);
        if (rec.value)
            w.key("value").value(to_string(*rec.value));
        else
            w.key("value").null();
        w.end_object();
    }
    w.end_array();
    w.key("counts").begin_object();
    for (auto r : {Recommendation::no, Recommendation::strong_no, Recommendation::strong_yes, Recommendation::yes})
        w.key(to_string(r)).value(c.recommendation_counts[static_cast<std::size_t>(r)]);
    w.end_object();
    w.end_object();
    w.key("role").value(c.role);
    w.key("total").value(number(c.total));
    w.end_object();
}

json agreement_json(const std::map<std::string, PanelAgreement>& panel) {
    json agreement = json::object();
    for (const auto& [id, a] : panel)
        agreement[id] = {{"icc1_1", estimate_json(a.icc1_1)},
                         {"icc1_1_ci95", interval_json(a.icc1_1)},
                         {"icc2_1", estimate_json(a.icc2_1)},
                         {"icc2_1_ci95", interval_json(a.icc2_1)},
                         {"icc2_k", estimate_json(a.icc2_k)},
                         {"icc2_k_ci95", interval_json(a.icc2_k)},
                         {"candidates", a.targets},
                         {"interviewers", a.raters},
                         {"ratings", a.ratings},
                         {"crossed", a.crossed},
                         {"note", a.note()}};
    return agreement;
}

// A JSON value printed with 2-space indentation, nested `depth` levels in.
std::string nested(const json& value, int depth) {
    // Every text was checked as UTF-8 when read; should one slip through
    // anyway, it is replaced, never a half-written document and an exception.
    const auto text = value.dump(2, ' ', false, json::error_handler_t::replace);
    // In one pass (inserting at each line break moved the rest of the text
    // every time: quadratic in a candidate's size).
    const std::string indent(2 * depth, ' ');
    std::string out;
    out.reserve(text.size() + text.size() / 8 * indent.size());
    for (std::size_t from = 0;;) {
        const auto at = text.find('\n', from);
        if (at == std::string::npos) {
            out.append(text, from);
            return out;
        }
        out.append(text, from, at + 1 - from);
        out += indent;
        from = at + 1;
    }
}

// The JSON of a comparison's parts, its `count` candidates made by
// `candidate(i)` (in rank order; called on every core at once).
template <class MakeCandidate>
void write_json(std::ostream& out, const Rubric& rubric, const std::string& digest, std::size_t count,
                const std::vector<int>& ranks, const MakeCandidate& candidate,
                const std::map<std::string, PanelAgreement>& agreement, const Calibration& calibration,
                const std::vector<std::string>& warnings, const std::vector<OverdueDraft>* overdue, int overdue_days) {
    // One candidate at a time: the whole document is never in memory, which
    // matters with thousands of candidates (see tests/bench/results.md).
    // Candidates are made in blocks, on every core (they are independent;
    // this is most of the work of a big comparison's output), and written
    // in order.
    out << "{\n  \"rubric\": " << nested(rubric_json(rubric, digest), 1) << ",\n  \"candidates\": [";
    constexpr std::size_t block = 64;
    std::vector<std::string> texts(std::min(block, count));
    std::vector<std::string> competency_ids; // in the order a tree's keys are
    for (const auto& c : rubric.competencies)
        competency_ids.push_back(c.id);
    std::sort(competency_ids.begin(), competency_ids.end());
    competency_ids.erase(std::unique(competency_ids.begin(), competency_ids.end()), competency_ids.end());
    bool first = true;
    for (std::size_t at = 0; at < count; at += block) {
        const std::size_t part = std::min(block, count - at);
        run_in_parallel(part, [&](std::size_t i) {
            texts[i].clear(); // its room kept for the next block
            write_candidate(texts[i], competency_ids, candidate(at + i), ranks[at + i]);
        });
        for (std::size_t i = 0; i < part; ++i) {
            out << (first ? "\n    " : ",\n    ") << texts[i];
            first = false;
        }
    }
    out << (first ? "]" : "\n  ]") << ",\n  \"interviewers\": " << nested(interviewers_json(calibration), 1)
        << ",\n  \"calibration\": " << nested(calibration_model_json(calibration), 1)
        << ",\n  \"agreement\": " << nested(agreement_json(agreement), 1)
        << ",\n  \"warnings\": " << nested(json(warnings), 1);
    if (overdue)
        out << ",\n  \"overdue\": " << nested(overdue_json(*overdue, overdue_days), 1);
    out << "\n}\n";
}

} // namespace

void write_comparison_json(std::ostream& out, const ComparisonInput& in) {
    const auto& candidates = in.comparison.candidates;
    write_json(out, in.rubric, in.digest, candidates.size(), competition_ranks(candidates), // tied candidates share one
               [&](std::size_t i) -> const CandidateResult& { return candidates[i]; }, in.comparison.agreement,
               in.comparison.calibration, in.comparison.warnings, in.overdue, in.overdue_days);
}

void write_comparison_json(std::ostream& out, const CompactInput& in) {
    const auto& comparison = in.comparison;
    write_json(out, in.rubric, in.digest, comparison.size(), competition_ranks(comparison.standings()),
               [&](std::size_t i) { return comparison.candidate(i); }, comparison.agreement, comparison.calibration,
               comparison.warnings, in.overdue, in.overdue_days);
}

json overdue_json(const std::vector<OverdueDraft>& drafts, int days) {
    json list = json::array();
    for (const auto& d : drafts)
        list.push_back({{"interviewer", d.interviewer},
                        {"candidate_id", d.candidate_id.empty() ? json(nullptr) : json(d.candidate_id)},
                        {"candidate", d.candidate_name},
                        {"since", iso_utc(d.since)},
                        {"since_file_time", d.since_file_time},
                        {"days", d.days},
                        {"file", d.file.empty() ? json(nullptr) : json(d.file.string())}});
    return {{"days", days}, {"drafts", list}};
}

json comparison_json(const ComparisonInput& in) {
    std::ostringstream text;
    write_comparison_json(text, in);
    return json::parse(text.str());
}

} // namespace extramile::services
