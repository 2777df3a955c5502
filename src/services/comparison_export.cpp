#include "services/comparison_export.hpp"

#include "services/export_text.hpp"

#include <cmath>
#include <sstream>
#include <string_view>

namespace extramile::services {

namespace {

using nlohmann::json;

// Four decimals are more than any rating supports and keep files diff-able.
double round4(double value) { return std::round(value * 10000.0) / 10000.0; }

json number_or_null(const std::optional<double>& value) {
    return value ? json(round4(*value)) : json(nullptr);
}

// A text field as RFC 4180 quotes it. A name that starts like a formula
// (=, +, -, @, tab, CR) is prefixed with an apostrophe, so a spreadsheet shows
// it as text instead of running it (OWASP's advice against CSV injection).
std::string csv_field(const std::string& s) {
    std::string text = s;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        text.insert(text.begin(), '\'');
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
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
                                         {"disagreement", r.disagreement}};
    }
    return {{"id", c.id},
            {"name", c.name},
            {"role", c.role},
            {"interviewers", c.interviewers},
            {"total", number_or_null(c.total)},
            {"competencies", per_competency},
            {"flags", c.flags},
            {"drafts_excluded", c.drafts_excluded}};
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
    auto text = value.dump(2, ' ', false, json::error_handler_t::replace);
    const std::string indent(2 * depth, ' ');
    for (auto at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
        text.insert(at + 1, indent);
    return text;
}

} // namespace

void write_comparison_json(std::ostream& out, const ComparisonInput& in) {
    // One candidate at a time: the whole document is never in memory, which
    // matters with thousands of candidates (see tests/bench/results.md).
    out << "{\n  \"rubric\": " << nested(rubric_json(in), 1) << ",\n  \"candidates\": [";
    bool first = true;
    for (const auto& c : in.comparison.candidates) {
        out << (first ? "\n    " : ",\n    ") << nested(candidate_json(in.rubric, c), 2);
        first = false;
    }
    out << (first ? "]" : "\n  ]") << ",\n  \"agreement\": " << nested(agreement_json(in), 1)
        << ",\n  \"warnings\": " << nested(json(in.comparison.warnings), 1) << "\n}\n";
}

json comparison_json(const ComparisonInput& in) {
    std::ostringstream text;
    write_comparison_json(text, in);
    return json::parse(text.str());
}

std::string comparison_csv(const ComparisonInput& in) {
    std::ostringstream out;
    std::vector<std::string> header{"rank", "candidate_id", "name", "role", "interviewers",
                                    "interviewer_names", "total"};
    for (const auto& c : in.rubric.competencies)
        header.push_back(c.id);
    for (const char* column : {"below_minimum", "disagreement", "flags"})
        header.emplace_back(column);
    out << join(header, ",") << "\r\n"; // RFC 4180 line ends: spreadsheets expect them
    int rank = 0;
    for (const auto& c : in.comparison.candidates) {
        std::vector<std::string> row{std::to_string(++rank), csv_field(c.id), csv_field(c.name),
                                     csv_field(c.role), std::to_string(c.interviewers.size()),
                                     csv_field(join(c.interviewers, "; ")),
                                     c.total ? fixed(*c.total, 2) : ""};
        for (const auto& competency : in.rubric.competencies) {
            const auto& mean = c.competencies.at(competency.id).mean;
            row.push_back(mean ? fixed(*mean, 2) : "");
        }
        row.push_back(csv_field(join(competencies_flagged(c, &CompetencyResult::below_minimum), " ")));
        row.push_back(csv_field(join(competencies_flagged(c, &CompetencyResult::disagreement), " ")));
        row.push_back(csv_field(join(c.flags, " ")));
        out << join(row, ",") << "\r\n";
    }
    return out.str();
}

} // namespace extramile::services
