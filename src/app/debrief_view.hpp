// The debrief of one candidate in the compare window: what the panel talks
// through before it decides, where it disagrees first. The recommendations,
// the red flags anyone ticked, then competency by competency each
// interviewer's rating with its anchor, the flags ticked and the notes. The
// page shows a Debrief (core/scoring/debrief.hpp) as made for the printed
// page, so view and paper never differ; blind review is applied there.
#pragma once

#include "core/scoring/debrief.hpp"

#include <wx/html/htmlwin.h>

#include <cstddef>

namespace extramile::app {

class DebriefView : public wxHtmlWindow {
public:
    explicit DebriefView(wxWindow* parent, wxWindowID id = wxID_ANY);
    // `debrief` (of `shown`) null: nothing selected. `selected` is how many candidates
    // are selected (the view shows the first).
    void Show(const Debrief* debrief, const CandidateResult* shown, std::size_t selected);
    const wxString& Html() const { return html_; }

private:
    wxString html_;
};

} // namespace extramile::app
