#include "start_frame.hpp"

#include "file_drop.hpp"
#include "help_menu.hpp"
#include "language_choice.hpp"
#include "app_config.hpp"
#include "extramile_app.hpp"
#include "preferences.hpp"
#include "print_menu.hpp"
#include "printing.hpp"
#include "wx_text.hpp"

#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "report/rubric_sheet.hpp"

#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace extramile::app {

namespace {
} // namespace

StartFrame::StartFrame() {
    wxXmlResource::Get()->LoadFrame(this, nullptr, "start_frame");
    rubric_choice_ = XRCCTRL(*this, "rubric_choice", wxChoice);
    language_choice_ = XRCCTRL(*this, "language_choice", wxChoice);
    candidate_name_ = XRCCTRL(*this, "candidate_name", wxTextCtrl);
    candidate_id_ = XRCCTRL(*this, "candidate_id", wxTextCtrl);
    candidate_role_ = XRCCTRL(*this, "candidate_role", wxTextCtrl);
    interviewer_ = XRCCTRL(*this, "interviewer", wxTextCtrl);
    recent_list_ = XRCCTRL(*this, "recent_list", wxListBox);

    auto* welcome = XRCCTRL(*this, "welcome", wxStaticText);
    welcome->SetFont(welcome->GetFont().Larger());
    // The welcome wraps to the window (a long line in Spanish, or at a
    // large font, would otherwise set the window's width).
    const wxString welcome_text = welcome->GetLabel();
    welcome->Wrap(FromDIP(640));
    Bind(wxEVT_SIZE, [this, welcome, welcome_text](wxSizeEvent& e) {
        e.Skip();
        const int width = GetClientSize().x - FromDIP(36);
        if (width > 0 && width != welcome_wrap_) {
            welcome_wrap_ = width;
            welcome->SetLabel(welcome_text);
            welcome->Wrap(width);
            CallAfter([this] { Layout(); });
        }
    });

    interviewer_->SetValue(AppConfig::InterviewerName());
    FillLanguageChoice(*language_choice_, false);
    SelectLanguage(*language_choice_, AppConfig::RubricLanguage(), false);
    // The rubrics are read and listed just after the page shows: reading
    // and checking them is the slowest part of starting (a few ms for the
    // bundled ones, more with many of the user's), and nobody can choose one
    // before the page is on screen. Queued first, this runs before any key
    // typed ahead is handled.
    CallAfter(&StartFrame::RefreshRubrics);
    FillRecent();
    BuildMenus();
    SetDropTarget(new FileDrop(this)); // scorecards, rubrics and folders dropped here open

    Bind(wxEVT_BUTTON, &StartFrame::OnStart, this, XRCID("start_interview"));
    Bind(wxEVT_BUTTON, &StartFrame::OnReopen, this, XRCID("reopen_recent"));
    Bind(wxEVT_BUTTON, &StartFrame::OnOpenOther, this, XRCID("open_other"));
    recent_list_->Bind(wxEVT_LISTBOX_DCLICK, &StartFrame::OnReopen, this);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnCompare(); }, XRCID("compare_candidates"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnSheet(PrintAction::preview); }, XRCID("print_sheet"));

    // Never narrower than the labels need: Spanish and Italian run longer.
    const auto best = GetBestSize();
    SetMinSize(wxSize(std::max(FromDIP(760), best.x), std::max(FromDIP(460), best.y)));
    SetSize(wxSize(std::max(FromDIP(980), best.x), std::max(FromDIP(560), best.y)));
    AppConfig::RestoreGeometry(*this, "start_frame");
    candidate_name_->SetFocus();
}

void StartFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(XRCID("start_interview"), _("&New interview\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open scorecard…\tCtrl+O"));
    file->Append(XRCID("compare_candidates"), _("&Compare candidates…\tCtrl+Shift+O"));
    file->AppendSeparator();
    AppendPrintItems(*file, *this, Printed::blank_sheet, [this](PrintAction a) { OnSheet(a); });
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu;
    AppendPreferencesItem(*edit, *this);
    auto* help = new wxMenu;
    AppendHelpItems(*help);
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    Bind(wxEVT_MENU, &StartFrame::OnStart, this, XRCID("start_interview"));
    Bind(wxEVT_MENU, &StartFrame::OnOpenOther, this, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnCompare(); }, XRCID("compare_candidates"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    BindHelpItems(*this);
}

void StartFrame::RefreshRubrics() {
    rubric_choice_->Clear();
    FillRubrics();
}

void StartFrame::FillRubrics() {
    const auto& library = TheApp().Rubrics();
    const auto language = std::string(AppConfig::RubricLanguage().utf8_str());
    const auto last = AppConfig::LastRubric();
    for (const auto& entry : library.entries()) {
        // The user's copy of a rubric shadows the bundled one with the same id.
        if (library.find(entry.rubric.id, entry.rubric.version) != &entry)
            continue;
        auto label = FromUtf8(entry.rubric.title.get(language)) + " (" +
                     FromUtf8(entry.rubric.id) + " " +
                     FromUtf8(entry.rubric.version) + ")";
        int index = rubric_choice_->Append(label, new wxStringClientData(FromUtf8(entry.rubric.id)));
        if (FromUtf8(entry.rubric.id) == last)
            rubric_choice_->SetSelection(index);
    }
    if (rubric_choice_->GetSelection() == wxNOT_FOUND && rubric_choice_->GetCount() > 0)
        rubric_choice_->SetSelection(0);
    // A broken rubric is shown, never skipped silently.
    wxString problems;
    for (const auto& p : library.problems())
        problems += FromUtf8(p.to_string()) + "\n";
    auto* label = XRCCTRL(*this, "rubric_problems", wxStaticText);
    label->SetLabel(wxString());
    if (!problems.empty()) {
        label->SetLabel(_("Some rubrics need your attention:") + "\n" + problems);
        label->SetForegroundColour(wxColour(160, 40, 20));
        label->Wrap(FromDIP(480));
    }
    label->GetParent()->Layout();
}

void StartFrame::FillRecent() {
    // People recognise an interview by who and when, not by its file name;
    // the path stays with the entry to open it.
    auto& history = TheApp().RecentFiles();
    recent_list_->Clear();
    for (size_t i = 0; i < history.GetCount(); ++i) {
        const auto path = history.GetHistoryFile(i);
        wxString label;
        try {
            const auto s = read_scorecard(ToPath(path));
            label = FromUtf8(s.candidate_name) + " · " +
                    FromUtf8(s.interviewer) + " · " +
                    FromUtf8(s.started.substr(0, 10)) + " · " +
                    (s.submitted() ? _("submitted") : _("in progress"));
        } catch (const FileError&) {
            label = wxFileName(path).GetFullName() + " " + _("(cannot be read)");
        }
        recent_list_->Append(label, new wxStringClientData(path));
    }
    if (recent_list_->GetCount() > 0)
        recent_list_->SetSelection(0);
}

void StartFrame::OnStart(wxCommandEvent&) {
    if (rubric_choice_->GetSelection() == wxNOT_FOUND) {
        wxMessageBox(_("No rubric is installed. Put a rubric file in your rubric folder."),
                     _("No rubric"), wxOK | wxICON_WARNING, this);
        return;
    }
    services::NewInterviewRequest request;
    auto* id = static_cast<wxStringClientData*>(rubric_choice_->GetClientObject(rubric_choice_->GetSelection()));
    request.rubric = std::string(id->GetData().utf8_str());
    request.candidate_name = std::string(candidate_name_->GetValue().utf8_str());
    request.candidate_id = std::string(candidate_id_->GetValue().utf8_str());
    request.candidate_role = std::string(candidate_role_->GetValue().utf8_str());
    request.interviewer = std::string(interviewer_->GetValue().utf8_str());
    request.language = ToUtf8(ChosenLanguage(*language_choice_, false));
    AppConfig::SetRubricLanguage(request.language);
    if (TheApp().StartInterview(request, this))
        Close();
}

void StartFrame::OnReopen(wxCommandEvent&) {
    int selection = recent_list_->GetSelection();
    if (selection == wxNOT_FOUND)
        return;
    auto* path = static_cast<wxStringClientData*>(recent_list_->GetClientObject(selection));
    if (TheApp().OpenScorecard(path->GetData(), this))
        Close();
}

void StartFrame::OnOpenOther(wxCommandEvent&) {
    wxFileDialog dialog(this, _("Open a scorecard"), AppConfig::ScorecardFolder(), "",
                        _("Scorecards (*.scorecard.xml)|*.scorecard.xml|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK && TheApp().OpenScorecard(dialog.GetPath(), this))
        Close();
}

void StartFrame::OnCompare() {
    wxDirDialog dialog(this, _("Choose the folder of scorecards to compare"), AppConfig::CompareFolder(),
                       wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        TheApp().ShowCompare({ToPath(dialog.GetPath())});
}

void StartFrame::OnSheet(PrintAction action) {
    if (rubric_choice_->GetSelection() == wxNOT_FOUND)
        return;
    auto* id = static_cast<wxStringClientData*>(rubric_choice_->GetClientObject(rubric_choice_->GetSelection()));
    const auto* entry = TheApp().Rubrics().find(ToUtf8(id->GetData()));
    if (!entry)
        return;
    const Rubric rubric = entry->rubric;
    const std::string language = ToUtf8(ChosenLanguage(*language_choice_, false));
    report::SheetHeader header;
    header.candidate = ToUtf8(candidate_name_->GetValue());
    header.interviewer = ToUtf8(interviewer_->GetValue());
    DocumentFactory make = [rubric, language, header](const report::PageSetup& setup) {
        return report::rubric_sheet(rubric, language, setup, header);
    };
    RunPrintAction(this, action, FromUtf8(rubric.title.get(language)),
                   FromUtf8(rubric.id) + "-sheet-" + FromUtf8(language) + ".pdf", make);
}

} // namespace extramile::app
