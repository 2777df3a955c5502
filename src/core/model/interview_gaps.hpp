// What an interviewer has not done yet: shown before submitting, so nothing
// is submitted by oversight. Informative only; submitting is still allowed.
#pragma once

#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <string>
#include <vector>

namespace extramile {

struct InterviewGaps {
    std::vector<std::string> unrated_competencies; // ids, in rubric order
    std::vector<std::string> questions_without_notes; // ids, in rubric order
    bool no_recommendation = true;

    bool empty() const {
        return unrated_competencies.empty() && questions_without_notes.empty() && !no_recommendation;
    }
};

InterviewGaps find_gaps(const Scorecard& scorecard, const Rubric& rubric);

} // namespace extramile
