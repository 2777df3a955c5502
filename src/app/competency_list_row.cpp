#include "competency_list_row.hpp"

#include <wx/intl.h>

namespace extramile::app {

wxString CompetencyListRow(const wxString& name, const Rating* rating) {
    // The name first: it is what the interviewer looks for, and a name cut
    // short to fit the list still leaves the state readable.
    if (!rating)
        // TRANSLATORS: a row of the competency list; %s is the competency.
        return wxString::Format(_("%s · not rated"), name);
    if (!rating->value)
        // TRANSLATORS: a row of the competency list; %s is the competency.
        return wxString::Format(_("%s · not assessable"), name);
    // TRANSLATORS: a row of the competency list; %s is the competency, %d its rating.
    return wxString::Format(_("%s · rated %d"), name, *rating->value);
}

} // namespace extramile::app
