#include "rubric_sheet.hpp"

#include "flow.hpp"
#include "form_fields.hpp"
#include "page_numbers.hpp"
#include "report_labels.hpp"
#include "styles.hpp"
#include "table_columns.hpp"

#include <algorithm>
#include <cmath>

namespace extramile::report {

namespace {

constexpr int kLinesPerMinute = 3;
constexpr int kLeastLines = 6;
constexpr int kNotesBoxLines = 3;
constexpr int kCommentLines = 4;
constexpr double kIndent = 14;
// The running header of the pages after the cover: what this page
// continues, and boxes for who and when, so that a loose page is never anonymous.
constexpr double kHeaderBoxes = 22;
constexpr double kHeaderHeight = kHeaderBoxes + 10;
const char* const kTickBox = "☐";

// Probes, flags and anchors: read at a glance during the interview, so
// smaller than the questions, which are read out.
TextStyle small_text() {
    auto s = style::body();
    s.size = 8.5;
    s.space_after = 1;
    return s;
}

// "Not assessable: the interview gave no..." printed after the label "Not
// assessable" would say it twice: the anchor's own copy of the label goes.
std::string without_label(const std::string& anchor, const std::string& label) {
    if (label.empty() || anchor.compare(0, label.size(), label) != 0)
        return anchor;
    auto rest = anchor.substr(label.size());
    const auto start = rest.find_first_not_of(" :.-–—");
    if (start == std::string::npos)
        return anchor;
    rest = rest.substr(start);
    // What followed the colon now begins a sentence (an accented first
    // letter is left as it is: no case tables here).
    if (rest[0] >= 'a' && rest[0] <= 'z')
        rest[0] = static_cast<char>(rest[0] - 'a' + 'A');
    return rest;
}

int minutes_of(const Competency& competency) {
    int minutes = 0;
    for (const auto& q : competency.questions)
        minutes += q.minutes;
    return minutes;
}

std::string competency_title(const Competency& competency, int index, const std::string& lang) {
    return std::to_string(index) + ". " + competency.name.get(lang);
}

// "Weight 20% · Minimum 3 · 11 minutes".
std::string competency_facts(const Rubric& rubric, const Competency& competency, const std::string& lang) {
    const double total = rubric.total_weight();
    std::string facts = label(Label::weight, lang) + ": " +
                        (total > 0 ? percent(competency.weight / total, lang) : number(competency.weight, lang));
    if (competency.minimum)
        facts += " · " + label(Label::minimum, lang) + ": " + number(*competency.minimum, lang);
    if (const int minutes = minutes_of(competency); minutes > 0)
        facts += " · " + substitute(label(Label::minutes_planned, lang, minutes), {std::to_string(minutes)});
    return facts;
}

std::unique_ptr<TextBlock> kept_with_next(std::unique_ptr<TextBlock> block) {
    block->keep_with_next = true;
    return block;
}

// A row of cells chained to the next row, so a list of rows stays together.
std::unique_ptr<RowBlock> chained_row(std::vector<RowBlock::Cell> cells, std::vector<double> widths, bool chain) {
    auto row = std::make_unique<RowBlock>(std::move(cells), std::move(widths), false, false);
    row->keep_with_next = chain;
    return row;
}

RowBlock::Cell tick(const std::string& text, const TextStyle& style) {
    RowBlock::Cell cell{std::string(kTickBox) + " " + text, style};
    cell.hanging = text_width(std::string(kTickBox) + " ", style);
    return cell;
}

void add_cover(Flow& flow, const Rubric& rubric, const std::string& lang, const PageSetup& setup,
               const SheetHeader& header) {
    using namespace style;
    const auto& scale = rubric.scale;
    int total_minutes = 0;
    for (const auto& c : rubric.competencies)
        total_minutes += minutes_of(c);
    std::string subtitle_text = label(Label::interview_sheet, lang) + " · " + rubric.id + " " + rubric.version;
    if (total_minutes > 0)
        subtitle_text += " · " + substitute(label(Label::minutes_planned, lang, total_minutes), {std::to_string(total_minutes)});
    flow.add(text(rubric.title.get(lang), title()));
    flow.add(text(subtitle_text, subtitle()));
    flow.add(form_fields_block({{label(Label::candidate, lang), header.candidate, 3}, {label(Label::role, lang), header.role, 2}},
                               34, 7.5));
    flow.add(form_fields_block({{label(Label::interviewer, lang), header.interviewer, 3}, {label(Label::date, lang), header.date, 2}},
                               34, 7.5, 6));

    flow.add(heading_text(label(Label::how_to_rate, lang), heading()));
    flow.add(text(label(Label::star_reminder, lang), body()));
    // The scale as a strip: each point's number over its label.
    std::vector<RowBlock::Cell> points;
    for (int v = scale.min; v <= scale.max; ++v) {
        RowBlock::Cell cell{std::to_string(v), style::coloured(subheading(), accent)};
        if (auto it = scale.labels.find(v); it != scale.labels.end())
            cell.detail = it->second.get(lang);
        points.push_back(cell);
    }
    if (!scale.not_assessable.empty())
        points.push_back({"–", style::coloured(subheading(), accent), false, scale.not_assessable.get(lang)});
    flow.add(std::make_unique<RowBlock>(points, std::vector<double>(points.size(), 1.0), true, false));

    flow.add(heading_text(label(Label::do_not_ask, lang), coloured(heading(), style::red)));
    flow.add(text(label(Label::do_not_ask_text, lang), body()));

    // The summary: a box per competency for its rating, to enter the sheet in one go.
    flow.add(heading_text(label(Label::summary, lang), heading()));
    TableColumns columns({{label(Label::competency, lang), false, 1},
                          {label(Label::weight, lang), true},
                          {label(Label::minimum, lang), true},
                          {label(Label::time, lang), true},
                          {label(Label::rating, lang), false}},
                         small_bold(), setup.content_width(), 14);
    std::vector<std::vector<RowBlock::Cell>> rows;
    const double total_weight = rubric.total_weight();
    int index = 0;
    for (const auto& c : rubric.competencies) {
        const int minutes = minutes_of(c);
        rows.push_back({{competency_title(c, ++index, lang), body()},
                        {total_weight > 0 ? percent(c.weight / total_weight, lang) : number(c.weight, lang), body()},
                        {c.minimum ? number(*c.minimum, lang) : "", body()},
                        {minutes > 0 ? substitute(label(Label::minutes, lang), {std::to_string(minutes)}) : "", body()},
                        {"", body()}});
        columns.fit(rows.back());
    }
    flow.add(columns.header_row());
    for (auto& row : rows) {
        auto block = columns.row(std::move(row), false);
        block->keep_with_next = true; // the summary stays whole
        flow.add(std::move(block));
    }

    flow.add(heading_text(label(Label::overall_recommendation, lang), heading()));
    std::vector<RowBlock::Cell> choices;
    for (auto r : {Recommendation::strong_no, Recommendation::no, Recommendation::yes, Recommendation::strong_yes})
        choices.push_back(tick(recommendation_text(r, lang), subheading()));
    flow.add(std::make_unique<RowBlock>(choices, std::vector<double>(choices.size(), 1.0), false, false));
    flow.add(heading_text(label(Label::comment, lang), subheading()));
    flow.add(writing_lines(kCommentLines)); // grows to the cover's foot
    flow.page_break();
}

void add_competency(Flow& flow, const Rubric& rubric, const Competency& competency, int index,
                    const std::string& lang) {
    using namespace style;
    const auto& scale = rubric.scale;
    const int group = flow.new_group(competency_title(competency, index, lang));
    flow.add(heading_text(competency_title(competency, index, lang), heading()), group);
    flow.add(kept_with_next(text(competency_facts(rubric, competency, lang), coloured(small(), muted))), group);
    if (!competency.definition.empty())
        flow.add(heading_text(competency.definition.get(lang), note()), group);

    for (const auto& question : competency.questions) {
        std::string q = question.text.get(lang);
        if (question.minutes > 0)
            q += "  [" + substitute(label(Label::minutes, lang), {std::to_string(question.minutes)}) + "]";
        auto heading_block = heading_text(q, subheading());
        heading_block->keep_together = true;
        flow.add(std::move(heading_block), group);
        for (const auto& probe : question.probes) {
            auto probe_block = text(probe.get(lang), indented(small_text(), kIndent), Marker::bullet);
            probe_block->keep_with_next = true;
            probe_block->keep_together = true;
            flow.add(std::move(probe_block), group);
        }
        flow.add(writing_lines(writing_room(question)), group);
    }

    // The close of a competency (flags, rating, notes) stays together and on
    // the page of the end of its last question: the rating is given right
    // after. The notes box ends it and fills the page's foot when the next
    // competency moves on.
    bool first_of_close = true;
    auto close = [&](std::unique_ptr<Block> block) {
        if (first_of_close)
            block->keep_with_previous = 3;
        first_of_close = false;
        flow.add(std::move(block), group);
    };

    std::vector<const Signal*> greens, reds;
    for (const auto& signal : competency.signals)
        (signal.kind == SignalKind::green ? greens : reds).push_back(&signal);
    if (!greens.empty() || !reds.empty()) {
        const std::vector<double> halves{1, 1};
        auto head = chained_row({{label(Label::green_flags, lang), coloured(small_bold(), style::green)},
                                 {label(Label::red_flags, lang), coloured(small_bold(), style::red)}},
                                halves, true);
        head->set_space_before(6);
        close(std::move(head));
        const std::size_t rows = std::max(greens.size(), reds.size());
        for (std::size_t i = 0; i < rows; ++i) {
            auto cell = [&](const std::vector<const Signal*>& list) {
                return i < list.size() ? tick(list[i]->text.get(lang), small_text()) : RowBlock::Cell{"", small_text()};
            };
            close(chained_row({cell(greens), cell(reds)}, halves, true));
        }
    }

    close(heading_text(label(Label::overall_rating, lang), coloured(subheading(), accent)));
    // One row per point: a tick box, the point and its label run in bold,
    // then the anchor, over the column's whole width.
    std::vector<RowBlock::Cell> points;
    auto point = [&](const std::string& lead, const std::string& anchor) {
        RowBlock::Cell cell{anchor, small_text()};
        cell.lead = std::string(kTickBox) + " " + lead;
        auto bold = small_text();
        bold.bold = true;
        cell.hanging = text_width(std::string(kTickBox) + " ", bold); // the anchor's lines clear the box
        points.push_back(cell);
    };
    for (int v = scale.min; v <= scale.max; ++v) {
        const auto l = scale.labels.find(v);
        const auto a = competency.anchors.find(v);
        point(std::to_string(v) + (l == scale.labels.end() ? "" : " " + l->second.get(lang)),
              a == competency.anchors.end() ? "" : a->second.get(lang));
    }
    if (!scale.not_assessable.empty()) {
        const auto na = scale.not_assessable.get(lang);
        point(na, without_label(competency.not_assessable_anchor.get(lang), na));
    }
    for (const auto& cell : points)
        close(chained_row({cell}, {1}, true));
    close(std::make_unique<NotesBox>(label(Label::notes_box, lang), kNotesBoxLines));
}

} // namespace

int writing_room(const Question& question) { return std::max(kLeastLines, kLinesPerMinute * question.minutes); }

std::unique_ptr<Document> rubric_sheet(const Rubric& rubric, const std::string& lang, const PageSetup& setup,
                                       const SheetHeader& header) {
    Flow flow;
    add_cover(flow, rubric, lang, setup, header);
    int index = 0;
    for (const auto& competency : rubric.competencies)
        add_competency(flow, rubric, competency, ++index, lang);

    const auto title = rubric.title.get(lang);
    PageDecor decor;
    decor.title = title;
    decor.footer = title + " " + rubric.version + " · " + label(Label::interview_sheet, lang);
    decor.page_label = label(Label::page_of, lang);
    decor.header = kHeaderHeight;
    decor.draw_header = [lang, header, title](cairo_t* cr, const PageInfo& page, double x, double y, double width) {
        // Left: the competency this page continues, else the rubric; right: the boxes.
        const double boxes = width * 0.62;
        const auto left = page.continued.empty() ? title : substitute(label(Label::continued, lang), {page.continued});
        const auto look = page.continued.empty() ? style::coloured(style::small(), style::muted)
                                                 : style::coloured(style::small_bold(), style::accent);
        draw_text(cr, left, look, x, y + 4, width - boxes - 8);
        draw_form_fields(cr,
                         {{label(Label::candidate, lang), header.candidate, 3},
                          {label(Label::interviewer, lang), header.interviewer, 3},
                          {label(Label::date, lang), header.date, 2}},
                         x + width - boxes, y, boxes, kHeaderBoxes, 6);
    };
    return std::make_unique<FlowDocument>(std::move(decor), setup, std::move(flow));
}

} // namespace extramile::report
