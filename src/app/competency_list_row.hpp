// A row of the interview's competency list: the competency, then where its
// rating stands, in words a screen reader speaks as well as a person reads
// ("Service first · rated 4"), not in symbols only.
#pragma once

#include "core/model/scorecard.hpp"

#include <wx/string.h>

namespace extramile::app {

// `rating` is null while the competency is not rated.
wxString CompetencyListRow(const wxString& name, const Rating* rating);

} // namespace extramile::app
