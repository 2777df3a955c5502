// Small pieces of text every export of a comparison writes the same way.
#pragma once

#include "core/scoring/scoring.hpp"

#include <cstdio>
#include <string>
#include <vector>

namespace extramile::services {

// A number with a fixed count of decimals, always with a full stop: files
// are read by programs (a spreadsheet's locale is the CSV writer's business).
inline std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// The decision's outcome as files write it ("hire", "no-hire"...), "" when
// there is no decision or it has no outcome yet.
inline std::string decision_outcome(const CandidateResult& c) {
    return c.decision && c.decision->outcome ? to_string(*c.decision->outcome) : "";
}

inline const char* basis_change_kind(BasisChange::Kind kind) {
    switch (kind) {
    case BasisChange::Kind::gone: return "gone";
    case BasisChange::Kind::changed: return "changed";
    case BasisChange::Kind::added: return "added";
    }
    return "changed";
}

inline std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

// The ids of a candidate's competencies with a flag set (below_minimum, disagreement).
inline std::vector<std::string> competencies_flagged(const CandidateResult& c, bool CompetencyResult::*flag) {
    std::vector<std::string> ids;
    for (const auto& [id, result] : c.competencies)
        if (result.*flag)
            ids.push_back(id);
    return ids;
}

} // namespace extramile::services
