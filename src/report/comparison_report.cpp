#include "comparison_report.hpp"

#include "flow.hpp"
#include "local_time.hpp"
#include "page_numbers.hpp"
#include "radar_chart.hpp"
#include "report_labels.hpp"
#include "styles.hpp"
#include "table_columns.hpp"

#include "core/scoring/agreement_footnotes.hpp"
#include "core/scoring/agreement_reading.hpp"
#include "core/scoring/ranking.hpp"

#include <algorithm>
#include <chrono>

namespace extramile::report {

namespace {

// Candidates drawn on the chart: more would be a tangle.
constexpr std::size_t kOnChart = 5;
constexpr double kChartHeight = 200;
constexpr double kChartMaxHeight = 300;
constexpr double kHeaderHeight = 16;

// The table's type: small, so that a dozen candidates and their competencies fit a page.
TextStyle cell_style() {
    auto s = style::small();
    s.size = 7.5;
    return s;
}
TextStyle cell_bold() {
    auto s = cell_style();
    s.bold = true;
    return s;
}

// Recommendations as a tally: "1✓✓ 2✓ 1✗", strongest yes first.
const std::array<std::pair<Recommendation, const char*>, 4> kTally{{{Recommendation::strong_yes, "✓✓"},
                                                                   {Recommendation::yes, "✓"},
                                                                   {Recommendation::no, "✗"},
                                                                   {Recommendation::strong_no, "✗✗"}}};

std::string tally(const std::array<int, 4>& counts) {
    std::string text;
    for (const auto& [r, mark] : kTally)
        if (const int n = counts.at(static_cast<std::size_t>(r)); n > 0)
            text += (text.empty() ? "" : " ") + std::to_string(n) + mark;
    return text.empty() ? "–" : text;
}

std::string estimate(const std::optional<IccEstimate>& icc, const std::string& lang) {
    if (!icc)
        return "–";
    return decimal(icc->value, 2, lang) + " [" + decimal(icc->lower, 2, lang) + "; " + decimal(icc->upper, 2, lang) +
           "]";
}

// The flags a row shows in words: the ones about one competency are marks in its cell.
bool shown_in_cells(const std::string& flag) { return flag == "below-minimum" || flag == "disagreement"; }

std::vector<const CandidateResult*> shown(const Comparison& comparison, const ComparisonReportOptions& options) {
    std::vector<const CandidateResult*> out;
    for (const auto& c : comparison.candidates) {
        if (!options.role.empty() && c.role != options.role)
            continue;
        if (!options.candidates.empty() &&
            std::find(options.candidates.begin(), options.candidates.end(), c.key) == options.candidates.end())
            continue;
        out.push_back(&c);
    }
    return out;
}

void add_table(Flow& flow, const Rubric& rubric, const std::vector<const CandidateResult*>& candidates,
               const ComparisonReportOptions& options, const std::string& lang, double width) {
    using namespace style;
    // Competencies go by their number in the header (as on the interview
    // sheet), named in the legend below: full names would break words.
    std::vector<TableColumns::Column> columns{{"#", true},
                                              {label(Label::candidate, lang), false, 1},
                                              {label(Label::panel, lang), true},
                                              {label(Label::coverage, lang), true},
                                              {label(Label::total, lang), true}};
    for (std::size_t i = 0; i < rubric.competencies.size(); ++i)
        columns.push_back({std::to_string(i + 1), true});
    columns.push_back({label(Label::recommendations, lang), false});
    TableColumns table(columns, cell_bold(), width);

    std::vector<std::vector<RowBlock::Cell>> rows;
    // Ranked among the candidates the page shows (tied ones share a rank), as
    // the app's table and its CSV rank within the role filter and the
    // selection: ranks among everyone read 1, 3, 4 under "3 of 12 candidates".
    const auto ranks = competition_ranks(candidates);
    for (std::size_t shown_at = 0; shown_at < candidates.size(); ++shown_at) {
        const auto* candidate = candidates[shown_at];
        const auto rank = ranks[shown_at];
        // Under the name: the role (unless the page is of one role) and the flags in words.
        std::string detail = options.role.empty() ? candidate->role : "";
        if (candidate->decision && candidate->decision->outcome)
            detail += (detail.empty() ? "" : " · ") +
                      substitute(label(candidate->decision->is_final() ? Label::decision : Label::decision_draft, lang),
                                 {outcome_text(*candidate->decision->outcome, lang)});
        for (const auto& flag : candidate->flags)
            if (!shown_in_cells(flag))
                detail += (detail.empty() ? "" : " · ") + flag_text(flag, lang);
        std::vector<RowBlock::Cell> row{
            {std::to_string(rank), cell_style()},
            {candidate->name.empty() ? candidate->id : candidate->name, cell_style(), false, detail},
            {std::to_string(candidate->interviewers.size()), cell_style()},
            {candidate->total ? percent(candidate->coverage, lang) : std::string("–"), cell_style()},
            // Under the total, smaller, the adjusted one (as the app's
            // Adjusted column, CSV and XLSX give it): no column of its own,
            // which took the names' room.
            {decimal(candidate->total, 1, lang), cell_bold(), false,
             candidate->adjusted_total ? decimal(candidate->adjusted_total, 1, lang) : std::string()}};
        for (const auto& c : rubric.competencies) {
            const auto& result = candidate->competencies.at(c.id);
            // One decimal: means of a few ratings on a short scale; the view gives two.
            std::string cell = decimal(result.mean, 1, lang);
            if (result.below_minimum || result.disagreement)
                cell += "\u2009"; // a thin space keeps the marks with their number
            if (result.below_minimum)
                cell += "▼";
            if (result.disagreement)
                cell += "≠";
            row.push_back({cell, result.below_minimum ? coloured(cell_style(), style::red) : cell_style()});
        }
        const auto& counts = candidate->recommendation_counts;
        row.push_back({counts[0] + counts[1] + counts[2] + counts[3] > 0 ? tally(counts) : "–", cell_style()});
        table.fit(row);
        rows.push_back(std::move(row));
    }

    const int group = flow.new_group(label(Label::comparison_report, lang));
    flow.add(table.header_row(), group);
    flow.repeat_on_continuation(group, flow.block_count() - 1);
    for (std::size_t i = 0; i < rows.size(); ++i)
        flow.add(table.row(std::move(rows[i]), i % 2 == 1), group);

    // The legend: competency names, then what the marks and columns mean.
    const double total_weight = rubric.total_weight();
    std::string names = label(Label::competencies, lang) + ": ";
    for (std::size_t i = 0; i < rubric.competencies.size(); ++i) {
        const auto& c = rubric.competencies[i];
        names += (i ? "   " : "") + std::to_string(i + 1) + " " + c.name.get(lang) + " (" +
                 (total_weight > 0 ? percent(c.weight / total_weight, lang) : number(c.weight, lang));
        if (c.minimum)
            names += ", " + label(Label::minimum, lang) + " " + number(*c.minimum, lang);
        names += ")";
    }
    auto legend = style::small();
    legend.space_before = 4;
    legend.space_after = 2;
    legend.colour = muted;
    flow.add(text(names, legend), group);
    std::string marks = label(Label::legend_marks, lang) + "   ";
    for (const auto& [r, mark] : kTally)
        marks += std::string(mark) + " " + recommendation_text(r, lang) + "  ";
    marks += "\n" + label(Label::legend_panel, lang) + ".   " + label(Label::legend_coverage, lang) + ".";
    if (std::any_of(candidates.begin(), candidates.end(), [](const CandidateResult* c) { return c->adjusted_total; }))
        marks += "   " + label(Label::legend_adjusted, lang) + ".";
    legend.space_before = 0;
    flow.add(text(marks, legend), group);
}

void add_chart(Flow& flow, const Rubric& rubric, const Comparison& comparison,
               const std::vector<const CandidateResult*>& candidates, const std::string& lang) {
    using namespace style;
    std::vector<std::string> keys;
    for (const auto* candidate : candidates)
        if (keys.size() < kOnChart && candidate->total)
            keys.push_back(candidate->key);
    if (keys.empty() || rubric.competencies.size() < 3)
        return;
    const auto chart = radar_for(rubric, comparison, keys, lang);
    const int group = flow.new_group(label(Label::chart_title, lang), true);
    flow.add(heading_text(label(Label::chart_title, lang), heading()), group);
    // At least kChartHeight; larger where the page's foot has room for it.
    flow.add(std::make_unique<DrawnBlock>(kChartHeight, 10, kChartMaxHeight,
                                          [chart](cairo_t* cr, double x, double y, double width, double height) {
                                              draw_radar_chart(cr, chart, x, y, width, height);
                                          }),
             group);
}

void add_agreement(Flow& flow, const Rubric& rubric, const Comparison& comparison, const std::string& lang,
                   double width) {
    using namespace style;
    const int group = flow.new_group(label(Label::panel_agreement, lang), true);
    flow.add(heading_text(label(Label::panel_agreement, lang), heading()), group);
    flow.add(heading_text(label(Label::agreement_explained, lang), note()), group);
    TableColumns table({{label(Label::competency, lang), false, 1.2},
                        {label(Label::reading, lang), false, 2},
                        {"ICC(1,1)", false},
                        {"ICC(2,1)", false},
                        {"ICC(2,k)", false}},
                       cell_bold(), width);
    // A reason an estimate is missing often holds for every competency: each
    // is stated once, below the table, and the rows refer to it by number.
    const auto footnotes = agreement_footnotes(rubric, comparison.agreement);
    std::vector<std::vector<RowBlock::Cell>> rows;
    for (std::size_t i = 0; i < rubric.competencies.size(); ++i) {
        const auto& c = rubric.competencies[i];
        const auto found = comparison.agreement.find(c.id);
        const PanelAgreement agreement = found == comparison.agreement.end() ? PanelAgreement{} : found->second;
        const auto reading = read_agreement(agreement);
        std::string read = reading_text(reading, lang);
        if (const auto footnote = footnotes.of[i])
            read += " [" + std::to_string(footnote) + "]";
        rows.push_back({{std::to_string(i + 1) + " " + c.name.get(lang), cell_style()},
                        {read, reading.level == AgreementLevel::poor ? coloured(cell_style(), style::red) : cell_style()},
                        {estimate(agreement.icc1_1, lang), cell_style()},
                        {estimate(agreement.icc2_1, lang), cell_style()},
                        {estimate(agreement.icc2_k, lang), cell_style()}});
        table.fit(rows.back());
    }
    flow.add(table.header_row(), group);
    for (std::size_t i = 0; i < rows.size(); ++i)
        flow.add(table.row(std::move(rows[i]), i % 2 == 1), group);
    auto note_style = coloured(small(), muted);
    note_style.space_before = 4;
    for (std::size_t i = 0; i < footnotes.notes.size(); ++i) {
        flow.add(text("[" + std::to_string(i + 1) + "] " + agreement_notes_text(footnotes.notes[i], lang), note_style),
                 group);
        note_style.space_before = 1;
    }
}

} // namespace

std::unique_ptr<Document> comparison_report(const Rubric& rubric, const Comparison& comparison,
                                            const std::string& lang, const PageSetup& setup,
                                            const ComparisonReportOptions& options) {
    using namespace style;
    const auto candidates = shown(comparison, options);
    Flow flow;
    flow.add(text(label(Label::comparison_report, lang), title()));
    const auto total = static_cast<long>(comparison.candidates.size());
    const auto count = static_cast<long>(candidates.size());
    std::string subtitle_text = rubric.title.get(lang) + " " + rubric.version + " · " +
                                local_date(std::chrono::system_clock::now(), lang) + " · ";
    subtitle_text += count == total
                         ? substitute(label(Label::candidates, lang, total), {std::to_string(total)})
                         : substitute(label(Label::shown_of, lang, total), {std::to_string(count), std::to_string(total)});
    if (!options.role.empty())
        subtitle_text += " · " + substitute(label(Label::role_filter, lang), {options.role});
    flow.add(text(subtitle_text, subtitle()));
    if (options.blind)
        flow.add(text(label(Label::blind_note, lang), coloured(subheading(), accent)));

    add_table(flow, rubric, candidates, options, lang, setup.content_width());
    add_chart(flow, rubric, comparison, candidates, lang);
    add_agreement(flow, rubric, comparison, lang, setup.content_width());
    if (!comparison.warnings.empty()) {
        const int group = flow.new_group(label(Label::warnings, lang));
        flow.add(heading_text(label(Label::warnings, lang), heading()), group);
        for (const auto& warning : comparison.warnings)
            flow.add(text(warning, indented(note(), 12), Marker::bullet), group);
    }

    const auto report_title = label(Label::comparison_report, lang);
    PageDecor decor;
    decor.title = report_title;
    decor.footer = report_title + " · " + rubric.title.get(lang) + " " + rubric.version;
    decor.page_label = label(Label::page_of, lang);
    decor.header = kHeaderHeight;
    decor.draw_header = [lang, report_title](cairo_t* cr, const PageInfo& page, double x, double y, double width) {
        draw_text(cr, report_title, coloured(small(), muted), x, y, width / 2);
        if (!page.continued.empty())
            draw_text(cr, substitute(label(Label::continued, lang), {page.continued}), coloured(small_bold(), accent),
                      x + width / 2, y, width / 2);
    };
    return std::make_unique<FlowDocument>(std::move(decor), setup, std::move(flow));
}

std::unique_ptr<Document> comparison_report(const Rubric& rubric, const Comparison& comparison,
                                            const std::string& lang, const PageSetup& setup, bool blind) {
    ComparisonReportOptions options;
    options.blind = blind;
    return comparison_report(rubric, comparison, lang, setup, options);
}

} // namespace extramile::report
