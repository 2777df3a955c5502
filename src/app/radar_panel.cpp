#include "radar_panel.hpp"

#include "dc_cairo.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

namespace extramile::app {

RadarPanel::RadarPanel(wxWindow* parent, wxWindowID id) : wxPanel(parent, id) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetMinSize(FromDIP(wxSize(320, 260)));
    Bind(wxEVT_PAINT, &RadarPanel::OnPaint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        Refresh();
        event.Skip();
    });
}

void RadarPanel::SetChart(report::RadarChart chart) {
    chart_ = std::move(chart);
    Refresh();
}

void RadarPanel::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    // The chart is a printed page's drawing: it sits on paper white in any theme.
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    if (chart_.axes.empty() || chart_.series.empty()) {
        dc.SetTextForeground(wxColour(90, 90, 90));
        const wxString hint = _("Select candidates in the table to compare them here.");
        const auto size = GetClientSize();
        const auto text = dc.GetTextExtent(hint);
        dc.DrawText(hint, std::max(0, (size.x - text.x) / 2), std::max(0, (size.y - text.y) / 2));
        return;
    }
    const DcCairo cairo(dc);
    cairo_t* cr = cairo.get();
    if (!cr)
        return;
    const auto size = GetClientSize();
    const double margin = FromDIP(8);
    cairo_save(cr);
    report::draw_radar_chart(cr, chart_, margin, margin, size.x - 2 * margin, size.y - 2 * margin);
    cairo_restore(cr);
}

} // namespace extramile::app
