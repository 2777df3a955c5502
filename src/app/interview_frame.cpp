#include "interview_frame.hpp"

#include "extramile_app.hpp"
#include "flag_list.hpp"
#include "file_drop.hpp"
#include "help_menu.hpp"
#include "preferences.hpp"
#include "printing.hpp"
#include "rating_row.hpp"
#include "summary_dialog.hpp"
#include "app_config.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/base/file_error.hpp"
#include "core/storage/scorecard_lock.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "core/base/timestamp.hpp"
#include "report/rubric_sheet.hpp"
#include "report/scorecard_report.hpp"

#include <wx/filedlg.h>
#include <wx/infobar.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/settings.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace extramile::app {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// A save starts after a pause in typing (the preference, 0.2 to 1.5 s), and
// a change waits at most this long while typing goes on; with the write
// itself this keeps every keystroke on disk within two seconds.
constexpr auto kLongestWait = 1200ms;

wxString Text(const std::string& s) { return wxString::FromUTF8(s.c_str()); }

wxString Duration(std::chrono::seconds s) {
    long total = static_cast<long>(s.count());
    if (total >= 3600)
        return wxString::Format("%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
    return wxString::Format("%ld:%02ld", total / 60, total % 60);
}

std::optional<std::filesystem::file_time_type> ModifiedTime(const std::filesystem::path& path) {
    std::error_code error;
    auto time = std::filesystem::last_write_time(path, error);
    if (error)
        return std::nullopt;
    return time;
}

} // namespace

InterviewFrame::InterviewFrame(std::filesystem::path path, Scorecard scorecard, RubricEntry rubric,
                               std::string language)
    : path_(std::move(path)), scorecard_(std::move(scorecard)), rubric_(std::move(rubric)),
      language_(std::move(language)), save_timer_(this, wxWindow::NewControlId()),
      clock_timer_(this, wxWindow::NewControlId()),
      session_start_(Clock::now()), question_start_(Clock::now()) {
    wxXmlResource::Get()->LoadFrame(this, nullptr, "interview_frame");
    revision_on_disk_ = scorecard_.revision;
    disk_time_seen_ = ModifiedTime(path_);
    // One editor at a time: another program holding the scorecard makes this
    // window read-only (a lock left by a process that is gone is taken over).
    lock_ = std::make_unique<ScorecardLock>(path_, AppConfig::InterviewerName().empty()
                                                       ? scorecard_.interviewer
                                                       : std::string(AppConfig::InterviewerName().utf8_str()));
    if (!lock_->held() && lock_->owner())
        held_by_ = lock_->owner()->describe();
    if (lock_->held())
        remove_leftover_temporaries(path_);

    competency_list_ = XRCCTRL(*this, "competency_list", wxListBox);
    candidate_label_ = XRCCTRL(*this, "candidate_label", wxStaticText);
    competency_title_ = XRCCTRL(*this, "competency_title", wxStaticText);
    competency_definition_ = XRCCTRL(*this, "competency_definition", wxStaticText);
    question_position_ = XRCCTRL(*this, "question_position", wxStaticText);
    question_timer_ = XRCCTRL(*this, "question_timer", wxStaticText);
    session_timer_ = XRCCTRL(*this, "session_timer", wxStaticText);
    question_text_ = XRCCTRL(*this, "question_text", wxStaticText);
    probes_text_ = XRCCTRL(*this, "probes_text", wxStaticText);
    notes_ = XRCCTRL(*this, "notes", wxTextCtrl);

    auto* panel = XRCCTRL(*this, "interview_panel", wxPanel);
    info_bar_ = new wxInfoBar(panel);
    panel->GetSizer()->Prepend(info_bar_, 0, wxEXPAND);

    auto replace = [](wxWindow* placeholder, wxWindow* real) {
        placeholder->GetContainingSizer()->Replace(placeholder, real);
        placeholder->Destroy();
    };
    rating_row_ = new RatingRow(panel, [this](RatingChoice c) { OnRating(c); });
    replace(XRCCTRL(*this, "rating_panel", wxPanel), rating_row_);
    flag_list_ = new FlagList(panel, [this](SignalKind k, int i, bool on) { OnFlag(k, i, on); });
    replace(XRCCTRL(*this, "flags_panel", wxPanel), flag_list_);

    competency_title_->SetFont(competency_title_->GetFont().Bold().Scaled(1.25f));
    question_text_->SetFont(question_text_->GetFont().Scaled(1.35f));
    probes_text_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    XRCCTRL(*this, "rating_heading", wxStaticText)->SetFont(GetFont().Bold());
    candidate_label_->SetFont(candidate_label_->GetFont().Bold());
    candidate_label_->SetLabel(Text(scorecard_.candidate_name) +
                               (scorecard_.candidate_role.empty() ? wxString() : "\n" + Text(scorecard_.candidate_role)));

    SetTitle(wxString::Format(_("%s – interview by %s – Extra Mile"), Text(scorecard_.candidate_name),
                              Text(scorecard_.interviewer)) +
             (held_by_.empty() ? wxString() : " (" + _("read-only") + ")"));
    CreateStatusBar(2);
    int widths[] = {-1, -2};
    GetStatusBar()->SetStatusWidths(2, widths);
    SetStatusText(Text(path_.string()), 1);
    BuildMenus();
    SetDropTarget(new FileDrop(this)); // scorecards, rubrics and folders dropped here open

    saver_ = std::make_unique<BackgroundSaver>(path_, revision_on_disk_, [this](const SaveOutcome& outcome) {
        CallAfter([this, outcome] { OnSaveOutcome(outcome); });
    });

    notes_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { OnNotesChanged(); });
    competency_list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) { JumpToCompetency(e.GetSelection()); });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Step(+1); }, XRCID("next_question"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Step(-1); }, XRCID("previous_question"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnFinish(); }, XRCID("finish_interview"));
    Bind(wxEVT_CHAR_HOOK, &InterviewFrame::OnCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, &InterviewFrame::OnClose, this);
    // Timer events go to the owner (this frame), told apart by the timer's id.
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { SaveNow(); }, save_timer_.GetId());
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        UpdateTimers();
        CheckDiskForOutsideChanges();
    }, clock_timer_.GetId());
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (!relayout_pending_) {
            relayout_pending_ = true;
            CallAfter([this] {
                relayout_pending_ = false;
                // Only a new width needs new wrapping; rebuilding on every
                // size event would feed itself (the rebuild resizes children).
                Layout();
                if (notes_->GetSize().x != wrapped_width_)
                    WrapToWidth();
            });
        }
    });
    clock_timer_.Start(1000);

    SetMinSize(FromDIP(wxSize(900, 600)));
    SetSize(FromDIP(wxSize(1280, 760)));
    AppConfig::RestoreGeometry(*this, "interview_frame");
    RefreshCompetencyList();
    ShowPosition({0, 0});
    RefreshReadOnly();
    SetStatusText(!held_by_.empty()          ? _("Read-only: open in another program")
                  : scorecard_.submitted() ? _("Submitted: read-only")
                                           : _("Saved"),
                  0);
}

InterviewFrame::~InterviewFrame() {
    save_timer_.Stop();
    clock_timer_.Stop();
    saver_.reset(); // joins the saver thread before the window goes
}

void InterviewFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New interview…\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open scorecard…\tCtrl+O"));
    file->Append(wxID_SAVE, _("&Save now\tCtrl+S"), _("Changes are saved automatically; this saves at once"));
    file->Append(wxID_SAVEAS, _("Save a &copy as…"));
    file->AppendSeparator();
    file->Append(XRCID("preview_report"), _("Print pre&view of this scorecard\tCtrl+Shift+P"));
    file->Append(wxID_PRINT, _("&Print this scorecard…\tCtrl+P"));
    file->Append(XRCID("export_report"), _("&Export this scorecard as PDF…\tCtrl+E"));
    file->Append(XRCID("export_sheet"), _("Export a &blank sheet as PDF…"));
    file->AppendSeparator();
    file->Append(wxID_CLOSE, _("&Close\tCtrl+W"));
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Shift+Z"));
    edit->AppendSeparator();
    edit->Append(wxID_CUT, _("Cu&t\tCtrl+X"));
    edit->Append(wxID_COPY, _("&Copy\tCtrl+C"));
    edit->Append(wxID_PASTE, _("&Paste\tCtrl+V"));
    edit->Append(wxID_SELECTALL, _("Select &all\tCtrl+A"));
    edit->AppendSeparator();
    AppendPreferencesItem(*edit, *this);

    auto* view = new wxMenu;
    view->Append(XRCID("focus_notes"), _("&Notes\tCtrl+L"), _("Put the cursor in the notes"));
    view->Append(XRCID("focus_competencies"), _("&Competency list\tCtrl+J"),
                 _("Leave the notes so that number keys rate (Esc in the notes does the same)"));

    auto* interview = new wxMenu;
    // Alt+arrows: the text field keeps Ctrl+PgUp/PgDn for itself.
    interview->Append(XRCID("next_question"), _("&Next question\tAlt+Right"));
    interview->Append(XRCID("previous_question"), _("&Previous question\tAlt+Left"));
    auto* go = new wxMenu;
    for (size_t i = 0; i < rubric_.rubric.competencies.size() && i < 9; ++i) {
        int id = XRCID(wxString::Format("competency_%zu", i).c_str());
        go->Append(id, wxString::Format("%zu %s\tAlt+%zu", i + 1,
                                        Text(rubric_.rubric.competencies[i].name.get(language_)), i + 1));
        Bind(wxEVT_MENU, [this, i](wxCommandEvent&) { JumpToCompetency(static_cast<int>(i)); }, id);
    }
    interview->AppendSubMenu(go, _("&Go to competency"));
    auto* rate = new wxMenu;
    const auto& scale = rubric_.rubric.scale;
    for (int v = scale.min; v <= scale.max; ++v) {
        int id = XRCID(wxString::Format("rate_%d", v).c_str());
        wxString label = wxString::Format("%d", v);
        if (auto it = scale.labels.find(v); it != scale.labels.end())
            label += " · " + Text(it->second.get(language_));
        // Ctrl+digit works everywhere, even in the notes; a bare digit works outside them.
        if (v >= 0 && v <= 9)
            label += wxString::Format("\tCtrl+%d", v);
        rate->Append(id, label);
        Bind(wxEVT_MENU, [this, v](wxCommandEvent&) { Rate(v); }, id);
    }
    rate->Append(XRCID("rate_na"), _("Not assessable") + (scale.min > 0 ? "\tCtrl+0" : ""));
    rate->Append(XRCID("rate_clear"), _("Clear the rating"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Rate(std::nullopt); }, XRCID("rate_na"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnRating({}); }, XRCID("rate_clear"));
    interview->AppendSubMenu(rate, _("&Rate"));
    interview->AppendSeparator();
    interview->Append(XRCID("finish_interview"), _("&Finish and submit…\tCtrl+Shift+F"));
    interview->Append(XRCID("reopen_interview"), _("R&eopen for changes…"));

    auto* help = new wxMenu;
    AppendHelpItems(*help);

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(interview, _("&Interview"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { TheApp().ShowStartPage(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { PrintReport(XRCID("preview_report")); }, XRCID("preview_report"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { PrintReport(wxID_PRINT); }, wxID_PRINT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { PrintReport(XRCID("export_report")); }, XRCID("export_report"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { PrintReport(XRCID("export_sheet")); }, XRCID("export_sheet"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Open a scorecard"), Text(path_.parent_path().string()), "",
                            _("Scorecards (*.scorecard.xml)|*.scorecard.xml|All files|*"),
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() == wxID_OK)
            TheApp().OpenScorecard(dialog.GetPath(), this, Text(language_));
    }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SaveNow(); }, wxID_SAVE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SaveCopyAs(); }, wxID_SAVEAS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        for (auto* window : wxTopLevelWindows)
            window->Close();
    }, wxID_EXIT);
    for (int id : {wxID_UNDO, wxID_REDO, wxID_CUT, wxID_COPY, wxID_PASTE, wxID_SELECTALL})
        Bind(wxEVT_MENU, [this, id](wxCommandEvent&) {
            if (auto* text = dynamic_cast<wxTextCtrl*>(FindFocus())) {
                switch (id) {
                case wxID_UNDO: text->Undo(); break;
                case wxID_REDO: text->Redo(); break;
                case wxID_CUT: text->Cut(); break;
                case wxID_COPY: text->Copy(); break;
                case wxID_PASTE: text->Paste(); break;
                default: text->SelectAll(); break;
                }
            }
        }, id);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { notes_->SetFocus(); }, XRCID("focus_notes"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { competency_list_->SetFocus(); }, XRCID("focus_competencies"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Step(+1); }, XRCID("next_question"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Step(-1); }, XRCID("previous_question"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnFinish(); }, XRCID("finish_interview"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnReopen(); }, XRCID("reopen_interview"));
    BindHelpItems(*this);
}

const Competency& InterviewFrame::CurrentCompetency() const {
    return rubric_.rubric.competencies[position_.competency];
}

const Question& InterviewFrame::CurrentQuestion() const {
    return CurrentCompetency().questions[position_.question];
}

void InterviewFrame::ShowPosition(Position position) {
    // Time spent on a question adds up over visits.
    time_on_question_[CurrentQuestion().id] +=
        std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - question_start_);
    position_ = position;
    question_start_ = Clock::now();

    const auto& competency = CurrentCompetency();
    const auto& question = CurrentQuestion();
    const int total = static_cast<int>(rubric_.rubric.competencies.size());
    filling_ = true;
    Freeze();
    competency_title_->SetLabel(wxString::Format("%d/%d  %s", position_.competency + 1, total,
                                                 Text(competency.name.get(language_))));
    question_position_->SetLabel(
        wxString::Format(_("Question %d of %d"), position_.question + 1, static_cast<int>(competency.questions.size())) +
        (question.minutes > 0 ? wxString::Format(_(" · %d min planned"), question.minutes) : wxString()));
    notes_->ChangeValue(Text(scorecard_.note_on(question.id)));
    notes_->SetInsertionPointEnd();
    competency_list_->SetSelection(position_.competency);
    XRCCTRL(*this, "previous_question", wxWindow)->Enable(position_.competency > 0 || position_.question > 0);
    XRCCTRL(*this, "next_question", wxWindow)
        ->Enable(position_.competency + 1 < total || position_.question + 1 < static_cast<int>(competency.questions.size()));
    WrapToWidth();
    RefreshReadOnly();
    Thaw();
    filling_ = false;
    UpdateTimers();
    // Typing starts at once: the notes have the focus whenever a question shows.
    notes_->SetFocus();
}

void InterviewFrame::WrapToWidth() {
    // Texts wrap to the width of the notes column, which follows the window.
    Layout();
    wrapped_width_ = notes_->GetSize().x;
    const int width = std::max(FromDIP(400), wrapped_width_);
    const auto& competency = CurrentCompetency();
    const auto& question = CurrentQuestion();
    competency_definition_->SetLabel(Text(competency.definition.get(language_)));
    question_text_->SetLabel(Text(question.text.get(language_)));
    wxString probes;
    for (const auto& probe : question.probes)
        probes += "→ " + Text(probe.get(language_)) + "\n";
    probes_text_->SetLabel(probes.Trim());
    for (auto* text : {competency_definition_, question_text_, probes_text_})
        text->Wrap(width);
    rating_row_->Show(rubric_.rubric.scale, competency, language_, width);
    const auto* rating = scorecard_.rating_for(competency.id);
    rating_row_->SetChoice(rating ? RatingChoice{true, rating->value} : RatingChoice{});
    flag_list_->Show(competency, scorecard_, language_, width);
    rating_row_->SetReadOnly(ReadOnly());
    flag_list_->SetReadOnly(ReadOnly());
    Layout();
}

void InterviewFrame::Step(int delta) {
    Position p = position_;
    const auto& competencies = rubric_.rubric.competencies;
    if (delta > 0) {
        if (p.question + 1 < static_cast<int>(competencies[p.competency].questions.size()))
            ++p.question;
        else if (p.competency + 1 < static_cast<int>(competencies.size()))
            p = {p.competency + 1, 0};
        else
            return;
    } else {
        if (p.question > 0)
            --p.question;
        else if (p.competency > 0)
            p = {p.competency - 1, static_cast<int>(competencies[p.competency - 1].questions.size()) - 1};
        else
            return;
    }
    ShowPosition(p);
}

void InterviewFrame::JumpToCompetency(int index) {
    if (index >= 0 && index < static_cast<int>(rubric_.rubric.competencies.size()) && index != position_.competency)
        ShowPosition({index, 0});
}

void InterviewFrame::RefreshCompetencyList() {
    const int selection = competency_list_->GetSelection();
    competency_list_->Freeze();
    competency_list_->Clear();
    for (const auto& c : rubric_.rubric.competencies) {
        const auto* rating = scorecard_.rating_for(c.id);
        wxString mark = !rating ? wxString("○    ")
                                : rating->value ? wxString::Format("✓ %d  ", *rating->value) : wxString("✓ –  ");
        competency_list_->Append(mark + Text(c.name.get(language_)));
    }
    competency_list_->SetSelection(selection == wxNOT_FOUND ? position_.competency : selection);
    competency_list_->Thaw();
}

bool InterviewFrame::ReadOnly() const { return scorecard_.submitted() || !held_by_.empty(); }

void InterviewFrame::RefreshReadOnly() {
    const bool read_only = ReadOnly();
    notes_->SetEditable(!read_only);
    rating_row_->SetReadOnly(read_only);
    flag_list_->SetReadOnly(read_only);
    if (auto* bar = GetMenuBar()) {
        bar->Enable(XRCID("finish_interview"), !read_only);
        bar->Enable(XRCID("reopen_interview"), scorecard_.submitted() && held_by_.empty());
    }
    XRCCTRL(*this, "finish_interview", wxWindow)->Enable(!read_only);
    if (!held_by_.empty())
        info_bar_->ShowMessage(wxString::Format(_("%s has this scorecard open, so it is shown read-only here. "
                                                  "To change it, close it there first."),
                                                Text(held_by_)),
                               wxICON_INFORMATION);
    else if (read_only && !conflict_)
        info_bar_->ShowMessage(_("This scorecard is submitted and read-only. To change it, choose "
                                 "Interview > Reopen; the reopening is recorded."),
                               wxICON_INFORMATION);
}

void InterviewFrame::UpdateTimers() {
    const auto now = Clock::now();
    session_timer_->SetLabel(wxString::Format(_("Session %s"),
                                              Duration(std::chrono::duration_cast<std::chrono::seconds>(now - session_start_))));
    const auto& question = CurrentQuestion();
    auto spent = time_on_question_[question.id] + std::chrono::duration_cast<std::chrono::seconds>(now - question_start_);
    question_timer_->SetLabel(wxString::Format(_("On this question %s"), Duration(spent)));
    // Over the planned time: a quiet change of colour, nothing that blinks.
    const bool over = question.minutes > 0 && spent > std::chrono::minutes(question.minutes);
    question_timer_->SetForegroundColour(over ? wxColour(176, 96, 0) : GetForegroundColour());
}

void InterviewFrame::OnNotesChanged() {
    if (filling_ || ReadOnly())
        return;
    scorecard_.set_note(CurrentQuestion().id, std::string(notes_->GetValue().utf8_str()));
    Changed();
}

void InterviewFrame::OnRating(RatingChoice choice) {
    if (ReadOnly())
        return;
    const auto& id = CurrentCompetency().id;
    if (!choice.rated)
        scorecard_.unrate(id);
    else
        scorecard_.rate(id, choice.value);
    rating_row_->SetChoice(choice);
    RefreshCompetencyList();
    Changed();
}

void InterviewFrame::Rate(std::optional<int> value) {
    if (value && !rubric_.rubric.scale.contains(*value))
        return;
    OnRating({true, value});
}

void InterviewFrame::OnFlag(SignalKind kind, int index, bool on) {
    if (ReadOnly())
        return;
    scorecard_.set_flag(CurrentCompetency().id, kind, index, on);
    Changed();
}

void InterviewFrame::OnCharHook(wxKeyEvent& event) {
    const int key = event.GetKeyCode();
    auto* focus = FindFocus();
    const bool typing = focus == notes_ || dynamic_cast<wxTextCtrl*>(focus);
    if (key == WXK_ESCAPE && focus == notes_) {
        // GTK buttons swallow key presses before wx sees them, so the
        // digits would be lost on a focused rating button; the competency
        // list lets them through to this hook.
        competency_list_->SetFocus();
        return;
    }
    // Outside the notes, a bare digit rates (0: not assessable).
    if (!typing && event.GetModifiers() == wxMOD_NONE && key >= '0' && key <= '9' && !ReadOnly()) {
        const int digit = key - '0';
        if (digit == 0 && rubric_.rubric.scale.min > 0)
            Rate(std::nullopt);
        else
            Rate(digit);
        return;
    }
    event.Skip();
}

void InterviewFrame::OnFinish() {
    if (ReadOnly())
        return;
    SummaryDialog dialog(this, rubric_.rubric, scorecard_, language_);
    if (dialog.ShowModal() != wxID_OK)
        return;
    scorecard_.recommendation = dialog.GetRecommendation();
    scorecard_.submit(now_iso_utc());
    Changed();
    SaveNow();
    RefreshReadOnly();
    SetStatusText(_("Submitted: read-only"), 0);
}

void InterviewFrame::OnReopen() {
    if (!scorecard_.submitted() || !held_by_.empty())
        return;
    if (wxMessageBox(_("Reopen this submitted scorecard for changes? The reopening is recorded in the "
                       "file, and it counts again only when you submit it again."),
                     _("Reopen"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    scorecard_.reopen(now_iso_utc(), scorecard_.interviewer);
    info_bar_->Dismiss();
    Changed();
    RefreshReadOnly();
    notes_->SetFocus();
}

void InterviewFrame::Changed() {
    const auto now = Clock::now();
    if (!dirty_since_)
        dirty_since_ = now;
    SetStatusText(_("Saving…"), 0);
    if (now - *dirty_since_ >= kLongestWait)
        SaveNow();
    else
        save_timer_.StartOnce(static_cast<int>(AppConfig::AutosaveDelay().count()));
}

void InterviewFrame::SaveNow() {
    if (!dirty_since_ || conflict_)
        return;
    save_timer_.Stop();
    dirty_since_.reset();
    save_in_flight_ = true;
    saver_->save(scorecard_);
}

void InterviewFrame::OnSaveOutcome(const SaveOutcome& outcome) {
    save_in_flight_ = false;
    switch (outcome.kind) {
    case SaveOutcome::Kind::saved:
        revision_on_disk_ = outcome.revision;
        scorecard_.revision = outcome.revision;
        disk_time_seen_ = ModifiedTime(path_);
        if (last_save_failed_) {
            info_bar_->Dismiss();
            last_save_failed_ = false;
        }
        if (!dirty_since_)
            SetStatusText(wxString::Format(_("Saved at %s"), wxDateTime::Now().FormatTime()), 0);
        break;
    case SaveOutcome::Kind::conflict:
        ShowConflict(Text(outcome.message), outcome.revision);
        break;
    case SaveOutcome::Kind::failed:
        last_save_failed_ = true;
        SetStatusText(_("Not saved"), 0);
        info_bar_->ShowMessage(wxString::Format(_("Your changes could not be saved: %s They are kept in "
                                                  "this window and saving is retried with your next change."),
                                                Text(outcome.message)),
                               wxICON_ERROR);
        break;
    }
}

void InterviewFrame::CheckDiskForOutsideChanges() {
    if (conflict_ || save_in_flight_ || dirty_since_)
        return;
    auto now_on_disk = ModifiedTime(path_);
    if (!now_on_disk || now_on_disk == disk_time_seen_)
        return;
    try {
        auto on_disk = read_scorecard(path_);
        disk_time_seen_ = now_on_disk;
        if (on_disk.revision != revision_on_disk_)
            ShowConflict(wxString::Format(_("The file was changed outside this window (revision %ld on disk, "
                                            "%ld here)."),
                                          on_disk.revision, revision_on_disk_),
                         on_disk.revision);
    } catch (const FileError&) {
        // Half-synced or being replaced; the next tick looks again.
    }
}

void InterviewFrame::ShowConflict(const wxString& message, long revision_on_disk) {
    conflict_ = true;
    save_timer_.Stop();
    SetStatusText(_("Not saved: the file changed on disk"), 0);
    info_bar_->RemoveButton(XRCID("keep_mine"));
    info_bar_->RemoveButton(XRCID("load_theirs"));
    info_bar_->AddButton(XRCID("keep_mine"), _("Keep mine"));
    info_bar_->AddButton(XRCID("load_theirs"), _("Load the file's version"));
    info_bar_->Bind(wxEVT_BUTTON, [this, revision_on_disk](wxCommandEvent&) {
        conflict_ = false;
        info_bar_->Dismiss();
        saver_->accept_disk_revision(revision_on_disk);
        revision_on_disk_ = revision_on_disk;
        Changed();
        SaveNow();
    }, XRCID("keep_mine"));
    info_bar_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        try {
            auto on_disk = read_scorecard(path_);
            conflict_ = false;
            info_bar_->Dismiss();
            saver_->accept_disk_revision(on_disk.revision);
            revision_on_disk_ = on_disk.revision;
            disk_time_seen_ = ModifiedTime(path_);
            scorecard_ = std::move(on_disk);
            dirty_since_.reset();
            RefreshCompetencyList();
            ShowPosition(position_);
            SetStatusText(_("Loaded the file's version"), 0);
        } catch (const FileError& e) {
            wxMessageBox(Text(e.what()), _("Cannot load"), wxOK | wxICON_ERROR, this);
        }
    }, XRCID("load_theirs"));
    info_bar_->ShowMessage(message + "\n" + _("Nothing is written until you choose."), wxICON_WARNING);
}

bool InterviewFrame::SaveCopyAs() {
    wxFileDialog dialog(this, _("Save a copy of the scorecard"), Text(path_.parent_path().string()),
                        Text(path_.stem().stem().string()) + "-copy.scorecard.xml",
                        _("Scorecards (*.scorecard.xml)|*.scorecard.xml"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return false;
    try {
        Scorecard copy = scorecard_;
        save_scorecard(std::string(dialog.GetPath().utf8_str()), copy);
        return true;
    } catch (const FileError& e) {
        wxMessageBox(Text(e.what()), _("Cannot save"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

void InterviewFrame::OnClose(wxCloseEvent& event) {
    // Nothing typed may be lost by closing: finish the save, and if it
    // cannot be done, offer a copy elsewhere before letting go.
    save_timer_.Stop();
    if (dirty_since_ && !conflict_)
        SaveNow();
    const auto outcome = conflict_ ? SaveOutcome{SaveOutcome::Kind::conflict, revision_on_disk_, {}} : saver_->flush();
    if (outcome.kind != SaveOutcome::Kind::saved || conflict_) {
        if (event.CanVeto()) {
            int answer = wxMessageBox(_("Your latest changes are not in the scorecard file. Save a copy "
                                        "elsewhere before closing?"),
                                      _("Unsaved changes"), wxYES_NO | wxCANCEL | wxICON_WARNING, this);
            if (answer == wxCANCEL || (answer == wxYES && !SaveCopyAs())) {
                event.Veto();
                return;
            }
        } else {
            // The session is ending: keep a copy beside the file rather than lose it.
            Scorecard copy = scorecard_;
            try {
                save_scorecard(path_.parent_path() / (path_.stem().stem().string() + ".unsaved.scorecard.xml"), copy);
            } catch (const std::exception&) {
            }
        }
    }
    Destroy();
}

void InterviewFrame::PrintReport(int action) {
    // The report shows the scorecard as it is now, saved or not.
    const Rubric rubric = rubric_.rubric;
    const Scorecard scorecard = scorecard_;
    const std::string language = language_;
    if (action == XRCID("export_sheet")) {
        ExportPdf(this, Text(rubric.id) + "-sheet-" + Text(language) + ".pdf",
                  [rubric, language](const report::PageSetup& setup) {
                      return report::rubric_sheet(rubric, language, setup);
                  });
        return;
    }
    DocumentFactory make = [rubric, scorecard, language](const report::PageSetup& setup) {
        return report::scorecard_report(rubric, scorecard, language, setup);
    };
    const auto title = Text(scorecard.candidate_name) + " – " + Text(scorecard.interviewer);
    if (action == wxID_PRINT)
        PrintDocument(this, title, make);
    else if (action == XRCID("export_report"))
        ExportPdf(this, path_.stem().stem().string() + ".pdf", make);
    else
        PreviewDocument(this, title, make);
}

} // namespace extramile::app
