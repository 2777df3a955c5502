#include "scorecard_report.hpp"

#include "flow.hpp"
#include "report_labels.hpp"
#include "styles.hpp"

namespace extramile::report {

namespace {

Label recommendation_label(Recommendation r) {
    switch (r) {
    case Recommendation::strong_no: return Label::strong_no;
    case Recommendation::no: return Label::no;
    case Recommendation::yes: return Label::yes;
    case Recommendation::strong_yes: return Label::strong_yes;
    }
    return Label::no;
}

} // namespace

std::unique_ptr<Document> scorecard_report(const Rubric& rubric, const Scorecard& s, const std::string& lang,
                                           const PageSetup& setup) {
    using namespace style;
    constexpr double kIndent = 16;
    Flow flow;
    flow.add(text(s.candidate_name.empty() ? s.candidate_id : s.candidate_name, title()));
    flow.add(text(label(Label::interview_report, lang) + " · " + rubric.title.get(lang) + " " + rubric.version,
                  subtitle()));
    auto field = [&](Label which, const std::string& value) {
        if (!value.empty())
            flow.add(std::make_unique<RowBlock>(
                std::vector<RowBlock::Cell>{{label(which, lang), small_bold()}, {value, style::body()}},
                std::vector<double>{1, 4}, false, false));
    };
    field(Label::role, s.candidate_role);
    field(Label::interviewer, s.interviewer);
    field(Label::started, s.started);
    field(Label::ended, s.ended);
    field(Label::status, label(s.submitted() ? Label::submitted : Label::draft, lang));
    if (s.recommendation)
        field(Label::recommendation, label(recommendation_label(*s.recommendation), lang));

    for (const auto& competency : rubric.competencies) {
        const int group = flow.new_group();
        flow.add(heading_text(competency.name.get(lang), heading()), group);
        const auto* rating = s.rating_for(competency.id);
        std::string rated;
        if (!rating) {
            rated = label(Label::rating, lang) + ": " + label(Label::not_rated, lang);
        } else if (!rating->value) {
            rated = label(Label::rating, lang) + ": " + label(Label::not_assessable, lang);
        } else {
            rated = label(Label::rating, lang) + ": " + std::to_string(*rating->value);
            if (auto it = rubric.scale.labels.find(*rating->value); it != rubric.scale.labels.end())
                rated += " · " + it->second.get(lang);
        }
        flow.add(text(rated, coloured(subheading(), rating ? ink : style::red)), group);
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
        for (const auto& n : s.notes)
            if (n.question.empty() && n.competency == competency.id && !n.text.empty())
                flow.add(text(n.text, indented(body(), kIndent)), group);
        for (auto kind : {SignalKind::green, SignalKind::red}) {
            int index = 0;
            for (const auto& signal : competency.signals) {
                if (signal.kind != kind)
                    continue;
                if (s.is_flagged(competency.id, kind, index++)) {
                    const bool green = kind == SignalKind::green;
                    flow.add(text((green ? "+ " : "– ") + signal.text.get(lang),
                                  coloured(indented(body(), kIndent), green ? style::green : style::red)),
                             group);
                }
            }
        }
    }
    const std::string who = s.candidate_name.empty() ? s.candidate_id : s.candidate_name;
    return std::make_unique<FlowDocument>(who + " · " + s.interviewer,
                                          who + " · " + s.interviewer + " · " + label(Label::interview_report, lang),
                                          label(Label::page_of, lang), setup, std::move(flow));
}

} // namespace extramile::report
