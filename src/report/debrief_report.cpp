#include "debrief_report.hpp"

#include "flow.hpp"
#include "local_time.hpp"
#include "page_numbers.hpp"
#include "report_labels.hpp"
#include "styles.hpp"
#include "table_columns.hpp"

#include <algorithm>
#include <chrono>
#include <memory>

namespace extramile::report {

namespace {

constexpr double kIndent = 14;
constexpr double kHeaderHeight = 16;

std::string joined(const std::vector<std::string>& parts, const std::string& between = ", ") {
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : between) + part;
    return out;
}

std::string rating_lead(const DebriefRating& rating, const std::string& lang) {
    if (!rating.rated)
        return label(Label::not_rated, lang);
    if (!rating.value)
        return rating.label.empty() ? label(Label::not_assessable, lang) : rating.label;
    return std::to_string(*rating.value) + (rating.label.empty() ? "" : " " + rating.label);
}

std::string competency_facts(const DebriefCompetency& c, const std::string& lang) {
    std::vector<std::string> facts;
    facts.push_back(substitute(label(Label::debrief_mean, lang), {decimal(c.mean, 2, lang)}));
    if (c.spread && *c.spread > 0)
        facts.push_back(c.polarised ? substitute(label(Label::debrief_spread_polarised, lang), {std::to_string(*c.spread)})
                                    : substitute(label(Label::debrief_spread, lang), {std::to_string(*c.spread)}));
    if (c.disagreement)
        facts.push_back(label(Label::disagreement, lang));
    if (c.below_minimum)
        facts.push_back(label(Label::below_minimum, lang));
    if (c.minimum_not_assessed)
        facts.push_back(label(Label::minimum_not_assessed, lang));
    return joined(facts, " · ");
}

void add_candidate(Flow& flow, const Rubric& rubric, const Debrief& d, const std::string& lang, double width) {
    using namespace style;
    flow.add(text(substitute(label(Label::debrief_title, lang), {d.name}), title()));
    std::string sub = rubric.title.get(lang) + " " + rubric.version + " · " +
                      local_date(std::chrono::system_clock::now(), lang);
    if (!d.role.empty())
        sub += " · " + d.role;
    flow.add(text(sub, subtitle()));
    if (d.blind)
        flow.add(text(label(Label::blind_note, lang), coloured(subheading(), accent)));
    auto field = [&](Label which, const std::string& value) {
        flow.add(std::make_unique<RowBlock>(
            std::vector<RowBlock::Cell>{{label(which, lang), small_bold()}, {value, body()}},
            std::vector<double>{1, 4}, false, false));
    };
    field(Label::panel, d.interviewers.empty() ? "–" : joined(d.interviewers));
    field(Label::total, d.total ? decimal(d.total, 1, lang) + " (" + label(Label::coverage, lang) + " " +
                                      percent(d.coverage, lang) + ")"
                                : "–");
    std::vector<std::string> flags;
    for (const auto& flag : d.flags)
        flags.push_back(flag_text(flag, lang));
    if (!flags.empty())
        field(Label::warnings, joined(flags, " · "));
    if (d.recommendations.empty()) {
        flow.add(text(label(Label::debrief_nothing_counted, lang), coloured(subheading(), style::red)));
        return;
    }
    flow.add(text(label(Label::debrief_order_note, lang), note()));

    // The recommendations, one row per interviewer.
    {
        const int group = flow.new_group(label(Label::recommendations, lang), true);
        flow.add(heading_text(label(Label::recommendations, lang), heading()), group);
        TableColumns table({{label(Label::interviewer, lang), false, 1},
                            {label(Label::recommendation, lang), false},
                            {label(Label::comment, lang), false, 2}},
                           small_bold(), width);
        std::vector<std::vector<RowBlock::Cell>> rows;
        for (const auto& r : d.recommendations) {
            rows.push_back({{r.interviewer, small_bold()},
                            {r.value ? recommendation_text(*r.value, lang) : std::string("–"), small()},
                            {r.comment.empty() ? std::string("–") : r.comment, small()}});
            table.fit(rows.back());
        }
        flow.add(table.header_row(), group);
        for (std::size_t i = 0; i < rows.size(); ++i)
            flow.add(table.row(std::move(rows[i]), i % 2 == 1), group);
    }
    // Red flags ticked by anyone, with who ticked them.
    {
        const int group = flow.new_group(label(Label::debrief_red_flags, lang), true);
        flow.add(heading_text(label(Label::debrief_red_flags, lang), heading()), group);
        if (d.red_flags.empty())
            flow.add(text(label(Label::debrief_no_red_flags, lang), note()), group);
        for (const auto& flag : d.red_flags)
            flow.add(text(flag.competency + ": " + flag.text + " (" +
                              substitute(label(Label::debrief_ticked_by, lang), {joined(flag.interviewers)}) + ")",
                          coloured(indented(body(), kIndent), style::red), Marker::bullet),
                     group);
    }
    // Competency by competency, in the debrief's order.
    for (const auto& c : d.competencies) {
        const int group = flow.new_group(c.name);
        flow.add(heading_text(c.name, heading()), group);
        flow.add(heading_text(competency_facts(c, lang),
                              coloured(subheading(), c.below_minimum || c.disagreement ? style::red : ink)),
                 group);
        TableColumns table({{label(Label::interviewer, lang), false, 1},
                            {label(Label::rating, lang), false, 2.2},
                            {label(Label::debrief_flags, lang), false, 1.6}},
                           small_bold(), width);
        flow.add(table.header_row(), group);
        flow.repeat_on_continuation(group, flow.block_count() - 1);
        for (const auto& r : c.ratings) {
            RowBlock::Cell rating{r.anchor, small()};
            rating.lead = rating_lead(r, lang);
            std::string flag_lines;
            for (const auto& f : r.flags)
                flag_lines += (flag_lines.empty() ? "" : "\n") + std::string(f.kind == SignalKind::green ? "+ " : "– ") +
                              f.text;
            auto row = table.row({{r.interviewer, small_bold()}, rating, {flag_lines.empty() ? "–" : flag_lines, small()}},
                                 false);
            row->set_space_before(2);
            flow.add(std::move(row), group);
            // The notes under the row, full width: a long note goes on over a
            // page break line by line, never cut through a line.
            if (r.notes.empty())
                flow.add(text(label(Label::no_notes, lang), indented(note(), kIndent)), group);
            for (const auto& n : r.notes) {
                if (!n.question.empty()) {
                    auto q = indented(coloured(small(), muted), kIndent);
                    q.italic = true;
                    q.space_before = 2;
                    flow.add(heading_text(n.question, q), group);
                }
                flow.add(text(n.text, indented(body(), kIndent)), group);
            }
        }
    }
}

} // namespace

std::unique_ptr<Document> debrief_report(const Rubric& rubric, const std::vector<Debrief>& debriefs,
                                         const std::string& lang, const PageSetup& setup) {
    Flow flow;
    // Where each candidate's blocks begin, for the running header.
    auto starts = std::make_shared<std::vector<std::pair<int, std::string>>>();
    for (const auto& d : debriefs) {
        flow.page_break();
        starts->push_back({flow.block_count(), d.name});
        add_candidate(flow, rubric, d, lang, setup.content_width());
    }
    if (debriefs.empty())
        flow.add(style::text(label(Label::debrief, lang), style::title()));

    const auto report_title = label(Label::debrief, lang);
    PageDecor decor;
    decor.title = debriefs.size() == 1 ? substitute(label(Label::debrief_title, lang), {debriefs.front().name})
                                       : report_title;
    decor.footer = report_title + " · " + rubric.title.get(lang) + " " + rubric.version;
    decor.page_label = label(Label::page_of, lang);
    decor.header = kHeaderHeight;
    decor.draw_header = [lang, starts](cairo_t* cr, const PageInfo& page, double x, double y, double width) {
        using namespace style;
        std::string who;
        for (const auto& [block, name] : *starts)
            if (page.first_block >= block)
                who = name;
        draw_text(cr, who, coloured(small_bold(), ink), x, y, width / 2);
        if (!page.continued.empty())
            draw_text(cr, substitute(label(Label::continued, lang), {page.continued}), coloured(small_bold(), accent),
                      x + width / 2, y, width / 2);
    };
    return std::make_unique<FlowDocument>(std::move(decor), setup, std::move(flow));
}

} // namespace extramile::report
