// The radar chart of the candidates chosen for a side-by-side look, drawn by
// the same routine as the printed comparison report.
#pragma once

#include "report/radar_chart.hpp"

#include <wx/panel.h>

namespace extramile::app {

class RadarPanel : public wxPanel {
public:
    explicit RadarPanel(wxWindow* parent, wxWindowID id = wxID_ANY);
    void SetChart(report::RadarChart chart);
    const report::RadarChart& Chart() const { return chart_; }

private:
    void OnPaint(wxPaintEvent&);
    report::RadarChart chart_;
};

} // namespace extramile::app
