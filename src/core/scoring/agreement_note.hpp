// Why an estimate of panel agreement is missing: a code the report and the
// app put in their page's language, and its English sentence, which the
// JSON and the command line's table give (the `note` of formats.md).
#pragma once

namespace extramile {

enum class AgreementNote {
    not_numbers,           // some rating is not a finite number
    nobody_rated,          // no candidate has a rating
    too_few_candidates,    // one candidate only
    one_rating_each,       // no candidate rated by two interviewers
    all_the_same,          // every rating the same
    identical_within,      // each candidate's interviewers gave identical ratings
    one_way_failed,        // ICC(1,1) could not be computed
    panel_incomplete,      // not every candidate rated once by every interviewer
    fixed_offsets,         // the interviewers differ by the same amount for every candidate
    two_way_degenerate,    // only disagreement left
    two_way_interval,      // the ICC(2,1) interval could not be computed
    average_undefined,     // ICC(2,k) undefined: too much disagreement
    average_unbounded,     // ICC(2,k) interval without a lower limit
    average_failed,        // ICC(2,k) could not be computed
};

// The sentence in English; the same text is the message id its
// translations are found by (po/*.po).
const char* agreement_note_text(AgreementNote note);

} // namespace extramile
