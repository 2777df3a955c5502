#include "core/model/interview_gaps.hpp"

namespace extramile {

InterviewGaps find_gaps(const Scorecard& s, const Rubric& rubric) {
    InterviewGaps gaps;
    for (const auto& c : rubric.competencies) {
        if (!s.rating_for(c.id))
            gaps.unrated_competencies.push_back(c.id);
        for (const auto& q : c.questions)
            if (s.note_on(q.id).find_first_not_of(" \t\r\n") == std::string::npos)
                gaps.questions_without_notes.push_back(q.id);
    }
    gaps.no_recommendation = !s.recommendation.has_value();
    return gaps;
}

} // namespace extramile
