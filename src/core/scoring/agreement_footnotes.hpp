// Why the panel's agreement could not be estimated, stated once for all the
// competencies it holds for: a reason often holds for every competency (too
// few candidates), and a page that repeats it on each row hides the rows.
// The comparison PDF and the app's agreement tab number them alike.
#pragma once

#include "core/scoring/agreement_note.hpp"
#include "core/scoring/panel_agreement.hpp"
#include "core/model/rubric.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace extramile {

struct AgreementFootnotes {
    // Footnote n (from 1) is notes[n - 1]: the reasons of one or more
    // competencies, in the order the rubric first meets them.
    std::vector<std::vector<AgreementNote>> notes;
    // By the rubric's competencies: the number of its footnote, 0 for none.
    std::vector<std::size_t> of;
};

// A competency missing from `agreement` has no reasons (nothing to note).
AgreementFootnotes agreement_footnotes(const Rubric& rubric,
                                       const std::map<std::string, PanelAgreement>& agreement);

} // namespace extramile
