// The decision record: what a panel decided about one candidate, who
// decided and why, and exactly which scorecards it was based on. Plain
// values; reading and writing live in decision_xml.hpp.
#pragma once

#include "core/model/scorecard.hpp"

#include <optional>
#include <string>
#include <vector>

namespace extramile {

enum class DecisionStatus { draft, final };
enum class Outcome { hire, no_hire, hold, next_stage };

// One scorecard as it was when the decision was made final: its id, its
// revision and the digest of its file's bytes ("sha256:...", as read).
struct BasisEntry {
    std::string scorecard;
    long revision = 0;
    std::string digest;
    bool operator==(const BasisEntry&) const = default;
};

// Why: overall (`competency` empty) or about one competency.
struct DecisionReason {
    std::string competency;
    std::string text;
    int line = 0;
    bool operator==(const DecisionReason& o) const { return competency == o.competency && text == o.text; }
};

// Something that happened to the record: made final, reopened (with why).
struct DecisionEvent {
    std::string kind; // "finalised" or "reopened"
    std::string at;   // ISO 8601 UTC
    std::string by;
    std::string reason; // why it was reopened
    bool operator==(const DecisionEvent&) const = default;
};

struct Decision {
    std::string id; // a UUID, stable across saves
    long revision = 0;
    DecisionStatus status = DecisionStatus::draft;
    std::string candidate_id;
    std::string candidate_name;
    std::string candidate_role;
    RubricRef rubric; // the rubric of the comparison it was made from (id empty: not recorded)
    std::optional<Outcome> outcome;
    std::string decided_by;
    std::string decided_at; // ISO 8601 UTC; when it was made final
    std::vector<std::string> members; // the panel present
    // The scorecards seen when it was last made final (a reopened draft
    // keeps them until it is made final again).
    std::vector<BasisEntry> basis;
    std::vector<DecisionReason> reasons; // at most one overall and one per competency
    std::vector<DecisionEvent> events;
    std::vector<std::string> extensions; // unknown child elements, kept verbatim

    bool is_final() const { return status == DecisionStatus::final; }
    // The reason about `competency` ("" for the overall one); "" when none.
    std::string reason_for(const std::string& competency) const;
    // Sets the reason about `competency` ("" overall); "" removes it.
    void set_reason(const std::string& competency, const std::string& text);

    // Making it final records who, when and on what basis; reopening it (a
    // final decision only) records who, when and why. Both throw
    // std::logic_error when the status does not allow them.
    void finalise(const std::string& now, const std::string& by, std::vector<BasisEntry> seen);
    void reopen(const std::string& now, const std::string& by, const std::string& reason);
    bool operator==(const Decision&) const = default;
};

const char* to_string(DecisionStatus status);
const char* to_string(Outcome outcome);
std::optional<DecisionStatus> decision_status_from_string(const std::string& text);
std::optional<Outcome> outcome_from_string(const std::string& text);

// The grouping key of the candidate the decision is about, as
// candidate_key() of their scorecards.
std::string candidate_key(const Decision& decision);

} // namespace extramile
