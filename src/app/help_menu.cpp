#include "help_menu.hpp"

#include "user_guide.hpp"

#include <wx/aboutdlg.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/xrc/xmlres.h>

#ifndef EXTRAMILE_VERSION
#define EXTRAMILE_VERSION "0.0.0"
#endif

namespace extramile::app {

void AppendHelpItems(wxMenu& help) {
    help.Append(wxID_HELP, _("&User guide\tF1"));
    help.Append(XRCID("questions_to_avoid"), _("&Questions to avoid…\tF2"),
                _("Questions about protected traits that must not be asked"));
    help.AppendSeparator();
    help.Append(wxID_ABOUT, _("&About Extra Mile"));
}

void BindHelpItems(wxFrame& frame) {
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { ShowUserGuide(&frame); }, wxID_HELP);
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { ShowQuestionsToAvoid(frame); },
               XRCID("questions_to_avoid"));
    frame.Bind(wxEVT_MENU, [](wxCommandEvent&) {
        wxAboutDialogInfo info;
        info.SetName("Extra Mile");
        info.SetVersion(EXTRAMILE_VERSION);
        info.SetDescription(_("Structured interviews for generosity: the same questions for every "
                              "candidate, behaviourally anchored ratings, and a fair comparison.\n"
                              "The interviewer is the only judge; Extra Mile records and adds up."));
        info.SetLicence(_("GNU General Public License, version 3 or later."));
        wxAboutBox(info);
    }, wxID_ABOUT);
}

void ShowQuestionsToAvoid(wxFrame& parent) {
    // TRANSLATORS: shown during an interview; keep it short and calm.
    wxMessageDialog dialog(
        &parent,
        _("Do not ask about, and do not note:\n\n"
          "• age, date of birth, marital or family status, pregnancy or plans for children\n"
          "• religion or beliefs, political opinions, trade-union membership\n"
          "• health, disability, sexual orientation, gender identity\n"
          "• ethnic or national origin, nationality beyond the right to work\n"
          "• which charities, churches, parties or clubs someone gives to or volunteers for, "
          "or how much they give\n\n"
          "Accept examples of generosity from any part of life without asking where. "
          "If a candidate volunteers such information, do not write it down and do not rate it."),
        _("Questions to avoid"), wxOK | wxICON_INFORMATION);
    dialog.ShowModal();
}

} // namespace extramile::app
