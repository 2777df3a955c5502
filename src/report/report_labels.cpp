#include "report_labels.hpp"

#include "page_catalog.hpp"

#include <array>
#include <map>

// Markers for po/update-pot (xgettext --keyword=N_ --keyword=NC_:1c,2
// --keyword=NP_:1,2): the words are translated when a page is laid out.
#define N_(msgid) nullptr, msgid, nullptr
#define NC_(context, msgid) context, msgid, nullptr
#define NP_(singular, plural) nullptr, singular, plural

namespace extramile::report {

namespace {

struct Word {
    const char* context; // a gettext context, for words with two meanings
    const char* msgid;
    const char* plural; // nullptr when the word has no plural
};

const std::map<Label, Word>& table() {
    static const std::map<Label, Word> words{
        // TRANSLATORS: the title of the printed sheet an interviewer fills in by hand
        {Label::interview_sheet, {N_("Interview sheet")}},
        // TRANSLATORS: the title of the printed record of one interview
        {Label::interview_report, {N_("Interview report")}},
        // TRANSLATORS: the title of the printed comparison of all candidates
        {Label::comparison_report, {N_("Comparison of candidates")}},
        {Label::candidate, {N_("Candidate")}},
        {Label::role, {N_("Role")}},
        {Label::interviewer, {N_("Interviewer")}},
        // TRANSLATORS: a box on the printed sheet for the interview's date
        {Label::date, {N_("Date")}},
        // TRANSLATORS: the page number at the foot of a printed page
        {Label::page_of, {N_("Page %1 of %2")}},
        // TRANSLATORS: at the top of a printed page: %1 is a competency (or a table) begun on an earlier page
        {Label::continued, {N_("%1 (continued)")}},

        // TRANSLATORS: a competency's weight in the total score, on the printed sheet
        {Label::weight, {N_("Weight")}},
        // TRANSLATORS: the lowest acceptable mean for a competency, on the printed sheet
        {Label::minimum, {N_("Minimum")}},
        // TRANSLATORS: the time planned for one question, e.g. "4 min"
        {Label::minutes, {N_("%1 min")}},
        // TRANSLATORS: the time planned for a competency or a whole interview
        {Label::minutes_planned, {NP_("%1 minute", "%1 minutes")}},
        // TRANSLATORS: a heading on the cover of the interview sheet
        {Label::how_to_rate, {N_("How to rate")}},
        // TRANSLATORS: STAR is the usual name of the method: keep the letters as initials of the four words
        {Label::star_reminder,
         {N_("Note the Situation, the Task, the Action the candidate took and the Result (STAR). Rate each "
             "competency right after its questions, against the anchors.")}},
        {Label::scale, {N_("Scale")}},
        // TRANSLATORS: a heading on the cover of the interview sheet: what an interviewer must never ask
        {Label::do_not_ask, {N_("Questions not to ask")}},
        // TRANSLATORS: the protected traits; use the wording of your country's equal-treatment law where it has one
        {Label::do_not_ask_text,
         {N_("Ask only about the work. Never ask about age, origin or nationality, religion or beliefs, marital or "
             "family status, pregnancy or plans for children, health or disability, sexual orientation or gender "
             "identity, political opinions or union membership. If the candidate brings one up, do not follow it "
             "up and do not write it down.")}},
        // TRANSLATORS: the cover's table of the competencies, with a box for each rating
        {Label::summary, {N_("Summary")}},
        // TRANSLATORS: a column of the cover's summary: the minutes planned for a competency
        {Label::time, {N_("Time")}},
        // TRANSLATORS: the interviewer's hiring recommendation, ticked at the end of the interview
        {Label::overall_recommendation, {N_("Overall recommendation")}},
        // TRANSLATORS: lines for the interviewer's overall comment
        {Label::comment, {N_("Comment")}},
        // TRANSLATORS: a box for notes on a competency that fit none of its questions
        {Label::notes_box, {N_("Other evidence and notes")}},
        // TRANSLATORS: behaviours that point to a higher rating
        {Label::green_flags, {N_("Green flags")}},
        // TRANSLATORS: behaviours that point to a lower rating
        {Label::red_flags, {N_("Red flags")}},
        // TRANSLATORS: the heading above the tick boxes of a competency's rating scale
        {Label::overall_rating, {N_("Rating for the competency")}},

        // TRANSLATORS: whether a scorecard is a draft or submitted
        {Label::status, {N_("Status")}},
        {Label::draft, {NC_("scorecard status", "Draft")}},
        {Label::submitted, {NC_("scorecard status", "Submitted")}},
        // TRANSLATORS: printed large across every page of a report of an unsubmitted scorecard; keep it one short word
        {Label::draft_mark, {N_("DRAFT")}},
        {Label::draft_note, {N_("Draft: not submitted yet, so its ratings and notes may still change.")}},
        {Label::recommendation, {N_("Recommendation")}},
        // TRANSLATORS: an interviewer's recommendation, as in the interview's summary dialog
        {Label::strong_no, {N_("Strong no")}},
        {Label::no, {N_("No")}},
        {Label::yes, {N_("Yes")}},
        {Label::strong_yes, {N_("Strong yes")}},
        {Label::rating, {N_("Rating")}},
        {Label::not_assessable, {N_("Not assessable")}},
        // TRANSLATORS: a competency the interviewer has not rated
        {Label::not_rated, {N_("Not rated")}},
        // TRANSLATORS: a question without notes in the interview report
        {Label::no_notes, {N_("No notes")}},
        {Label::notes, {N_("Notes")}},
        // TRANSLATORS: the decimal separator of numbers on the printed pages (84.4): "." or ","
        {Label::decimal_separator, {N_(".")}},
        // TRANSLATORS: a percentage on the printed pages; %1 is the number
        {Label::percent, {N_("%1%")}},
        // TRANSLATORS: a date on the printed pages: %1 the day, %2 the month's name, %3 the year
        {Label::date_format, {N_("%1 %2 %3")}},
        // TRANSLATORS: a date and a time of day on the printed pages: %1 the date, %2 the time
        {Label::date_time_format, {N_("%1, %2")}},
        {Label::january, {NC_("month", "January")}},
        {Label::february, {NC_("month", "February")}},
        {Label::march, {NC_("month", "March")}},
        {Label::april, {NC_("month", "April")}},
        {Label::may, {NC_("month", "May")}},
        {Label::june, {NC_("month", "June")}},
        {Label::july, {NC_("month", "July")}},
        {Label::august, {NC_("month", "August")}},
        {Label::september, {NC_("month", "September")}},
        {Label::october, {NC_("month", "October")}},
        {Label::november, {NC_("month", "November")}},
        {Label::december, {NC_("month", "December")}},

        {Label::candidates, {NP_("%1 candidate", "%1 candidates")}},
        // TRANSLATORS: the candidates a printed comparison shows, when it shows some only
        {Label::shown_of, {NP_("%1 of %2 candidate", "%1 of %2 candidates")}},
        // TRANSLATORS: the role a printed comparison is filtered to
        {Label::role_filter, {N_("Role: %1")}},
        // TRANSLATORS: a narrow column: how many interviewers' scorecards count for the candidate
        {Label::panel, {N_("Panel")}},
        // TRANSLATORS: a narrow column: the share of possible ratings the panel gave
        {Label::coverage, {N_("Coverage")}},
        {Label::total, {N_("Total")}},
        // TRANSLATORS: a column: how many interviewers recommend hiring, and how strongly
        {Label::recommendations, {N_("Recommendations")}},
        {Label::competencies, {N_("Competencies")}},
        {Label::legend_panel, {N_("Panel: the interviewers whose scorecards count")}},
        {Label::legend_coverage, {N_("Coverage: the share of the rubric's weight rated; incomplete candidates rank after the complete")}},
        // TRANSLATORS: the small number printed under each candidate's total
        {Label::legend_adjusted, {N_("Under the total: the adjusted total, with each interviewer's severity offset taken out (none where an interviewer has no offset); the total ranks")}},
        {Label::legend_marks, {N_("▼ below the competency's minimum   ≠ interviewers disagree: talk it through")}},
        {Label::below_minimum, {N_("below a minimum bar")}},
        {Label::disagreement, {N_("interviewers disagree")}},
        {Label::drafts_excluded, {N_("drafts left out")}},
        {Label::rubric_changed, {N_("rubric changed since scoring")}},
        {Label::rubric_unverified, {N_("rubric version not recorded")}},
        {Label::incomplete, {N_("incomplete: not every competency rated")}},
        {Label::minimum_not_assessed, {N_("a minimum bar not assessed")}},
        {Label::split_recommendation, {N_("split panel: strong yes and strong no")}},
        {Label::sync_conflict, {N_("a sync copy decided a score")}},
        {Label::drafts_included, {N_("drafts counted")}},
        {Label::decided_on_changed_evidence, {N_("decided on evidence that changed since")}},
        // TRANSLATORS: under a candidate's name; %1 is the outcome (hire, no hire, hold, next stage)
        {Label::decision, {N_("decision: %1")}},
        // TRANSLATORS: under a candidate's name; %1 is the outcome of a decision not yet final
        {Label::decision_draft, {N_("decision (draft): %1")}},
        // TRANSLATORS: the outcome of a hiring decision
        {Label::hire, {N_("hire")}},
        // TRANSLATORS: the outcome of a hiring decision
        {Label::no_hire, {N_("no hire")}},
        // TRANSLATORS: the outcome of a hiring decision: decided later
        {Label::hold, {N_("on hold")}},
        // TRANSLATORS: the outcome of a hiring decision: on to the next round of interviews
        {Label::next_stage, {N_("next stage")}},
        {Label::competency, {N_("Competency")}},
        // TRANSLATORS: a column: what panel agreement means, in plain words
        {Label::reading, {N_("Reading")}},
        {Label::panel_agreement, {N_("Panel agreement")}},
        {Label::agreement_explained,
         // xgettext:no-c-format
         {N_("Intraclass correlation (ICC) with its 95% interval: 1 means the interviewers agree fully, 0 no more "
             "than chance. Below 0.50 poor, 0.50-0.75 moderate, 0.75-0.90 good, above 0.90 excellent (Koo & Li, "
             "2016).")}},
        {Label::warnings, {N_("Warnings")}},
        {Label::blind_note, {N_("Blind review: candidates' names are replaced by codes.")}},
        // TRANSLATORS: the title of the radar chart of the candidates' competency means
        {Label::chart_title, {N_("Competency means")}},
        {Label::agreement_not_enough, {N_("not enough ratings to tell")}},
        {Label::agreement_poor, {N_("ratings diverge: calibrate before deciding")}},
        {Label::agreement_moderate, {N_("agree only in part: worth a calibration talk")}},
        {Label::agreement_good, {N_("interviewers agree well")}},
        {Label::agreement_excellent, {N_("interviewers agree very well")}},
        {Label::agreement_uncertain, {N_("(few ratings: a tendency)")}},

        // TRANSLATORS: the printed page the panel talks a candidate through before deciding
        {Label::debrief, {N_("Debrief")}},
        // TRANSLATORS: the title of a candidate's debrief page; %1 is the candidate (or a blind code)
        {Label::debrief_title, {N_("Debrief: %1")}},
        {Label::debrief_order_note,
         {N_("Competencies where the interviewers' ratings lie furthest apart come first; both ends of the scale "
             "before the rest.")}},
        {Label::debrief_nothing_counted,
         {N_("No scorecard of this candidate counts yet: drafts are left out unless they are included.")}},
        // TRANSLATORS: a heading: the red flags any interviewer ticked for the candidate
        {Label::debrief_red_flags, {N_("Red flags ticked")}},
        {Label::debrief_no_red_flags, {N_("No interviewer ticked a red flag.")}},
        // TRANSLATORS: after a red flag: %1 lists the interviewers who ticked it
        {Label::debrief_ticked_by, {N_("ticked by %1")}},
        // TRANSLATORS: a column: the green and red flags an interviewer ticked
        {Label::debrief_flags, {N_("Flags")}},
        // TRANSLATORS: %1 is a competency's mean rating
        {Label::debrief_mean, {N_("Mean %1")}},
        // TRANSLATORS: %1 is how many points apart the highest and lowest ratings are
        {Label::debrief_spread, {N_("spread %1")}},
        // TRANSLATORS: %1 is how many points apart the ratings are, from the lowest point of the scale to the highest
        {Label::debrief_spread_polarised, {N_("spread %1: both ends of the scale")}},
    };
    return words;
}

} // namespace

std::string label(Label which, const std::string& language) {
    const auto& w = table().at(which);
    return w.context ? translate(w.context, w.msgid, language) : translate(w.msgid, language);
}

std::string label(Label which, const std::string& language, long n) {
    const auto& w = table().at(which);
    if (!w.plural)
        return label(which, language);
    return translate(w.msgid, w.plural, n, language);
}

std::string substitute(std::string text, std::initializer_list<std::string> values) {
    int index = 0;
    for (const auto& value : values) {
        const std::string marker = "%" + std::to_string(++index);
        if (auto at = text.find(marker); at != std::string::npos)
            text.replace(at, marker.size(), value);
    }
    return text;
}

std::string reading_text(const AgreementReading& reading, const std::string& language) {
    static const std::array<Label, 5> levels{Label::agreement_not_enough, Label::agreement_poor,
                                             Label::agreement_moderate, Label::agreement_good,
                                             Label::agreement_excellent};
    std::string text = label(levels.at(static_cast<std::size_t>(reading.level)), language);
    if (reading.uncertain)
        text += " " + label(Label::agreement_uncertain, language);
    return text;
}

std::string agreement_notes_text(const std::vector<AgreementNote>& notes, const std::string& language) {
    std::string text;
    for (const auto note : notes)
        text += (text.empty() ? "" : " ") + translate(agreement_note_text(note), language);
    return text;
}

std::string flag_text(const std::string& flag, const std::string& language) {
    static const std::map<std::string, Label> flags{{"below-minimum", Label::below_minimum},
                                                    {"disagreement", Label::disagreement},
                                                    {"drafts-excluded", Label::drafts_excluded},
                                                    {"rubric-changed", Label::rubric_changed},
                                                    {"rubric-unverified", Label::rubric_unverified},
                                                    {"incomplete", Label::incomplete},
                                                    {"minimum-not-assessed", Label::minimum_not_assessed},
                                                    {"split-recommendation", Label::split_recommendation},
                                                    {"sync-conflict", Label::sync_conflict},
                                                    {"drafts-included", Label::drafts_included},
                                                    {"decided-on-changed-evidence", Label::decided_on_changed_evidence}};
    const auto it = flags.find(flag);
    return it == flags.end() ? flag : label(it->second, language);
}

std::string outcome_text(Outcome outcome, const std::string& language) {
    switch (outcome) {
    case Outcome::hire: return label(Label::hire, language);
    case Outcome::no_hire: return label(Label::no_hire, language);
    case Outcome::hold: return label(Label::hold, language);
    case Outcome::next_stage: return label(Label::next_stage, language);
    }
    return label(Label::hold, language);
}

std::string recommendation_text(Recommendation recommendation, const std::string& language) {
    switch (recommendation) {
    case Recommendation::strong_no: return label(Label::strong_no, language);
    case Recommendation::no: return label(Label::no, language);
    case Recommendation::yes: return label(Label::yes, language);
    case Recommendation::strong_yes: return label(Label::strong_yes, language);
    }
    return label(Label::no, language);
}

} // namespace extramile::report
