// A comparison's results in the words an HR person reads at a glance: the
// flags core sets, recommendations and decisions. One place, so that the
// table, the debrief and the decision dialog say the same thing.
#pragma once

#include "core/model/decision.hpp"
#include "core/scoring/scoring.hpp"

#include <wx/string.h>

#include <string>

namespace extramile::app {

wxString FlagText(const std::string& flag, const CandidateResult& candidate);
wxString RecommendationText(Recommendation recommendation); // "strong yes"
wxString OutcomeText(Outcome outcome);                      // "hire"
// "hire (final)", "hold (draft)", "reopened: no outcome"; empty without a decision.
wxString DecisionText(const CandidateResult& candidate);

} // namespace extramile::app
