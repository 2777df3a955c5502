#include "window_placement.hpp"

#include <wx/display.h>
#include <wx/toplevel.h>

#include <algorithm>

namespace extramile::app {

void FitInsideDisplay(wxTopLevelWindow& window) {
    const int index = wxDisplay::GetFromWindow(&window);
    const wxRect area = wxDisplay(index == wxNOT_FOUND ? 0u : static_cast<unsigned>(index)).GetClientArea();
    if (area.IsEmpty())
        return;
    const wxSize min = window.GetMinSize();
    if (min.IsFullySpecified())
        window.SetMinSize(wxSize(std::min(min.x, area.width), std::min(min.y, area.height)));
    wxRect rect = window.GetRect();
    rect.width = std::min(rect.width, area.width);
    rect.height = std::min(rect.height, area.height);
    rect.x = std::clamp(rect.x, area.x, area.GetRight() - rect.width + 1);
    rect.y = std::clamp(rect.y, area.y, area.GetBottom() - rect.height + 1);
    window.SetSize(rect);
}

} // namespace extramile::app
