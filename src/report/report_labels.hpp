// The fixed words of the printed pages. The rubric's own words come from the
// rubric; these are the page's. Each is an English msgid in one table
// (report_labels.cpp), extracted by po/update-pot and translated in
// po/es.po and po/it.po like the window's words.
#pragma once

#include "core/scoring/agreement_reading.hpp"
#include "core/model/decision.hpp"
#include "core/model/scorecard.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace extramile::report {

enum class Label {
    // Titles and the header fields
    interview_sheet,
    interview_report,
    comparison_report,
    candidate,
    role,
    interviewer,
    date,
    page_of,   // "Page %1 of %2"
    continued, // "%1 (continued)"
    // The interview sheet
    weight,
    minimum,
    minutes, // "%1 min", beside a question
    minutes_planned, // plural: "%1 minutes"
    how_to_rate,
    star_reminder,
    scale,
    do_not_ask,
    do_not_ask_text,
    summary,
    time,
    overall_recommendation,
    comment,
    notes_box,
    green_flags,
    red_flags,
    overall_rating,
    // The scorecard report
    status,
    draft,
    submitted,
    draft_mark,
    draft_note,
    recommendation,
    strong_no,
    no,
    yes,
    strong_yes,
    rating,
    not_assessable,
    not_rated,
    no_notes,
    notes,
    decimal_separator, // "." or ","
    percent,           // "%1%"
    date_format,      // "%1 %2 %3": day, month, year
    date_time_format, // "%1, %2": date, time
    january, february, march, april, may, june, july, august, september, october, november, december,
    // The comparison report
    candidates, // plural: "%1 candidates"
    shown_of,   // plural on %2: "%1 of %2 candidates"
    role_filter, // "Role: %1"
    panel,
    coverage,
    total,
    recommendations,
    competencies,
    legend_panel,
    legend_coverage,
    legend_adjusted,
    legend_marks,
    below_minimum,
    disagreement,
    drafts_excluded,
    rubric_changed,
    rubric_unverified,
    incomplete,
    minimum_not_assessed,
    split_recommendation,
    sync_conflict,
    drafts_included,
    decided_on_changed_evidence,
    decision,       // "decision: %1"
    decision_draft, // "decision (draft): %1"
    hire,
    no_hire,
    hold,
    next_stage,
    competency,
    reading,
    panel_agreement,
    agreement_explained,
    warnings,
    blind_note,
    chart_title,
    agreement_not_enough,
    agreement_poor,
    agreement_moderate,
    agreement_good,
    agreement_excellent,
    agreement_uncertain,
    // The debrief
    debrief,
    debrief_title,
    debrief_order_note,
    debrief_nothing_counted,
    debrief_red_flags,
    debrief_no_red_flags,
    debrief_ticked_by,
    debrief_flags,
    debrief_mean,
    debrief_spread,
    debrief_spread_polarised,
};

// The label in `language` (en, es, it), English for any other.
std::string label(Label which, const std::string& language);
// A label with a plural form, chosen for `n` by the language's rule.
std::string label(Label which, const std::string& language, long n);

// `text` with %1, %2, ... replaced by `values`, in the order the translation
// puts them.
std::string substitute(std::string text, std::initializer_list<std::string> values);

// The plain-words reading of panel agreement.
std::string reading_text(const AgreementReading& reading, const std::string& language);
// Why estimates are missing (a PanelAgreement's notes, or a footnote of
// agreement_footnotes.hpp), in `language`; empty when there is no reason.
std::string agreement_notes_text(const std::vector<AgreementNote>& notes, const std::string& language);

// A core flag ("below-minimum", ...) in words.
std::string flag_text(const std::string& flag, const std::string& language);

// An interviewer's recommendation in words ("Strong yes").
std::string recommendation_text(Recommendation recommendation, const std::string& language);
std::string outcome_text(Outcome outcome, const std::string& language);

} // namespace extramile::report
