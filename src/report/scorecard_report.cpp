#include "scorecard_report.hpp"

#include "flow.hpp"
#include "local_time.hpp"
#include "report_labels.hpp"
#include "styles.hpp"

namespace extramile::report {

namespace {

constexpr double kIndent = 16;
constexpr double kHeaderHeight = 18;

} // namespace

std::unique_ptr<Document> scorecard_report(const Rubric& rubric, const Scorecard& s, const std::string& lang,
                                           const PageSetup& setup) {
    using namespace style;
    Flow flow;
    const std::string who = s.candidate_name.empty() ? s.candidate_id : s.candidate_name;
    flow.add(text(who, title()));
    flow.add(text(label(Label::interview_report, lang) + " · " + rubric.title.get(lang) + " " + rubric.version,
                  subtitle()));
    if (!s.submitted())
        flow.add(text(label(Label::draft_note, lang), coloured(subheading(), style::red)));
    auto field = [&](Label which, const std::string& value) {
        if (!value.empty())
            flow.add(std::make_unique<RowBlock>(
                std::vector<RowBlock::Cell>{{label(which, lang), small_bold()}, {value, style::body()}},
                std::vector<double>{1, 4}, false, false));
    };
    field(Label::role, s.candidate_role);
    field(Label::interviewer, s.interviewer);
    field(Label::date, interview_time(s.started, s.ended, lang));
    field(Label::status, label(s.submitted() ? Label::submitted : Label::draft, lang));
    if (s.recommendation)
        field(Label::recommendation, recommendation_text(*s.recommendation, lang));

    int index = 0;
    for (const auto& competency : rubric.competencies) {
        const auto name = std::to_string(++index) + ". " + competency.name.get(lang);
        const int group = flow.new_group(name);
        flow.add(heading_text(name, heading()), group);
        const auto* rating = s.rating_for(competency.id);
        std::string rated = label(Label::rating, lang) + ": ";
        if (!rating) {
            rated += label(Label::not_rated, lang);
        } else if (!rating->value) {
            rated += rubric.scale.not_assessable.empty() ? label(Label::not_assessable, lang)
                                                         : rubric.scale.not_assessable.get(lang);
        } else {
            rated += std::to_string(*rating->value);
            if (auto it = rubric.scale.labels.find(*rating->value); it != rubric.scale.labels.end())
                rated += " · " + it->second.get(lang);
        }
        auto rated_block = heading_text(rated, coloured(subheading(), rating ? ink : style::red));
        flow.add(std::move(rated_block), group);
        if (rating && rating->value)
            if (auto it = competency.anchors.find(*rating->value); it != competency.anchors.end())
                flow.add(text(it->second.get(lang), indented(note(), kIndent)), group);

        for (const auto& question : competency.questions) {
            flow.add(heading_text(question.text.get(lang), indented(small_bold(), 0)), group);
            const auto written = s.note_on(question.id);
            flow.add(text(written.empty() ? label(Label::no_notes, lang) : written,
                          written.empty() ? indented(note(), kIndent) : indented(body(), kIndent)),
                     group);
        }
        bool first_note = true;
        for (const auto& n : s.notes)
            if (n.question.empty() && n.competency == competency.id && !n.text.empty()) {
                if (first_note)
                    flow.add(heading_text(label(Label::notes, lang), indented(small_bold(), 0)), group);
                first_note = false;
                flow.add(text(n.text, indented(body(), kIndent)), group);
            }
        for (auto kind : {SignalKind::green, SignalKind::red}) {
            int signal_index = 0;
            for (const auto& signal : competency.signals) {
                if (signal.kind != kind)
                    continue;
                if (s.is_flagged(competency.id, kind, signal_index++)) {
                    const bool green = kind == SignalKind::green;
                    flow.add(text((green ? "+ " : "– ") + signal.text.get(lang),
                                  coloured(indented(body(), kIndent), green ? style::green : style::red)),
                             group);
                }
            }
        }
    }

    PageDecor decor;
    decor.title = who + " · " + s.interviewer;
    decor.footer = who + " · " + s.interviewer + " · " + label(Label::interview_report, lang);
    decor.page_label = label(Label::page_of, lang);
    // A draft says so on every page, so that no page of it passes for the final record.
    if (!s.submitted())
        decor.mark = label(Label::draft_mark, lang);
    decor.header = kHeaderHeight;
    decor.draw_header = [lang, who](cairo_t* cr, const PageInfo& page, double x, double y, double width) {
        draw_text(cr, who, coloured(small(), muted), x, y, width / 2);
        if (!page.continued.empty())
            draw_text(cr, substitute(label(Label::continued, lang), {page.continued}), coloured(small_bold(), accent),
                      x + width / 2, y, width / 2);
    };
    return std::make_unique<FlowDocument>(std::move(decor), setup, std::move(flow));
}

} // namespace extramile::report
