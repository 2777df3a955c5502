// Files dropped on a window, or handed over by the desktop: a scorecard
// opens in an interview window, a rubric joins the user's rubrics (after it
// validates), a folder opens in the compare view.
#pragma once

#include <wx/arrstr.h>
#include <wx/dnd.h>
#include <wx/weakref.h>
#include <wx/window.h>

namespace extramile::app {

class FileDrop : public wxFileDropTarget {
public:
    explicit FileDrop(wxWindow* window) : window_(window) {}
    bool OnDropFiles(wxCoord x, wxCoord y, const wxArrayString& files) override;

private:
    wxWeakRef<wxWindow> window_;
};

// Whether opening `file` makes a window: a scorecard or a folder.
bool OpensWindow(const wxString& file);

// Opens each file for what it is; explains what could not be opened.
// Returns whether a window was opened (a rubric added opens none).
bool OpenFiles(const wxArrayString& files, wxWindow* parent);

} // namespace extramile::app
