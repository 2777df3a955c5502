#include "comparison_report.hpp"

#include "flow.hpp"
#include "radar_chart.hpp"
#include "report_labels.hpp"
#include "styles.hpp"

#include "core/scoring/agreement_reading.hpp"
#include "core/base/timestamp.hpp"

#include <cmath>
#include <cstdio>

namespace extramile::report {

namespace {

// Candidates drawn on the chart: more would be a tangle.
constexpr std::size_t kOnChart = 5;

std::string fixed(const std::optional<double>& value, int decimals) {
    if (!value)
        return "–";
    if (std::isinf(*value)) // an interval open on that side
        return *value < 0 ? "−∞" : "∞";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value);
    return buffer;
}

std::string estimate(const std::optional<IccEstimate>& icc) {
    if (!icc)
        return "–";
    return fixed(icc->value, 2) + " [" + fixed(icc->lower, 2) + ", " + fixed(icc->upper, 2) + "]";
}

} // namespace

std::unique_ptr<Document> comparison_report(const Rubric& rubric, const Comparison& comparison,
                                            const std::string& lang, const PageSetup& setup, bool blind) {
    using namespace style;
    Flow flow;
    flow.add(text(label(Label::comparison_report, lang), title()));
    flow.add(text(rubric.title.get(lang) + " " + rubric.version + " · " + now_iso_utc().substr(0, 10) + " · " +
                      std::to_string(comparison.candidates.size()) + " " + label(Label::candidates, lang),
                  subtitle()));
    if (blind)
        flow.add(text(label(Label::blind_note, lang), coloured(subheading(), accent)));

    // The table: rank, who, panel size, total, each competency, flags.
    std::vector<double> widths{0.35, 2.0, 0.6, 0.75};
    std::vector<RowBlock::Cell> head{{label(Label::rank, lang), small_bold()},
                                     {label(Label::candidate, lang), small_bold()},
                                     {label(Label::panel, lang), small_bold(), true},
                                     {label(Label::total, lang), small_bold(), true}};
    for (const auto& c : rubric.competencies) {
        head.push_back({c.name.get(lang), small_bold(), true});
        widths.push_back(0.9);
    }
    head.push_back({label(Label::flags, lang), small_bold()});
    widths.push_back(1.9);
    auto header = std::make_unique<RowBlock>(head, widths, true);
    header->keep_with_next = true;
    flow.add(std::move(header));
    int rank = 0;
    for (const auto& candidate : comparison.candidates) {
        std::vector<RowBlock::Cell> row{{std::to_string(++rank), small()},
                                        {candidate.name.empty() ? candidate.id : candidate.name, small()},
                                        {std::to_string(candidate.interviewers.size()), small(), true},
                                        {fixed(candidate.total, 1), small_bold(), true}};
        for (const auto& c : rubric.competencies) {
            const auto& result = candidate.competencies.at(c.id);
            std::string cell = fixed(result.mean, 2);
            if (result.below_minimum)
                cell += " ▼";
            if (result.disagreement)
                cell += " ≠";
            row.push_back({cell, result.below_minimum ? coloured(small(), style::red) : small(), true});
        }
        std::string flags;
        for (const auto& flag : candidate.flags)
            flags += (flags.empty() ? "" : "; ") + flag_text(flag, lang);
        row.push_back({flags, coloured(small(), muted)});
        flow.add(std::make_unique<RowBlock>(row, widths, rank % 2 == 0));
    }
    flow.add(text(label(Label::legend_marks, lang), note()));

    // The radar chart of the top candidates.
    std::vector<std::string> keys;
    for (const auto& candidate : comparison.candidates)
        if (keys.size() < kOnChart && candidate.total)
            keys.push_back(candidate.key);
    if (!keys.empty() && rubric.competencies.size() >= 3) {
        const auto chart = radar_for(rubric, comparison, keys, lang);
        const int group = flow.new_group();
        flow.add(heading_text(label(Label::chart_title, lang), heading()), group);
        flow.add(std::make_unique<DrawnBlock>(330, [chart](cairo_t* cr, double x, double y, double width) {
                     draw_radar_chart(cr, chart, x, y, width, 330);
                 }),
                 group);
    }

    // Panel agreement per competency.
    const int group = flow.new_group();
    flow.add(heading_text(label(Label::panel_agreement, lang), heading()), group);
    flow.add(text(label(Label::agreement_explained, lang), note()), group);
    const std::vector<double> agreement_widths{1.6, 2.2, 1.3, 1.3, 1.3};
    auto agreement_head = std::make_unique<RowBlock>(
        std::vector<RowBlock::Cell>{{label(Label::competency, lang), small_bold()},
                                    {label(Label::reading, lang), small_bold()},
                                    {"ICC(1,1)", small_bold()},
                                    {"ICC(2,1)", small_bold()},
                                    {"ICC(2,k)", small_bold()}},
        agreement_widths, true);
    agreement_head->keep_with_next = true;
    flow.add(std::move(agreement_head), group);
    for (const auto& c : rubric.competencies) {
        const auto found = comparison.agreement.find(c.id);
        const PanelAgreement agreement = found == comparison.agreement.end() ? PanelAgreement{} : found->second;
        const auto reading = read_agreement(agreement);
        std::string read = reading_text(reading, lang);
        if (!agreement.note.empty())
            read += " (" + agreement.note + ")";
        flow.add(std::make_unique<RowBlock>(
                     std::vector<RowBlock::Cell>{{c.name.get(lang), small()},
                                                 {read, reading.level == AgreementLevel::poor ? coloured(small(), style::red) : small()},
                                                 {estimate(agreement.icc1_1), small()},
                                                 {estimate(agreement.icc2_1), small()},
                                                 {estimate(agreement.icc2_k), small()}},
                     agreement_widths),
                 group);
    }

    if (!comparison.warnings.empty()) {
        flow.add(heading_text(label(Label::warnings, lang), heading()));
        for (const auto& warning : comparison.warnings)
            flow.add(text(warning, indented(note(), 12), Marker::bullet));
    }
    const auto report_title = label(Label::comparison_report, lang);
    return std::make_unique<FlowDocument>(report_title,
                                          report_title + " · " + rubric.title.get(lang) + " " + rubric.version,
                                          label(Label::page_of, lang), setup, std::move(flow));
}

} // namespace extramile::report
