#include "preferences.hpp"

#include "app_config.hpp"
#include "extramile_app.hpp"
#include "language_choice.hpp"

#include <wx/artprov.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filepicker.h>
#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/preferences.h>
#include <wx/spinctrl.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace extramile::app {

namespace {

class GeneralPage : public wxPreferencesPage {
public:
    wxString GetName() const override { return _("General"); }
    wxBitmapBundle GetIcon() const override { return wxArtProvider::GetBitmapBundle(wxART_EXECUTABLE_FILE); }

    wxWindow* CreateWindow(wxWindow* parent) override {
        auto* panel = wxXmlResource::Get()->LoadPanel(parent, "preferences_general");
        auto* name = XRCCTRL(*panel, "interviewer_name", wxTextCtrl);
        auto* ui_language = XRCCTRL(*panel, "ui_language", wxChoice);
        auto* rubric_language = XRCCTRL(*panel, "rubric_language", wxChoice);
        auto* paper = XRCCTRL(*panel, "paper_size", wxChoice);
        auto* autosave = XRCCTRL(*panel, "autosave_delay", wxSpinCtrlDouble);

        name->ChangeValue(AppConfig::InterviewerName());
        FillLanguageChoice(*ui_language, true);
        FillLanguageChoice(*rubric_language, false);
        SelectLanguage(*ui_language, AppConfig::UiLanguage(), true);
        SelectLanguage(*rubric_language, AppConfig::RubricLanguage(), false);
        paper->SetSelection(AppConfig::PaperSize() == "letter" ? 1 : 0);
        autosave->SetValue(AppConfig::AutosaveDelay().count() / 1000.0);

        name->Bind(wxEVT_TEXT, [name](wxCommandEvent&) { AppConfig::SetInterviewerName(name->GetValue().Strip(wxString::both)); });
        ui_language->Bind(wxEVT_CHOICE, [ui_language](wxCommandEvent&) {
            AppConfig::SetUiLanguage(ChosenLanguage(*ui_language, true));
        });
        rubric_language->Bind(wxEVT_CHOICE, [rubric_language](wxCommandEvent&) {
            AppConfig::SetRubricLanguage(ChosenLanguage(*rubric_language, false));
        });
        paper->Bind(wxEVT_CHOICE, [](wxCommandEvent& e) { AppConfig::SetPaperSize(e.GetSelection() == 1 ? "letter" : "a4"); });
        autosave->Bind(wxEVT_SPINCTRLDOUBLE, [](wxSpinDoubleEvent& e) {
            AppConfig::SetAutosaveDelay(std::chrono::milliseconds(std::lround(e.GetValue() * 1000)));
        });
        return panel;
    }
};

class FoldersPage : public wxPreferencesPage {
public:
    wxString GetName() const override { return _("Folders"); }
    wxBitmapBundle GetIcon() const override { return wxArtProvider::GetBitmapBundle(wxART_FOLDER); }

    wxWindow* CreateWindow(wxWindow* parent) override {
        auto* panel = wxXmlResource::Get()->LoadPanel(parent, "preferences_folders");
        auto* scorecards = XRCCTRL(*panel, "scorecard_folder", wxDirPickerCtrl);
        auto* rubrics = XRCCTRL(*panel, "rubric_folders", wxListBox);
        scorecards->SetPath(AppConfig::ScorecardFolder());
        for (const auto& folder : AppConfig::RubricFolders())
            rubrics->Append(folder);

        scorecards->Bind(wxEVT_DIRPICKER_CHANGED, [](wxFileDirPickerEvent& e) {
            if (!e.GetPath().empty())
                AppConfig::SetScorecardFolder(e.GetPath());
        });
        auto save_rubric_folders = [rubrics] {
            std::vector<wxString> folders;
            for (unsigned i = 0; i < rubrics->GetCount(); ++i)
                folders.push_back(rubrics->GetString(i));
            AppConfig::SetRubricFolders(folders);
            TheApp().ReloadRubrics();
        };
        panel->Bind(wxEVT_BUTTON, [panel, rubrics, save_rubric_folders](wxCommandEvent&) {
            wxDirDialog dialog(panel, _("Choose a folder of rubrics"), wxString(), wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
            if (dialog.ShowModal() == wxID_OK && rubrics->FindString(dialog.GetPath(), true) == wxNOT_FOUND) {
                rubrics->Append(dialog.GetPath());
                save_rubric_folders();
            }
        }, XRCID("add_rubric_folder"));
        panel->Bind(wxEVT_BUTTON, [rubrics, save_rubric_folders](wxCommandEvent&) {
            if (rubrics->GetSelection() != wxNOT_FOUND) {
                rubrics->Delete(rubrics->GetSelection());
                save_rubric_folders();
            }
        }, XRCID("remove_rubric_folder"));
        return panel;
    }
};

// One editor for the program's life: wx shows it modeless on GTK.
std::unique_ptr<wxPreferencesEditor> editor;

} // namespace

void ShowPreferences(wxWindow* parent) {
    if (!editor) {
        editor = std::make_unique<wxPreferencesEditor>(_("Preferences"));
        editor->AddPage(new GeneralPage);
        editor->AddPage(new FoldersPage);
    }
    editor->Show(parent);
}

void AppendPreferencesItem(wxMenu& menu, wxFrame& frame) {
    menu.Append(wxID_PREFERENCES, _("Prefere&nces…\tCtrl+,"));
    frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { ShowPreferences(&frame); }, wxID_PREFERENCES);
}

void ClosePreferences() {
    if (editor)
        editor->Dismiss();
    editor.reset();
}

} // namespace extramile::app
