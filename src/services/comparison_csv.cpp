// The comparison as CSV: one row per candidate, every field quoted when it
// holds what would split or break it, so LibreOffice and Excel line the
// columns up whatever names contain (tests/spreadsheets opens it in the
// real LibreOffice).
#include "services/comparison_export.hpp"

#include "services/export_text.hpp"

#include "core/scoring/ranking.hpp"

#include <algorithm>
#include <array>
#include <sstream>
#include <string_view>

namespace extramile::services {

namespace {

class CsvWriter {
public:
    explicit CsvWriter(const CsvStyle& style) : style_(style) {}

    // Text: quoted when it holds a separator of either style, a quote, a tab
    // or a line break (LibreOffice's import splits on commas and semicolons
    // alike by default). Text that starts like a formula (= + - @, tab, CR)
    // gets an apostrophe, so a spreadsheet shows it instead of running it
    // (OWASP's advice against CSV injection).
    std::string text(const std::string& s) const {
        std::string value = s;
        if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
            value.insert(value.begin(), '\'');
        if (value.find_first_of(",;\"\t\r\n") == std::string::npos)
            return value;
        std::string out = "\"";
        for (char c : value)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    }

    // With a decimal comma the number is quoted too: LibreOffice's default
    // import splits on commas as well as semicolons, and cut "84,38" in two
    // (the test with the real LibreOffice found it); a quoted number is still
    // read as a number there and in Excel.
    std::string number(double value, int decimals) const {
        auto out = fixed(value, decimals);
        if (!style_.decimal_comma)
            return out;
        std::replace(out.begin(), out.end(), '.', ',');
        return "\"" + out + "\"";
    }

    std::string row(const std::vector<std::string>& fields) const {
        return join(fields, style_.decimal_comma ? ";" : ",") + "\r\n"; // RFC 4180 line ends
    }

private:
    CsvStyle style_;
};

constexpr std::array<Recommendation, 4> kRecommendations{Recommendation::strong_no, Recommendation::no,
                                                          Recommendation::yes, Recommendation::strong_yes};

} // namespace

std::optional<CsvStyle> csv_style_for(const std::string& locale) {
    std::string language = locale.substr(0, locale.find_first_of("_-.@"));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    if (language.empty() || language == "c" || language == "en" || language == "posix")
        return CsvStyle{false, true};
    // Languages whose spreadsheets write a decimal comma (and so split CSV on semicolons).
    static const std::array<std::string_view, 16> decimal_comma{"es", "it", "de", "fr", "pt", "nl", "ca", "gl",
                                                                "eu", "da", "sv", "nb", "fi", "pl", "cs", "ro"};
    if (std::find(decimal_comma.begin(), decimal_comma.end(), language) != decimal_comma.end())
        return CsvStyle{true, true};
    return std::nullopt;
}

std::string comparison_csv(const ComparisonInput& in, const CsvStyle& style) {
    const CsvWriter csv(style);
    std::ostringstream out;
    if (style.byte_order_mark)
        out << "\xEF\xBB\xBF";
    std::vector<std::string> header{"rank", "candidate_id", "name", "role", "interviewers", "interviewer_names",
                                    "total", "adjusted_total", "coverage_percent", "complete"};
    for (const auto& c : in.rubric.competencies)
        header.push_back(csv.text(c.id));
    for (const char* column : {"largest_spread", "strong_no", "no", "yes", "strong_yes", "recommendations",
                               "below_minimum", "disagreement", "flags", "decision", "decision_status"})
        header.emplace_back(column);
    out << csv.row(header);
    const auto ranks = competition_ranks(in.comparison.candidates); // tied candidates share one
    std::size_t at = 0;
    for (const auto& c : in.comparison.candidates) {
        std::vector<std::string> row{std::to_string(ranks[at++]),
                                     csv.text(c.id),
                                     csv.text(c.name),
                                     csv.text(c.role),
                                     std::to_string(c.interviewers.size()),
                                     csv.text(join(c.interviewers, "; ")),
                                     c.total ? csv.number(*c.total, 2) : "",
                                     c.adjusted_total ? csv.number(*c.adjusted_total, 2) : "",
                                     csv.number(100.0 * c.coverage, 1),
                                     c.complete() ? "yes" : "no"};
        for (const auto& competency : in.rubric.competencies) {
            const auto& mean = c.competencies.at(competency.id).mean;
            row.push_back(mean ? csv.number(*mean, 2) : "");
        }
        row.push_back(c.largest_spread ? std::to_string(*c.largest_spread) : "");
        for (auto r : kRecommendations)
            row.push_back(std::to_string(c.recommendation_counts[static_cast<std::size_t>(r)]));
        std::vector<std::string> by;
        for (const auto& rec : c.recommendations)
            by.push_back(rec.interviewer + ": " + (rec.value ? to_string(*rec.value) : "none"));
        row.push_back(csv.text(join(by, "; ")));
        row.push_back(csv.text(join(competencies_flagged(c, &CompetencyResult::below_minimum), " ")));
        row.push_back(csv.text(join(competencies_flagged(c, &CompetencyResult::disagreement), " ")));
        row.push_back(csv.text(join(c.flags, " ")));
        row.push_back(decision_outcome(c));
        row.push_back(c.decision ? to_string(c.decision->status) : "");
        out << csv.row(row);
    }
    return out.str();
}

} // namespace extramile::services
