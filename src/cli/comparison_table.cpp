#include "cli/comparison_table.hpp"

#include "cli/terminal_text.hpp"
#include "cli/text_columns.hpp"
#include "services/export_text.hpp"

#include "core/base/timestamp.hpp"
#include "core/base/unicode_text.hpp"
#include "core/scoring/ranking.hpp"

#include <cmath>
#include <sstream>

namespace extramile::cli {

namespace {

using services::fixed;
using services::join;

std::string limit_text(double limit) { return std::isfinite(limit) ? fixed(limit, 2) : "-inf"; }

std::string estimate_text(const std::optional<IccEstimate>& e) {
    if (!e)
        return "-";
    return fixed(e->value, 2) + " [" + limit_text(e->lower) + ", " + limit_text(e->upper) + "]";
}

} // namespace

std::string comparison_table(const services::ComparisonInput& in) {
    const auto& rubric = in.rubric;
    std::ostringstream out;
    out << terminal_safe(rubric.title.get("en")) << " (" << terminal_safe(rubric.id) << " "
        << terminal_safe(rubric.version) << "), scale "
        << rubric.scale.min << "-" << rubric.scale.max << "\n";
    out << in.comparison.candidates.size()
        << (in.comparison.candidates.size() == 1 ? " candidate" : " candidates") << "\n\n";

    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{"#", "Candidate", "Panel", "Total", "Cover"};
    for (const auto& c : rubric.competencies)
        header.push_back(terminal_safe(c.id));
    header.emplace_back("Spread");
    header.emplace_back("Recommended");
    header.emplace_back("Decision");
    header.emplace_back("Flags");
    rows.push_back(header);
    const auto ranks = competition_ranks(in.comparison.candidates); // tied candidates share one
    std::size_t at = 0;
    for (const auto& c : in.comparison.candidates) {
        std::vector<std::string> row{std::to_string(ranks[at++]), terminal_safe(c.name.empty() ? c.id : c.name),
                                     std::to_string(c.interviewers.size()),
                                     c.total ? fixed(*c.total, 1) : "-", fixed(100.0 * c.coverage, 0) + "%"};
        for (const auto& competency : rubric.competencies) {
            const auto& r = c.competencies.at(competency.id);
            std::string cell = r.mean ? fixed(*r.mean, 2) : "-";
            if (r.below_minimum)
                cell += "!";
            if (r.disagreement)
                cell += "~";
            if (r.minimum_not_assessed)
                cell += "?";
            row.push_back(cell);
        }
        row.push_back(c.largest_spread ? std::to_string(*c.largest_spread) : "-");
        // Counts, strongest first: "1SY 2Y 1N".
        std::vector<std::string> recommended;
        const std::pair<Recommendation, const char*> marks[] = {{Recommendation::strong_yes, "SY"},
                                                                 {Recommendation::yes, "Y"},
                                                                 {Recommendation::no, "N"},
                                                                 {Recommendation::strong_no, "SN"}};
        for (const auto& [value, mark] : marks)
            if (const int n = c.recommendation_counts[static_cast<std::size_t>(value)]; n > 0)
                recommended.push_back(std::to_string(n) + mark);
        row.push_back(recommended.empty() ? "-" : join(recommended, " "));
        // "hire", or "hire*" for a draft not yet final.
        if (!c.decision)
            row.push_back("-");
        else if (c.decision->outcome)
            row.push_back(services::decision_outcome(c) + (c.decision->is_final() ? "" : "*"));
        else
            row.push_back("*");
        row.push_back(join(c.flags, " "));
        rows.push_back(row);
    }
    // Rank, panel, total, coverage, the means and the spread are numbers.
    out << text_columns(rows, [](std::size_t i, std::size_t n) { return i == 0 || (i >= 2 && i + 3 < n); });
    out << "\n! below the competency's minimum   ~ interviewers disagree by 40% of the scale or more: talk "
           "it through\n? a minimum nobody assessed   Cover: the rubric's weight rated   Spread: the largest gap "
           "between two interviewers\nRecommended: SY strong yes, Y yes, N no, SN strong no   Decision: * a draft, "
           "not yet final\nIncomplete candidates rank after the complete ones; candidates with the same total "
           "share a rank.\n\n";

    out << "Panel agreement (intraclass correlation, 95% confidence interval)\n";
    std::vector<std::vector<std::string>> agreement{{"Competency", "ICC(1,1)", "ICC(2,1)", "ICC(2,k)", "Note"}};
    for (const auto& c : rubric.competencies) {
        auto it = in.comparison.agreement.find(c.id);
        if (it == in.comparison.agreement.end())
            continue;
        const auto& a = it->second;
        agreement.push_back({c.id, estimate_text(a.icc1_1), estimate_text(a.icc2_1),
                             estimate_text(a.icc2_k), a.note()});
    }
    out << text_columns(agreement, [](std::size_t, std::size_t) { return false; });
    if (!in.comparison.warnings.empty()) {
        out << "\nWarnings\n";
        for (const auto& w : in.comparison.warnings)
            out << "- " << terminal_safe(w) << "\n";
    }
    return out.str();
}

std::string overdue_table(const std::vector<OverdueDraft>& drafts, int days) {
    std::ostringstream out;
    const std::string older = "older than " + std::to_string(days) + (days == 1 ? " day" : " days");
    if (drafts.empty()) {
        out << "\nOverdue scorecards: no draft is " << older << "\n";
        return out.str();
    }
    out << "\nOverdue scorecards: " << drafts.size() << (drafts.size() == 1 ? " draft " : " drafts ") << older
        << ", by interviewer\n";
    std::vector<std::vector<std::string>> rows{{"Interviewer", "Candidate", "Since", "Days", "File"}};
    for (const auto& d : drafts)
        rows.push_back({terminal_safe(d.interviewer),
                        terminal_safe(d.candidate_name.empty() ? d.candidate_id : d.candidate_name),
                        iso_utc(d.since).substr(0, 10) + (d.since_file_time ? " (last saved)" : ""),
                        std::to_string(d.days), terminal_safe(d.file.filename().string())});
    out << text_columns(rows, [](std::size_t column, std::size_t) { return column == 3; });
    return out.str();
}

} // namespace extramile::cli
