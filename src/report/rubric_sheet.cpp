#include "rubric_sheet.hpp"

#include "flow.hpp"
#include "report_labels.hpp"
#include "styles.hpp"

#include <cstdio>

namespace extramile::report {

namespace {

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string replace(std::string text, const std::string& what, const std::string& with) {
    if (auto at = text.find(what); at != std::string::npos)
        text.replace(at, what.size(), with);
    return text;
}

// "Candidate: ____________" or "Candidate: Ana Pérez".
std::unique_ptr<Block> field_row(const SheetHeader& header, const std::string& lang) {
    auto field = [&](Label which, const std::string& value) {
        return RowBlock::Cell{label(which, lang) + ": " + (value.empty() ? std::string(16, '_') : value),
                              style::body()};
    };
    return std::make_unique<RowBlock>(
        std::vector<RowBlock::Cell>{field(Label::candidate, header.candidate),
                                    field(Label::interviewer, header.interviewer), field(Label::date, header.date)},
        std::vector<double>{2, 2, 1.3}, false, false);
}

} // namespace

std::unique_ptr<Document> rubric_sheet(const Rubric& rubric, const std::string& lang, const PageSetup& setup,
                                       const SheetHeader& header) {
    using namespace style;
    Flow flow;
    const auto& scale = rubric.scale;
    flow.add(text(rubric.title.get(lang), title()));
    flow.add(text(label(Label::interview_sheet, lang) + " · " + rubric.id + " " + rubric.version, subtitle()));
    flow.add(field_row(header, lang));
    flow.add(space(8));
    flow.add(text(label(Label::star_reminder, lang), note()));
    std::string legend = label(Label::scale, lang) + ":";
    for (int v = scale.min; v <= scale.max; ++v) {
        legend += "  " + std::to_string(v);
        if (auto it = scale.labels.find(v); it != scale.labels.end())
            legend += " " + it->second.get(lang);
    }
    flow.add(text(legend, note()));

    constexpr double kIndent = 16;
    int index = 0;
    for (const auto& competency : rubric.competencies) {
        const int group = flow.new_group();
        std::string name = std::to_string(++index) + ". " + competency.name.get(lang);
        std::string weight = label(Label::weight, lang) + " " + number(competency.weight);
        if (competency.minimum)
            weight += " · " + label(Label::minimum, lang) + " " + number(*competency.minimum);
        int part = 0;
        flow.add(heading_text(name + "  (" + weight + ")", heading()), group, part);
        if (!competency.definition.empty())
            flow.add(heading_text(competency.definition.get(lang), note()), group, part);

        for (const auto& question : competency.questions) {
            ++part;
            std::string q = question.text.get(lang);
            if (question.minutes > 0)
                q += "  [" + replace(label(Label::minutes, lang), "%1", std::to_string(question.minutes)) + "]";
            flow.add(heading_text(q, subheading()), group, part);
            for (const auto& probe : question.probes)
                flow.add(text(probe.get(lang), indented(body(), kIndent), Marker::bullet), group, part);
            flow.add(writing_lines(4), group, part);
        }

        ++part;
        flow.add(heading_text(label(Label::overall_rating, lang), subheading()), group, part);
        for (int v = scale.min; v <= scale.max; ++v) {
            std::string line = std::to_string(v);
            if (auto it = scale.labels.find(v); it != scale.labels.end())
                line += " · " + it->second.get(lang);
            if (auto it = competency.anchors.find(v); it != competency.anchors.end())
                line += ": " + it->second.get(lang);
            flow.add(text(line, indented(body(), kIndent), Marker::tick_box), group, part);
        }
        if (!scale.not_assessable.empty()) {
            std::string line = scale.not_assessable.get(lang);
            if (!competency.not_assessable_anchor.empty())
                line += ": " + competency.not_assessable_anchor.get(lang);
            flow.add(text(line, indented(body(), kIndent), Marker::tick_box), group, part);
        }
        for (auto kind : {SignalKind::green, SignalKind::red}) {
            ++part;
            bool first = true;
            for (const auto& signal : competency.signals) {
                if (signal.kind != kind)
                    continue;
                if (first) {
                    const bool green = kind == SignalKind::green;
                    flow.add(heading_text(label(green ? Label::green_flags : Label::red_flags, lang),
                                          coloured(subheading(), green ? style::green : style::red)),
                             group, part);
                    first = false;
                }
                flow.add(text(signal.text.get(lang), indented(body(), kIndent), Marker::tick_box), group, part);
            }
        }
    }
    const auto title = rubric.title.get(lang);
    return std::make_unique<FlowDocument>(title, title + " " + rubric.version + " · " + label(Label::interview_sheet, lang),
                                          label(Label::page_of, lang), setup, std::move(flow));
}

} // namespace extramile::report
