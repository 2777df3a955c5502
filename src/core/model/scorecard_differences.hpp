// What differs between two versions of a scorecard (this window's and the
// one found on disk), so an interviewer can choose which to keep knowing
// what each holds.
#pragma once

#include "core/model/scorecard.hpp"

#include <string>
#include <vector>

namespace extramile {

struct ScorecardDifference {
    enum class Kind { rating, flag, note, recommendation, comment, status, candidate, interviewer };
    Kind kind = Kind::rating;
    std::string competency; // rating, flag, note on a competency
    std::string question;   // note on a question
    SignalKind signal = SignalKind::green; // flag
    int index = 0;                         // flag
    // The values as stored ("4", "na", "yes", "draft"...); "" when absent.
    std::string mine, theirs;
};

// In the scorecard's order: identity first, then ratings, flags, notes,
// the recommendation and comment.
std::vector<ScorecardDifference> differences(const Scorecard& mine, const Scorecard& theirs);

} // namespace extramile
