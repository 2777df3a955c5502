// The scorecard model: one interviewer's record of one candidate.
// Plain values; reading and writing live in scorecard_xml.hpp.
#pragma once

#include "core/model/rubric.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace extramile {

enum class ScorecardStatus { draft, submitted };
enum class Recommendation { strong_no, no, yes, strong_yes };

struct Rating {
    std::string competency;
    std::optional<int> value; // nullopt: "na", not assessable
    int line = 0;
    bool operator==(const Rating& o) const { return competency == o.competency && value == o.value; }
};

struct Note {
    std::string question;   // a question id, or empty for a note on the competency
    std::string competency; // set for competency-level notes
    std::string text;
    int line = 0;
    bool operator==(const Note& o) const {
        return question == o.question && competency == o.competency && text == o.text;
    }
};

// A green or red flag the interviewer ticked: the index-th signal of that kind.
struct SignalMark {
    std::string competency;
    SignalKind kind = SignalKind::green;
    int index = 0;
    int line = 0;
    bool operator==(const SignalMark& o) const {
        return competency == o.competency && kind == o.kind && index == o.index;
    }
};

// Something that happened to the scorecard as a whole: submitted, reopened.
struct ScorecardEvent {
    std::string kind;   // "submitted" or "reopened"
    std::string at;     // ISO 8601 UTC
    std::string by;     // who, when known
    std::string reason; // why (a reopening), when given
    bool operator==(const ScorecardEvent&) const = default;
};

struct RubricRef {
    std::string id;
    std::string version;
    std::string digest; // "sha256:<hex>", or empty when not recorded
    bool operator==(const RubricRef&) const = default;
};

struct Scorecard {
    std::string id; // a UUID, stable across saves
    long revision = 0;
    ScorecardStatus status = ScorecardStatus::draft;
    RubricRef rubric;
    std::string candidate_id;
    std::string candidate_name;
    std::string candidate_role;
    std::string interviewer;
    std::string started; // ISO 8601 UTC, e.g. 2026-11-22T10:00:00Z; empty when unknown
    std::string ended;
    std::string language;      // the rubric texts' language while scoring ("es"); empty when unknown
    std::int64_t elapsed_seconds = 0; // how long the interview has run, over every sitting
    std::string at_question;   // the question shown when last saved: where a reopened draft resumes
    std::vector<Rating> ratings;
    std::vector<Note> notes;
    std::vector<SignalMark> signals;
    std::optional<Recommendation> recommendation;
    std::string comment; // the overall comment that goes with the recommendation
    std::vector<ScorecardEvent> events;
    std::vector<std::string> extensions; // unknown child elements, kept verbatim

    const Rating* rating_for(const std::string& competency) const;
    // Sets (or with nullopt, marks "na") the rating of a competency.
    void rate(const std::string& competency, std::optional<int> value);
    // Removes the rating of a competency (not yet rated).
    void unrate(const std::string& competency);

    // The note on a question ("" when none); setting "" removes it.
    std::string note_on(const std::string& question) const;
    void set_note(const std::string& question, const std::string& text);

    bool is_flagged(const std::string& competency, SignalKind kind, int index) const;
    void set_flag(const std::string& competency, SignalKind kind, int index, bool on);

    bool submitted() const { return status == ScorecardStatus::submitted; }
    // Submitting records when; a submitted scorecard changes only after reopen().
    void submit(const std::string& now);
    void reopen(const std::string& now, const std::string& by, const std::string& reason = {});
    bool operator==(const Scorecard&) const = default;
};

const char* to_string(ScorecardStatus status);
const char* to_string(Recommendation recommendation);
std::optional<ScorecardStatus> status_from_string(const std::string& text);
std::optional<Recommendation> recommendation_from_string(const std::string& text);

// How candidates are grouped: the candidate id, else the name's key
// (unicode_text.hpp: NFC, full case folding, white space collapsed), so
// "Íñigo Ñúñez", "ÍÑIGO ÑÚÑEZ" and the decomposed spelling are one person.
std::string candidate_key(const Scorecard& scorecard);
// The same key from a candidate's id (may be empty) and name.
std::string candidate_key(const std::string& id, const std::string& name);

} // namespace extramile
