#include "unsaved_dialog.hpp"

#include <wx/artprov.h>
#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>

namespace extramile::app {

UnsavedDialog::UnsavedDialog(wxWindow* parent, const wxString& why, bool can_retry)
    : wxDialog(parent, wxID_ANY, _("Unsaved changes")) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* message_row = new wxBoxSizer(wxHORIZONTAL);
    message_row->Add(new wxStaticBitmap(this, wxID_ANY, wxArtProvider::GetBitmapBundle(wxART_WARNING, wxART_MESSAGE_BOX)),
                     0, wxRIGHT, FromDIP(12));
    auto* text = new wxStaticText(this, wxID_ANY,
                                  wxString::Format(_("Your latest changes are not in the scorecard file: %s.\n\n"
                                                     "They are still here. Try to save them again, save a copy "
                                                     "elsewhere, or discard them."),
                                                   why));
    text->Wrap(FromDIP(440));
    message_row->Add(text, 1);
    top->Add(message_row, 0, wxALL | wxEXPAND, FromDIP(12));
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* again = new wxButton(this, retry, _("&Try again"));
    again->Enable(can_retry);
    buttons->Add(again, 0, wxRIGHT, FromDIP(6));
    buttons->Add(new wxButton(this, save_copy, _("&Save a copy…")), 0, wxRIGHT, FromDIP(6));
    buttons->Add(new wxButton(this, discard, _("&Discard changes")), 0, wxRIGHT, FromDIP(18));
    buttons->Add(new wxButton(this, wxID_CANCEL, _("Keep &interviewing")));
    top->Add(buttons, 0, wxALL | wxALIGN_RIGHT, FromDIP(12));
    SetSizerAndFit(top);
    for (int id : {int(retry), int(save_copy), int(discard)})
        Bind(wxEVT_BUTTON, [this, id](wxCommandEvent&) { EndModal(id); }, id);
    SetEscapeId(wxID_CANCEL);
    (can_retry ? again : FindWindow(save_copy))->SetFocus();
    CentreOnParent();
}

} // namespace extramile::app
