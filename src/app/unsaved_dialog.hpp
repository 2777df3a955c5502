// Closing an interview whose latest changes are not in its file: try again,
// save a copy elsewhere, or discard them; only an explicit Discard loses
// anything, and Cancel (Esc) goes back to the interview.
#pragma once

#include <wx/dialog.h>

namespace extramile::app {

class UnsavedDialog : public wxDialog {
public:
    enum Answer { retry = wxID_HIGHEST + 100, save_copy, discard };
    // `why`: what stops the save, in a few words; `can_retry`: whether trying
    // again could help (not while the file holds another version).
    UnsavedDialog(wxWindow* parent, const wxString& why, bool can_retry);
};

} // namespace extramile::app
