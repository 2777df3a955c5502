#include "core/model/decision.hpp"

#include <algorithm>
#include <stdexcept>

namespace extramile {

std::string Decision::reason_for(const std::string& competency) const {
    for (const auto& r : reasons)
        if (r.competency == competency)
            return r.text;
    return {};
}

void Decision::set_reason(const std::string& competency, const std::string& text) {
    auto it = std::find_if(reasons.begin(), reasons.end(),
                           [&](const DecisionReason& r) { return r.competency == competency; });
    if (text.empty()) {
        if (it != reasons.end())
            reasons.erase(it);
    } else if (it != reasons.end()) {
        it->text = text;
    } else if (competency.empty()) {
        reasons.insert(reasons.begin(), {competency, text, 0}); // the overall reason first
    } else {
        reasons.push_back({competency, text, 0});
    }
}

void Decision::finalise(const std::string& now, const std::string& by, std::vector<BasisEntry> seen) {
    if (is_final())
        throw std::logic_error("the decision is final already; reopen it first");
    status = DecisionStatus::final;
    decided_by = by;
    decided_at = now;
    basis = std::move(seen);
    events.push_back({"finalised", now, by, {}});
}

void Decision::reopen(const std::string& now, const std::string& by, const std::string& reason) {
    if (!is_final())
        throw std::logic_error("only a final decision is reopened");
    status = DecisionStatus::draft;
    events.push_back({"reopened", now, by, reason});
}

const char* to_string(DecisionStatus status) { return status == DecisionStatus::final ? "final" : "draft"; }

const char* to_string(Outcome outcome) {
    switch (outcome) {
    case Outcome::hire: return "hire";
    case Outcome::no_hire: return "no-hire";
    case Outcome::hold: return "hold";
    case Outcome::next_stage: return "next-stage";
    }
    return "hold";
}

std::optional<DecisionStatus> decision_status_from_string(const std::string& text) {
    if (text == "draft")
        return DecisionStatus::draft;
    if (text == "final")
        return DecisionStatus::final;
    return std::nullopt;
}

std::optional<Outcome> outcome_from_string(const std::string& text) {
    for (auto o : {Outcome::hire, Outcome::no_hire, Outcome::hold, Outcome::next_stage})
        if (text == to_string(o))
            return o;
    return std::nullopt;
}

std::string candidate_key(const Decision& decision) {
    return candidate_key(decision.candidate_id, decision.candidate_name);
}

} // namespace extramile
