#include "core/xml/decision_check.hpp"

#include <algorithm>

namespace extramile {

std::vector<Problem> check_decision(const Decision& decision, const Rubric& rubric, const std::string& file_name) {
    std::vector<Problem> problems;
    for (const auto& reason : decision.reasons) {
        if (reason.competency.empty())
            continue;
        const bool known = std::any_of(rubric.competencies.begin(), rubric.competencies.end(),
                                       [&](const Competency& c) { return c.id == reason.competency; });
        if (!known)
            problems.push_back({file_name, reason.line,
                                "the reason is about competency \"" + reason.competency + "\", which rubric \"" +
                                    rubric.id + "\" does not have; use one of its competency ids"});
    }
    return problems;
}

} // namespace extramile
