#include "services/comparison_export.hpp"

#include "core/base/timestamp.hpp"

#include "services/calibration_export.hpp"
#include "services/export_text.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <sstream>
#include <string_view>
#include <thread>
#include <vector>

namespace extramile::services {

namespace {

using nlohmann::json;

// Four decimals are more than any rating supports and keep files diff-able.
double round4(double value) { return std::round(value * 10000.0) / 10000.0; }

json number_or_null(const std::optional<double>& value) {
    return value ? json(round4(*value)) : json(nullptr);
}

json estimate_json(const std::optional<IccEstimate>& e) { return e ? json(round4(e->value)) : json(nullptr); }
// An interval open below (too few candidates) has lower limit null.
json limit_json(double limit) { return std::isfinite(limit) ? json(round4(limit)) : json(nullptr); }
json interval_json(const std::optional<IccEstimate>& e) {
    return e ? json::array({limit_json(e->lower), limit_json(e->upper)}) : json(nullptr);
}

} // namespace

namespace {

json rubric_json(const ComparisonInput& in) {
    const auto& rubric = in.rubric;
    json competencies = json::array();
    for (const auto& c : rubric.competencies)
        competencies.push_back({{"id", c.id},
                                {"name", c.name.get("en")},
                                {"weight", c.weight},
                                {"minimum", c.minimum ? json(*c.minimum) : json(nullptr)}});
    return {{"id", rubric.id},
            {"version", rubric.version},
            {"digest", in.digest},
            {"title", rubric.title.get("en")},
            {"scale", {{"min", rubric.scale.min}, {"max", rubric.scale.max}}},
            {"competencies", competencies}};
}

json candidate_json(const Rubric& rubric, const CandidateResult& c) {
    json per_competency = json::object();
    for (const auto& competency : rubric.competencies) {
        const auto& r = c.competencies.at(competency.id);
        json ratings = json::array();
        for (const auto& rating : r.ratings)
            ratings.push_back({{"interviewer", rating.interviewer},
                               {"value", rating.value ? json(*rating.value) : json("na")}});
        per_competency[competency.id] = {{"mean", number_or_null(r.mean)},
                                         {"ratings", ratings},
                                         {"below_minimum", r.below_minimum},
                                         {"minimum_not_assessed", r.minimum_not_assessed},
                                         {"disagreement", r.disagreement},
                                         {"spread", r.spread ? json(*r.spread) : json(nullptr)},
                                         {"polarised", r.polarised},
                                         {"contribution", number_or_null(r.contribution)},
                                         {"adjusted_mean", number_or_null(r.adjusted_mean)}};
    }
    json by_interviewer = json::array();
    for (const auto& rec : c.recommendations)
        by_interviewer.push_back({{"interviewer", rec.interviewer},
                                  {"value", rec.value ? json(to_string(*rec.value)) : json(nullptr)}});
    json counts = json::object();
    for (auto r : {Recommendation::strong_no, Recommendation::no, Recommendation::yes, Recommendation::strong_yes})
        counts[to_string(r)] = c.recommendation_counts[static_cast<std::size_t>(r)];
    json decision = nullptr;
    if (c.decision) {
        json changes = json::array();
        for (const auto& change : c.decision->changes)
            changes.push_back({{"kind", basis_change_kind(change.kind)},
                               {"scorecard", change.scorecard},
                               {"then", change.kind == BasisChange::Kind::added ? json(nullptr) : json(change.then)},
                               {"now", change.kind == BasisChange::Kind::gone ? json(nullptr) : json(change.now)}});
        const auto text = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
        decision = {{"outcome", text(decision_outcome(c))},
                    {"status", to_string(c.decision->status)},
                    {"by", text(c.decision->by)},
                    {"at", text(c.decision->at)},
                    {"revision", c.decision->revision},
                    {"changes", changes}};
    }
    return {{"id", c.id},
            {"name", c.name},
            {"role", c.role},
            {"interviewers", c.interviewers},
            {"coverage", round4(c.coverage)},
            {"complete", c.complete()},
            {"recommendations", {{"counts", counts}, {"by", by_interviewer}}},
            {"largest_spread", c.largest_spread ? json(*c.largest_spread) : json(nullptr)},
            {"total", number_or_null(c.total)},
            {"adjusted_total", number_or_null(c.adjusted_total)},
            {"competencies", per_competency},
            {"decision", decision},
            {"flags", c.flags},
            {"drafts_excluded", c.drafts_excluded},
            {"drafts_included", c.drafts_included}};
}

json agreement_json(const ComparisonInput& in) {
    json agreement = json::object();
    for (const auto& [id, a] : in.comparison.agreement)
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
                         {"note", a.note}};
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

} // namespace

void write_comparison_json(std::ostream& out, const ComparisonInput& in) {
    // One candidate at a time: the whole document is never in memory, which
    // matters with thousands of candidates (see tests/bench/results.md).
    // Candidates are made in blocks, the two halves of each on two threads
    // (they are independent; this is most of the work of a big comparison's
    // output), and written in order.
    out << "{\n  \"rubric\": " << nested(rubric_json(in), 1) << ",\n  \"candidates\": [";
    const auto& candidates = in.comparison.candidates;
    constexpr std::size_t block = 256;
    std::vector<std::string> texts(std::min(block, candidates.size()));
    const bool two = std::thread::hardware_concurrency() > 1;
    bool first = true;
    for (std::size_t at = 0; at < candidates.size(); at += block) {
        const std::size_t count = std::min(block, candidates.size() - at);
        const auto make = [&](std::size_t from, std::size_t to) {
            for (std::size_t i = from; i < to; ++i)
                texts[i] = nested(candidate_json(in.rubric, candidates[at + i]), 2);
        };
        if (two && count > 1) {
            std::exception_ptr failed;
            std::thread helper([&] {
                try {
                    make(count / 2, count);
                } catch (...) {
                    failed = std::current_exception();
                }
            });
            try {
                make(0, count / 2);
            } catch (...) {
                helper.join();
                throw;
            }
            helper.join();
            if (failed)
                std::rethrow_exception(failed);
        } else {
            make(0, count);
        }
        for (std::size_t i = 0; i < count; ++i) {
            out << (first ? "\n    " : ",\n    ") << texts[i];
            first = false;
        }
    }
    out << (first ? "]" : "\n  ]") << ",\n  \"interviewers\": " << nested(interviewers_json(in.comparison.calibration), 1)
        << ",\n  \"calibration\": " << nested(calibration_model_json(in.comparison.calibration), 1)
        << ",\n  \"agreement\": " << nested(agreement_json(in), 1)
        << ",\n  \"warnings\": " << nested(json(in.comparison.warnings), 1);
    if (in.overdue)
        out << ",\n  \"overdue\": " << nested(overdue_json(*in.overdue, in.overdue_days), 1);
    out << "\n}\n";
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
