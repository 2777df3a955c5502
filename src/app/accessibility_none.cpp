// accessibility.hpp where the port has no accessibility tree of its own to
// reach from wx 3.2 (wxAccessible would serve MSW; not used yet): nothing.
#include "accessibility.hpp"

namespace extramile::app::a11y {

void SetName(wxWindow&, const wxString&) {}
void SetDescription(wxWindow&, const wxString&) {}
void LabelledBy(wxWindow&, wxWindow&) {}
void DescribedBy(wxWindow&, wxWindow&) {}
void MarkAsDialog(wxTopLevelWindow&) {}
void StartMarkingDialogs() {}
void StopMarkingDialogs() {}

} // namespace extramile::app::a11y
