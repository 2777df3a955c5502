// The fixed words of the printed pages in English, Spanish and Italian. The
// rubric's own words come from the rubric; these are the page's.
#pragma once

#include "core/scoring/agreement_reading.hpp"

#include <string>

namespace extramile::report {

enum class Label {
    interview_sheet,
    interview_report,
    comparison_report,
    candidate,
    candidates,
    role,
    interviewer,
    date,
    page_of, // "Page %1 of %2"
    weight,
    minimum,
    minutes, // "%1 min"
    notes,
    rating,
    not_assessable,
    green_flags,
    red_flags,
    star_reminder,
    scale,
    status,
    draft,
    submitted,
    recommendation,
    strong_no,
    no,
    yes,
    strong_yes,
    not_rated,
    no_notes,
    started,
    ended,
    rank,
    panel,
    total,
    flags,
    below_minimum,
    disagreement,
    drafts_excluded,
    rubric_changed,
    rubric_unverified,
    competency,
    reading,
    panel_agreement,
    agreement_explained,
    warnings,
    blind_note,
    chart_title,
    legend_marks,
    agreement_not_enough,
    agreement_poor,
    agreement_moderate,
    agreement_good,
    agreement_excellent,
    agreement_uncertain,
    overall_rating,
};

// The label in `language` (en, es, it), English for any other.
std::string label(Label which, const std::string& language);

// The plain-words reading of panel agreement.
std::string reading_text(const AgreementReading& reading, const std::string& language);

// A core flag ("below-minimum", ...) in words.
std::string flag_text(const std::string& flag, const std::string& language);

} // namespace extramile::report
