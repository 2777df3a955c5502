#include "core/scoring/agreement_note.hpp"

// Marks the sentences for po/update-pot (xgettext --keyword=N_): the app and
// the printed pages translate them when they show them.
#define N_(msgid) msgid

namespace extramile {

const char* agreement_note_text(AgreementNote note) {
    switch (note) {
    case AgreementNote::not_numbers:
        return N_("Some ratings are not numbers, so agreement cannot be computed.");
    case AgreementNote::nobody_rated:
        return N_("No candidate has been rated yet, so there is no agreement to estimate.");
    case AgreementNote::too_few_candidates:
        return N_("Too few candidates to estimate agreement: at least two are needed.");
    case AgreementNote::one_rating_each:
        return N_("No candidate was rated by more than one interviewer, so agreement cannot be estimated.");
    case AgreementNote::all_the_same:
        return N_("Every rating is the same: agreement is perfect but cannot be estimated from variance.");
    case AgreementNote::identical_within:
        return N_("Interviewers gave identical ratings: agreement is perfect but cannot be estimated from variance.");
    case AgreementNote::one_way_failed:
        return N_("The one-way agreement could not be computed for these ratings.");
    case AgreementNote::panel_incomplete:
        return N_("The two-way estimates need every candidate rated exactly once by every interviewer, and this "
                  "panel is incomplete.");
    case AgreementNote::fixed_offsets:
        return N_("Each interviewer's ratings differ from the others' by the same amount for every candidate, so "
                  "two-way agreement cannot be estimated from variance.");
    case AgreementNote::two_way_degenerate:
        return N_("Two-way agreement cannot be estimated: the candidates' average ratings are all equal and so are "
                  "the interviewers', leaving only disagreement.");
    case AgreementNote::two_way_interval:
        return N_("The confidence interval for two-way agreement cannot be computed for these ratings.");
    case AgreementNote::average_undefined:
        return N_("The interviewers disagree too much for agreement of their average rating to be defined.");
    case AgreementNote::average_unbounded:
        return N_("With so few candidates the confidence interval of the interviewers' average agreement has no "
                  "lower limit.");
    case AgreementNote::average_failed:
        return N_("The agreement of the interviewers' average rating could not be computed for these ratings.");
    }
    return "";
}

} // namespace extramile
