#include "core/xml/scorecard_check.hpp"

#include <algorithm>

namespace extramile {

std::vector<Problem> check_scorecard(const Scorecard& s, const Rubric& rubric,
                                     const std::string& file) {
    std::vector<Problem> problems;
    const auto scale = std::to_string(rubric.scale.min) + " to " + std::to_string(rubric.scale.max);
    if (s.rubric.id != rubric.id)
        problems.push_back({file, 0, "the scorecard was scored with rubric \"" + s.rubric.id +
                                         "\", not \"" + rubric.id + "\""});
    for (const auto& r : s.ratings) {
        if (!rubric.find(r.competency))
            problems.push_back({file, r.line, "rating for competency \"" + r.competency +
                                                  "\", which rubric \"" + rubric.id +
                                                  "\" does not have; correct the id or remove the rating"});
        else if (r.value && !rubric.scale.contains(*r.value))
            problems.push_back({file, r.line, "rating " + std::to_string(*r.value) + " of \"" +
                                                  r.competency + "\" is outside the scale (" +
                                                  scale + ", or \"na\")"});
    }
    for (const auto& n : s.notes) {
        if (!n.competency.empty() && !rubric.find(n.competency))
            problems.push_back({file, n.line, "note on competency \"" + n.competency +
                                                  "\", which the rubric does not have"});
        if (!n.question.empty()) {
            bool found = std::any_of(rubric.competencies.begin(), rubric.competencies.end(),
                                     [&](const Competency& c) {
                                         return std::any_of(c.questions.begin(), c.questions.end(),
                                                            [&](const Question& q) { return q.id == n.question; });
                                     });
            if (!found)
                problems.push_back({file, n.line, "note on question \"" + n.question +
                                                      "\", which the rubric does not have"});
        }
    }
    for (const auto& m : s.signals) {
        const auto* c = rubric.find(m.competency);
        if (!c) {
            problems.push_back({file, m.line, "flag on competency \"" + m.competency +
                                                  "\", which the rubric does not have"});
            continue;
        }
        auto count = std::count_if(c->signals.begin(), c->signals.end(),
                                   [&](const Signal& sig) { return sig.kind == m.kind; });
        if (m.index >= count)
            problems.push_back({file, m.line, "flag " + std::to_string(m.index) + " of \"" +
                                                  m.competency + "\" does not exist: the competency has " +
                                                  std::to_string(count) + " flags of that kind (counted from 0)"});
    }
    return problems;
}

} // namespace extramile
