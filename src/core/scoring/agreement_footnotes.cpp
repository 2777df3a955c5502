#include "core/scoring/agreement_footnotes.hpp"

#include <algorithm>

namespace extramile {

AgreementFootnotes agreement_footnotes(const Rubric& rubric,
                                       const std::map<std::string, PanelAgreement>& agreement) {
    AgreementFootnotes out;
    for (const auto& competency : rubric.competencies) {
        const auto found = agreement.find(competency.id);
        if (found == agreement.end() || found->second.notes.empty()) {
            out.of.push_back(0);
            continue;
        }
        const auto& notes = found->second.notes;
        auto at = std::find(out.notes.begin(), out.notes.end(), notes);
        if (at == out.notes.end())
            at = out.notes.insert(out.notes.end(), notes);
        out.of.push_back(static_cast<std::size_t>(at - out.notes.begin()) + 1);
    }
    return out;
}

} // namespace extramile
