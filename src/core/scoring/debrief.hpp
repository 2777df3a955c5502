// The debrief of one candidate: what the panel talks through before it
// decides, starting where it disagrees. Competencies ordered by spread
// (both ends of the scale first), each interviewer's rating with its anchor,
// flags and notes side by side, every recommendation, and the red flags
// anyone ticked. Made once here for the compare view and the printed page,
// with blind review applied as compare's blind mode does it: the candidate
// is named by their code, names and e-mail addresses in notes become the
// code, no file is named; interviewers keep their names.
#pragma once

#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"
#include "core/scoring/scoring.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace extramile {

struct DebriefNote {
    std::string question; // the question's text; empty for a note on the competency as a whole
    std::string text;
};

struct DebriefFlag {
    SignalKind kind = SignalKind::green;
    std::string text;
};

// One interviewer on one competency.
struct DebriefRating {
    std::string interviewer;
    bool rated = false;       // the scorecard rates the competency (a scale point or "na")
    std::optional<int> value; // nullopt with `rated`: not assessable
    std::string label;        // the scale point's label ("Strong"), or the not-assessable label
    std::string anchor;       // the behavioural anchor of that point, as the rubric words it
    std::vector<DebriefNote> notes;
    std::vector<DebriefFlag> flags;
};

struct DebriefCompetency {
    std::string id;
    std::string name;
    double weight = 0;
    std::optional<double> minimum;
    std::optional<double> mean;
    std::optional<int> spread;
    bool polarised = false;
    bool disagreement = false;
    bool below_minimum = false;
    bool minimum_not_assessed = false;
    std::vector<DebriefRating> ratings; // one per counted scorecard, in file order
};

struct DebriefRecommendation {
    std::string interviewer;
    std::optional<Recommendation> value;
    std::string comment;
};

// A red flag and everyone who ticked it.
struct DebriefRedFlag {
    std::string competency; // the competency's name
    std::string text;
    std::vector<std::string> interviewers;
};

struct Debrief {
    std::string key;  // the candidate's key as shown (a code in blind review)
    std::string name; // as shown (the code in blind review)
    std::string role;
    std::optional<double> total;
    double coverage = 0;
    std::vector<std::string> flags; // core's flags ("below-minimum", ...)
    std::vector<std::string> interviewers;
    std::vector<DebriefCompetency> competencies; // polarised first, then by spread, largest first
    std::vector<DebriefRecommendation> recommendations;
    std::vector<DebriefRedFlag> red_flags;
    bool blind = false;
};

struct DebriefInput {
    const Rubric& rubric;
    const CandidateResult& original; // with names and files
    const CandidateResult& shown;    // as displayed: blind codes in blind review
    const std::map<std::filesystem::path, const Scorecard*>& scorecards; // by file, with their notes
    std::string language;
    bool blind = false;
};

Debrief make_debrief(const DebriefInput& input);

// The order a debrief talks competencies through: polarised (both ends of
// the scale) first, then by spread, largest first; the rubric's order among
// equals. `candidates` are the results the spread is taken over (the
// largest spread among them counts).
std::vector<const Competency*> debrief_order(const Rubric& rubric,
                                             const std::vector<const CandidateResult*>& candidates);

// A note as a blind review shows it: the candidate's name (as the scorecard
// spells it and as the comparison groups it), id and e-mail addresses
// replaced by the code. Unchanged outside blind review.
std::string visible_note(const std::string& text, const Scorecard& scorecard, const CandidateResult& original,
                         const CandidateResult& shown, bool blind);

// The candidates of `comparison` a debrief is asked for: by id, by name
// (compared as candidates are grouped), or, in blind review, by code only.
// Indexes into both comparisons (the same candidates in the same order), in
// the order asked, each once; `unknown` gets the requests that match nobody.
std::vector<int> find_candidates(const Comparison& original, const Comparison& shown,
                                 const std::vector<std::string>& wanted, bool blind,
                                 std::vector<std::string>& unknown);

} // namespace extramile
