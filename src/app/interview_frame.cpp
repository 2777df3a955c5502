#include "interview_frame.hpp"

#include "accessibility.hpp"
#include "app_config.hpp"
#include "competency_list_row.hpp"
#include "extramile_app.hpp"
#include "file_drop.hpp"
#include "flag_list.hpp"
#include "help_menu.hpp"
#include "local_time.hpp"
#include "notice_bar.hpp"
#include "numbered_item.hpp"
#include "preferences.hpp"
#include "print_menu.hpp"
#include "printing.hpp"
#include "rating_row.hpp"
#include "readable_colour.hpp"
#include "summary_dialog.hpp"
#include "tab_order.hpp"
#include "unsaved_dialog.hpp"
#include "window_work.hpp"
#include "wx_text.hpp"

#include "core/base/file_error.hpp"
#include "core/base/timestamp.hpp"
#include "core/model/interview_gaps.hpp"
#include "core/model/scorecard_differences.hpp"
#include "core/storage/tracked_file.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "report/rubric_sheet.hpp"
#include "report/scorecard_report.hpp"

#include <wx/control.h>
#include <wx/dcclient.h>
#include <wx/filedlg.h>
#include <wx/listbox.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

namespace extramile::app {

namespace {

using Kind = services::DiskConflict::Kind;
using SaveState = services::InterviewSession::SaveState;

wxString Duration(std::chrono::seconds s) {
    long total = static_cast<long>(s.count());
    if (total >= 3600)
        return wxString::Format("%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
    return wxString::Format("%ld:%02ld", total / 60, total % 60);
}

std::string InterviewerName(const Scorecard& scorecard) {
    const auto preferred = ToUtf8(AppConfig::InterviewerName());
    return preferred.empty() ? scorecard.interviewer : preferred;
}

// A difference between two versions, in words.
wxString Describe(const ScorecardDifference& d, const Rubric& rubric, const std::string& language) {
    using K = ScorecardDifference::Kind;
    const auto competency = [&] {
        const auto* c = rubric.find(d.competency);
        return c ? FromUtf8(c->name.get(language)) : FromUtf8(d.competency);
    };
    const auto value = [](const std::string& v) { return v.empty() ? _("none") : v == "na" ? _("not assessable") : FromUtf8(v); };
    switch (d.kind) {
    case K::rating:
        return wxString::Format(_("rating of %s: %s here, %s in the file"), competency(), value(d.mine), value(d.theirs));
    case K::flag:
        return wxString::Format(_("a flag of %s is ticked in one version only"), competency());
    case K::note:
        if (!d.question.empty())
            for (const auto& c : rubric.competencies)
                for (const auto& q : c.questions)
                    if (q.id == d.question)
                        return wxString::Format(_("the notes on \"%s\""), FromUtf8(q.text.get(language)).Left(60));
        return wxString::Format(_("the notes on %s"), competency());
    case K::recommendation:
        return wxString::Format(_("recommendation: %s here, %s in the file"), value(d.mine), value(d.theirs));
    case K::comment:
        return _("the overall comment");
    case K::status:
        return wxString::Format(_("status: %s here, %s in the file"), value(d.mine), value(d.theirs));
    case K::candidate:
        return wxString::Format(_("candidate: %s here, %s in the file"), value(d.mine), value(d.theirs));
    case K::interviewer:
        return wxString::Format(_("interviewer: %s here, %s in the file"), value(d.mine), value(d.theirs));
    }
    return {};
}

} // namespace

InterviewFrame::InterviewFrame(std::unique_ptr<services::ScorecardStore> store, Scorecard scorecard,
                               RubricEntry rubric, std::string language)
    : store_(std::move(store)), rubric_(std::move(rubric)), language_(std::move(language)),
      session_(rubric_.rubric, std::move(scorecard), Clock::now(), AppConfig::AutosaveDelay()),
      tick_timer_(this, wxWindow::NewControlId()), clock_timer_(this, wxWindow::NewControlId()),
      work_(WorkQueueFor(*this)) {
    wxXmlResource::Get()->LoadFrame(this, nullptr, "interview_frame");
    // One editor at a time: another program holding the scorecard (or a
    // lock that cannot be read) makes this window read-only.
    session_.set_held_elsewhere(!store_->lock().held(), Clock::now());

    competency_list_ = XRCCTRL(*this, "competency_list", wxListBox);
    candidate_label_ = XRCCTRL(*this, "candidate_label", wxStaticText);
    competency_title_ = XRCCTRL(*this, "competency_title", wxStaticText);
    competency_definition_ = XRCCTRL(*this, "competency_definition", wxStaticText);
    question_position_ = XRCCTRL(*this, "question_position", wxStaticText);
    question_timer_ = XRCCTRL(*this, "question_timer", wxStaticText);
    session_timer_ = XRCCTRL(*this, "session_timer", wxStaticText);
    question_text_ = XRCCTRL(*this, "question_text", wxStaticText);
    probes_text_ = XRCCTRL(*this, "probes_text", wxStaticText);
    star_reminder_ = XRCCTRL(*this, "star_reminder", wxStaticText);
    star_text_ = star_reminder_->GetLabel(); // as translated, before wrapping
    notes_ = XRCCTRL(*this, "notes", wxTextCtrl);
    question_area_ = XRCCTRL(*this, "question_area", wxScrolledWindow);
    question_area_->SetScrollRate(0, FromDIP(12));
    // Five lines of notes at least, whatever the screen and the font; the
    // rest of the page scrolls around them.
    notes_->SetMinSize(wxSize(-1, notes_->GetCharHeight() * 6 + FromDIP(12)));

    page_ = XRCCTRL(*this, "interview_panel", wxPanel);
    notice_ = new NoticeBar(page_);
    page_->GetSizer()->Prepend(notice_, 0, wxEXPAND);

    auto replace = [](wxWindow* placeholder, wxWindow* real) {
        placeholder->GetContainingSizer()->Replace(placeholder, real);
        placeholder->Destroy();
    };
    rating_row_ = new RatingRow(question_area_, [this](RatingChoice c) { OnRating(c); });
    replace(XRCCTRL(*this, "rating_panel", wxPanel), rating_row_);
    flag_list_ = new FlagList(question_area_, [this](SignalKind k, int i, bool on) { OnFlag(k, i, on); });
    replace(XRCCTRL(*this, "flags_panel", wxPanel), flag_list_);
    a11y::LabelledBy(*rating_row_, *XRCCTRL(*this, "rating_heading", wxWindow));
    // The candidate's name above the list is not its label (GTK took it for one).
    a11y::SetName(*competency_list_, _("Competencies"));
    SetTabOrder({notes_, rating_row_, flag_list_, XRCCTRL(*this, "previous_question", wxWindow),
                 XRCCTRL(*this, "finish_interview", wxWindow), XRCCTRL(*this, "next_question", wxWindow)});

    competency_title_->SetFont(competency_title_->GetFont().Bold().Scaled(1.25f));
    question_text_->SetFont(question_text_->GetFont().Scaled(1.35f));
    probes_text_->SetForegroundColour(SubduedOn(question_area_->GetForegroundColour(), question_area_->GetBackgroundColour()));
    XRCCTRL(*this, "rating_heading", wxStaticText)->SetFont(GetFont().Bold());
    candidate_label_->SetFont(candidate_label_->GetFont().Bold());
    const auto& s = session_.scorecard();
    candidate_label_->SetToolTip(FromUtf8(s.candidate_name) +
                                 (s.candidate_role.empty() ? wxString() : "\n" + FromUtf8(s.candidate_role)));
    competency_list_->Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        e.Skip();
        const int item = competency_list_->HitTest(e.GetPosition());
        const auto& competencies = rubric_.rubric.competencies;
        const wxString tip =
            item >= 0 && item < static_cast<int>(competencies.size()) ? FromUtf8(competencies[item].name.get(language_)) : wxString();
        if (competency_list_->GetToolTipText() != tip)
            competency_list_->SetToolTip(tip);
    });

    SetTitle(wxString::Format(_("%s – interview by %s – Extra Mile"), FromUtf8(s.candidate_name),
                              FromUtf8(s.interviewer)) +
             (store_->lock().held() ? wxString() : " (" + _("read-only") + ")"));
    CreateStatusBar(2);
    int widths[] = {-1, -2};
    GetStatusBar()->SetStatusWidths(2, widths);
    SetStatusText(FromUtf8(store_->path().string()), 1);
    BuildMenus();
    SetDropTarget(new FileDrop(this)); // scorecards, rubrics and folders dropped here open

    notes_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { OnNotesChanged(); });
    competency_list_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) {
        session_.go_to_competency(e.GetSelection(), Clock::now());
        ShowQuestion();
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_.step(+1, Clock::now());
        ShowQuestion();
    }, XRCID("next_question"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_.step(-1, Clock::now());
        ShowQuestion();
    }, XRCID("previous_question"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnFinish(); }, XRCID("finish_interview"));
    Bind(wxEVT_CHAR_HOOK, &InterviewFrame::OnCharHook, this);
    Bind(wxEVT_CLOSE_WINDOW, &InterviewFrame::OnClose, this);
    // Timer events go to the owner (this frame), told apart by the timer's id.
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { Tick(); }, tick_timer_.GetId());
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        RefreshClocks();
        Tick();
    }, clock_timer_.GetId());
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (!relayout_pending_) {
            relayout_pending_ = true;
            CallAfter([this] {
                relayout_pending_ = false;
                // Only a new width needs new wrapping; rebuilding on every
                // size event would feed itself (the rebuild resizes children).
                page_->Layout();
                if (WrapWidth() != wrapped_width_)
                    WrapToWidth();
            });
        }
    });
    // The first layout is made before the window is shown, and shown its
    // texts can measure otherwise with no size event to tell (under GTK the
    // rating anchors wrapped before Show came out a few pixels apart from the
    // same wrap after it): wrapped again once, at the same width.
    Bind(wxEVT_SHOW, [this](wxShowEvent& e) {
        e.Skip();
        if (e.IsShown())
            CallAfter([this] { WrapToWidth(); });
    });
    clock_timer_.Start(1000);

    SetMinSize(FromDIP(wxSize(900, 600)));
    SetSize(FromDIP(wxSize(1280, 760)));
    AppConfig::RestoreGeometry(*this, "interview_frame");
    RefreshCompetencyList();
    ShowQuestion();
    RefreshReadOnly();
    RefreshSaveStatus();
    if (!store_->lock().held())
        ShowLockNotice();
}

InterviewFrame::~InterviewFrame() {
    tick_timer_.Stop();
    clock_timer_.Stop();
    work_.reset(); // joins the queue's thread before the store and session go
}

void InterviewFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_NEW, _("&New interview…\tCtrl+N"));
    file->Append(wxID_OPEN, _("&Open scorecard…\tCtrl+O"));
    file->Append(wxID_SAVE, _("&Save now\tCtrl+S"), _("Changes are saved automatically; this saves at once"));
    file->Append(wxID_SAVEAS, _("Save a copy &as…"));
    file->AppendSeparator();
    AppendPrintItems(*file, *this, Printed::this_scorecard, [this](PrintAction a) { PrintReport(Printed::this_scorecard, a); });
    AppendPrintItems(*file, *this, Printed::blank_sheet, [this](PrintAction a) { PrintReport(Printed::blank_sheet, a); },
                     {false, true, false});
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
    const auto& competencies = rubric_.rubric.competencies;
    for (size_t i = 0; i < competencies.size() && i < 9; ++i) {
        int id = XRCID(wxString::Format("competency_%zu", i).c_str());
        go->Append(id, NumberedItem(static_cast<int>(i) + 1, FromUtf8(competencies[i].name.get(language_)),
                                    wxString::Format("Alt+%zu", i + 1)));
        Bind(wxEVT_MENU, [this, i](wxCommandEvent&) {
            session_.go_to_competency(static_cast<int>(i), Clock::now());
            ShowQuestion();
        }, id);
    }
    interview->AppendSubMenu(go, _("&Go to competency"));
    auto* rate = new wxMenu;
    const auto& scale = rubric_.rubric.scale;
    for (int v = scale.min; v <= scale.max; ++v) {
        int id = XRCID(wxString::Format("rate_%d", v).c_str());
        // In the open menu a point's digit picks it; a point of two
        // characters (10, -1) has no key of its own, and no mnemonic.
        const bool digit = v >= 0 && v <= 9;
        wxString label = wxString(digit ? "&" : "") + wxString::Format("%d", v);
        if (auto it = scale.labels.find(v); it != scale.labels.end())
            label += " · " + wxControl::EscapeMnemonics(FromUtf8(it->second.get(language_)));
        // Ctrl+digit works everywhere, even in the notes; a bare digit works outside them.
        if (digit)
            label += wxString::Format("\tCtrl+%d", v);
        rate->Append(id, label);
        Bind(wxEVT_MENU, [this, v](wxCommandEvent&) { Rate(v); }, id);
    }
    rate->Append(XRCID("rate_na"), _("&Not assessable") + (scale.min > 0 ? "\tCtrl+0" : ""));
    rate->Append(XRCID("rate_clear"), _("&Clear the rating\tCtrl+Backspace"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Rate(std::nullopt); }, XRCID("rate_na"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (session_.clear_rating(Clock::now()))
            AfterEdit();
    }, XRCID("rate_clear"));
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

    Bind(wxEVT_MENU, [](wxCommandEvent&) { TheApp().ShowStartPage(); }, wxID_NEW);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Open a scorecard"), FromUtf8(store_->path().parent_path().string()), "",
                            _("Scorecards (*.scorecard.xml)|*.scorecard.xml|All files|*"),
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() == wxID_OK)
            TheApp().OpenScorecard(dialog.GetPath(), this, FromUtf8(language_));
    }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        // Ctrl+S saves at once, and retries at once a save that failed.
        session_.save_now(Clock::now());
        Tick();
    }, wxID_SAVE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { SaveCopyAs(); }, wxID_SAVEAS);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [](wxCommandEvent&) { TheApp().Quit(); }, wxID_EXIT);
    for (int id : {wxID_UNDO, wxID_REDO, wxID_CUT, wxID_COPY, wxID_PASTE, wxID_SELECTALL})
        Bind(wxEVT_MENU, [this, id](wxCommandEvent&) {
            auto* text = dynamic_cast<wxTextCtrl*>(FindFocus());
            // In the notes Ctrl+Z undoes typing (the text field's own undo);
            // elsewhere it undoes ratings and flags.
            if (id == wxID_UNDO && !text) {
                if (session_.undo(Clock::now()))
                    AfterEdit();
                return;
            }
            if (id == wxID_REDO && !text) {
                if (session_.redo(Clock::now()))
                    AfterEdit();
                return;
            }
            if (!text)
                return;
            switch (id) {
            case wxID_UNDO: text->Undo(); break;
            case wxID_REDO: text->Redo(); break;
            case wxID_CUT: text->Cut(); break;
            case wxID_COPY: text->Copy(); break;
            case wxID_PASTE: text->Paste(); break;
            default: text->SelectAll(); break;
            }
        }, id);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { notes_->SetFocus(); }, XRCID("focus_notes"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { competency_list_->SetFocus(); }, XRCID("focus_competencies"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        session_.step(+1, Clock::now());
        ShowQuestion();
    }, XRCID("next_question"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        session_.step(-1, Clock::now());
        ShowQuestion();
    }, XRCID("previous_question"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnFinish(); }, XRCID("finish_interview"));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnReopen(); }, XRCID("reopen_interview"));
    BindHelpItems(*this);
}

void InterviewFrame::ShowQuestion() {
    const auto& competency = session_.competency();
    const auto& question = session_.question();
    const auto position = session_.position();
    filling_ = true;
    Freeze();
    question_position_->SetLabel(
        wxString::Format(_("Question %d of %d"), position.question + 1, static_cast<int>(competency.questions.size())) +
        (question.minutes > 0 ? wxString::Format(_(" · %d min planned"), question.minutes) : wxString()));
    notes_->ChangeValue(FromUtf8(session_.scorecard().note_on(question.id)));
    notes_->SetInsertionPointEnd();
    competency_list_->SetSelection(position.competency);
    XRCCTRL(*this, "previous_question", wxWindow)->Enable(session_.can_step(-1));
    XRCCTRL(*this, "next_question", wxWindow)->Enable(session_.can_step(+1));
    WrapToWidth();
    ScrollToQuestion();
    RefreshReadOnly();
    Thaw();
    filling_ = false;
    RefreshClocks();
    // Typing starts at once: the notes have the focus whenever a question shows.
    notes_->SetFocus();
}

void InterviewFrame::ScrollToQuestion() {
    // The question, its probes and the notes in view together; on a short
    // screen the competency's definition above them is what scrolls away
    // first (it is the same for every question of the competency).
    question_area_->Scroll(0, 0);
    int unit_x = 0, unit_y = 1;
    question_area_->GetScrollPixelsPerUnit(&unit_x, &unit_y);
    const int top = question_position_->GetPosition().y - FromDIP(4);
    const int bottom = notes_->GetRect().GetBottom() + FromDIP(4);
    const int height = question_area_->GetClientSize().y;
    if (bottom <= height || unit_y <= 0)
        return;
    const int y = bottom - height < top ? (bottom - height + unit_y - 1) / unit_y : top / unit_y;
    question_area_->Scroll(0, y);
}

int InterviewFrame::WrapWidth() const {
    // The scrolled page's width less its margin (the scroll bar is always
    // there, so wrapping never changes the width it wraps to).
    return std::max(FromDIP(200), question_area_->GetClientSize().x - FromDIP(12));
}

void InterviewFrame::WrapToWidth() {
    // Texts wrap to the width of the page, which follows the window.
    FitCompetencyList();
    page_->Layout(); // the page's width follows the list's new one before it is read
    wrapped_width_ = WrapWidth();
    const int width = wrapped_width_;
    const auto& competency = session_.competency();
    const auto& question = session_.question();
    competency_definition_->SetLabel(FromUtf8(competency.definition.get(language_)));
    question_text_->SetLabel(FromUtf8(question.text.get(language_)));
    wxString probes;
    for (const auto& probe : question.probes)
        probes += "→ " + FromUtf8(probe.get(language_)) + "\n";
    probes_text_->SetLabel(probes.Trim());
    star_reminder_->SetLabel(star_text_);
    for (auto* text : {competency_definition_, question_text_, star_reminder_})
        text->Wrap(width);
    // The probes are indented by their left border in the form.
    const auto* indent = probes_text_->GetContainingSizer()->GetItem(probes_text_);
    probes_text_->Wrap(width - (indent ? indent->GetBorder() : 0));
    const int total = static_cast<int>(rubric_.rubric.competencies.size());
    competency_title_->SetLabel(wxString::Format("%d/%d  %s", session_.position().competency + 1, total,
                                                 FromUtf8(competency.name.get(language_))));
    competency_title_->Wrap(width);
    rating_row_->Show(rubric_.rubric.scale, competency, language_, width);
    const auto* rating = session_.scorecard().rating_for(competency.id);
    rating_row_->SetChoice(rating ? RatingChoice{true, rating->value} : RatingChoice{});
    flag_list_->Show(competency, session_.scorecard(), language_, width);
    rating_row_->SetReadOnly(session_.read_only());
    flag_list_->SetReadOnly(session_.read_only());
    question_area_->FitInside();
    page_->Layout();
}

void InterviewFrame::FitCompetencyList() {
    // A quarter of a small window, never more than it had before.
    const int width = std::clamp(GetClientSize().x / 4, FromDIP(170), FromDIP(290));
    if (competency_list_->GetMinSize().x == width)
        return;
    competency_list_->SetMinSize(wxSize(width, -1));
    // The candidate's name and role, shortened to the column with "…"; the
    // whole of it in the tooltip and the window's title.
    const auto& s = session_.scorecard();
    wxClientDC dc(candidate_label_);
    dc.SetFont(candidate_label_->GetFont());
    wxString label = wxControl::Ellipsize(FromUtf8(s.candidate_name), dc, wxELLIPSIZE_END, width);
    if (!s.candidate_role.empty())
        label += "\n" + wxControl::Ellipsize(FromUtf8(s.candidate_role), dc, wxELLIPSIZE_END, width);
    candidate_label_->SetLabel(label);
    RefreshCompetencyList();
}

void InterviewFrame::RefreshCompetencyList() {
    const int selection = competency_list_->GetSelection();
    competency_list_->Freeze();
    competency_list_->Clear();
    wxClientDC dc(competency_list_);
    dc.SetFont(competency_list_->GetFont());
    // The list's own padding and a scroll bar, should one appear.
    const int room = competency_list_->GetMinSize().x - FromDIP(40);
    for (const auto& c : rubric_.rubric.competencies) {
        const auto* rating = session_.scorecard().rating_for(c.id);
        // A long name ends in "…" (the tooltip has it whole); where the
        // rating stands is always read in full.
        const int suffix = dc.GetTextExtent(CompetencyListRow({}, rating)).x;
        competency_list_->Append(CompetencyListRow(
            wxControl::Ellipsize(FromUtf8(c.name.get(language_)), dc, wxELLIPSIZE_END, room - suffix), rating));
    }
    competency_list_->SetSelection(selection == wxNOT_FOUND ? session_.position().competency : selection);
    competency_list_->Thaw();
}

void InterviewFrame::RefreshReadOnly() {
    const bool read_only = session_.read_only();
    notes_->SetEditable(!read_only);
    rating_row_->SetReadOnly(read_only);
    flag_list_->SetReadOnly(read_only);
    const bool submitted = session_.scorecard().submitted();
    if (auto* bar = GetMenuBar()) {
        bar->Enable(XRCID("finish_interview"), !read_only);
        bar->Enable(XRCID("reopen_interview"), submitted && !session_.held_elsewhere());
    }
    XRCCTRL(*this, "finish_interview", wxWindow)->Enable(!read_only);
    if (submitted && !session_.held_elsewhere() && !session_.current_conflict() && notice_->Message().empty())
        notice_->Notify(_("This scorecard is submitted and read-only. To change it, choose "
                          "Interview > Reopen for changes; the reopening is recorded."),
                        wxICON_INFORMATION);
}

void InterviewFrame::RefreshClocks() {
    const auto now = Clock::now();
    session_timer_->SetLabel(wxString::Format(_("Session %s"), Duration(session_.session_time(now))));
    question_timer_->SetLabel(wxString::Format(_("On this question %s"), Duration(session_.question_time(now))));
    // Over the planned time: a quiet change of colour, nothing that blinks.
    question_timer_->SetForegroundColour(session_.over_planned_time(now)
                                             ? ReadableOn(wxColour(176, 96, 0), question_area_->GetBackgroundColour())
                                             : question_area_->GetForegroundColour());
}

void InterviewFrame::RefreshSaveStatus() {
    wxString status;
    switch (session_.save_state()) {
    case SaveState::saved:
        status = session_.held_elsewhere()              ? _("Read-only: open in another program")
                 : session_.scorecard().submitted()     ? _("Submitted: read-only")
                                                        : wxString::Format(_("Saved at %s"), wxDateTime::Now().FormatTime());
        break;
    case SaveState::pending:
    case SaveState::saving:
        status = _("Saving…");
        break;
    case SaveState::failed:
        status = wxString::Format(_("Not saved: will try again at %s (Ctrl+S: now)"),
                                  (wxDateTime::Now() + wxTimeSpan::Milliseconds(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                                                     session_.retry_at() - Clock::now())
                                                                                     .count()))
                                      .FormatTime());
        break;
    case SaveState::conflict:
        status = _("Not saved: the file changed on disk");
        break;
    }
    SetStatusText(status, 0);
}

void InterviewFrame::OnNotesChanged() {
    if (filling_)
        return;
    if (session_.set_note(ToUtf8(notes_->GetValue()), Clock::now()))
        Schedule();
}

void InterviewFrame::Rate(std::optional<int> value) {
    if (session_.rate(value, Clock::now()))
        AfterEdit();
}

void InterviewFrame::OnRating(RatingChoice choice) {
    if (choice.rated)
        Rate(choice.value);
    else
        AfterEdit(); // the row was pressed again: the rating stays (clearing is explicit)
}

void InterviewFrame::OnFlag(SignalKind kind, int index, bool on) {
    if (session_.set_flag(kind, index, on, Clock::now()))
        Schedule();
}

void InterviewFrame::AfterEdit() {
    const auto* rating = session_.scorecard().rating_for(session_.competency().id);
    RefreshCompetencyList();
    if (competency_list_->GetSelection() != session_.position().competency)
        ShowQuestion(); // an undo went back to another competency
    else {
        rating_row_->SetChoice(rating ? RatingChoice{true, rating->value} : RatingChoice{});
        flag_list_->Show(session_.competency(), session_.scorecard(), language_, wrapped_width_);
        question_area_->FitInside();
        page_->Layout();
    }
    Schedule();
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
    if (!typing && event.GetModifiers() == wxMOD_NONE && key >= '0' && key <= '9' && !session_.read_only()) {
        const int digit = key - '0';
        Rate(digit == 0 && rubric_.rubric.scale.min > 0 ? std::nullopt : std::optional<int>(digit));
        return;
    }
    event.Skip();
}

void InterviewFrame::OnFinish() {
    if (session_.read_only())
        return;
    std::optional<std::pair<std::optional<Recommendation>, wxString>> kept; // from going back
    for (;;) {
        SummaryDialog dialog(this, rubric_.rubric, session_.scorecard(), language_);
        if (kept)
            dialog.Restore(kept->first, kept->second);
        const int answer = dialog.ShowModal();
        if (answer == SummaryDialog::kGoThere) {
            const auto& place = dialog.GoTo();
            if (place.question.empty())
                session_.go_to_competency(place.competency, Clock::now());
            else
                session_.go_to_question(place.question, Clock::now());
            ShowQuestion();
            return;
        }
        if (answer != wxID_OK || !dialog.GetRecommendation())
            return;
        kept.emplace(dialog.GetRecommendation(), dialog.GetComment());
        if (const auto unrated = find_gaps(session_.scorecard(), rubric_.rubric).unrated_competencies; !unrated.empty()) {
            wxString names;
            for (const auto& id : unrated)
                if (const auto* c = rubric_.rubric.find(id))
                    names += "\n  • " + FromUtf8(c->name.get(language_));
            wxMessageDialog confirm(
                this,
                wxString::Format(wxPLURAL("%zu competency is not rated:%s\n\nSubmit anyway, recommending \"%s\"? "
                                          "It counts as not assessed, and the comparison marks this candidate "
                                          "incomplete.",
                                          "%zu competencies are not rated:%s\n\nSubmit anyway, recommending \"%s\"? "
                                          "They count as not assessed, and the comparison marks this candidate "
                                          "incomplete.",
                                          unrated.size()),
                                 unrated.size(), names, dialog.RecommendationText()),
                _("Submit an incomplete scorecard?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
            confirm.SetYesNoLabels(_("&Submit anyway"), _("&Go back"));
            if (confirm.ShowModal() != wxID_YES)
                continue; // back to the review
        }
        session_.submit(*dialog.GetRecommendation(), ToUtf8(dialog.GetComment()), now_iso_utc(), Clock::now());
        notice_->Clear();
        RefreshReadOnly();
        Tick();
        return;
    }
}

void InterviewFrame::OnReopen() {
    if (!session_.scorecard().submitted() || session_.held_elsewhere())
        return;
    wxTextEntryDialog dialog(this,
                             _("Reopen this submitted scorecard for changes? The reopening is recorded in the "
                               "file with its reason, and the scorecard counts again only when you submit it "
                               "again.\n\nWhy is it reopened?"),
                             _("Reopen for changes"));
    if (dialog.ShowModal() != wxID_OK)
        return;
    session_.reopen(ToUtf8(dialog.GetValue().Strip(wxString::both)), InterviewerName(session_.scorecard()),
                    now_iso_utc(), Clock::now());
    notice_->Clear();
    RefreshReadOnly();
    ShowQuestion();
    Schedule();
}

// --- Saving -------------------------------------------------------------

void InterviewFrame::Schedule() {
    RefreshSaveStatus();
    const auto now = Clock::now();
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(session_.next_wakeup(now) - now);
    tick_timer_.StartOnce(std::max(1, static_cast<int>(wait.count())));
}

void InterviewFrame::Tick() {
    if (closing_)
        return;
    const auto now = Clock::now();
    if (auto snapshot = session_.due_snapshot(now))
        StartSave(std::move(*snapshot));
    else if (session_.disk_check_due(now) && !disk_check_running_)
        StartDiskCheck();
    Schedule();
}

void InterviewFrame::StartSave(Scorecard snapshot) {
    auto* store = store_.get();
    work_->post<services::StoreSave>([store, snapshot](const CancelToken&) { return store->save(snapshot); },
                                     [this](services::StoreSave result) { OnSaved(result); });
}

void InterviewFrame::StartDiskCheck() {
    disk_check_running_ = true;
    auto* store = store_.get();
    work_->post<std::optional<services::DiskConflict>>(
        [store](const CancelToken&) { return store->look(); },
        [this](std::optional<services::DiskConflict> conflict) {
            disk_check_running_ = false;
            session_.disk_checked(Clock::now());
            // A save that started meanwhile has already met what this saw.
            if (conflict && session_.save_state() != SaveState::conflict) {
                session_.conflict(std::move(*conflict), Clock::now());
                ShowConflict();
            }
            Schedule();
        });
}

void InterviewFrame::OnSaved(const services::StoreSave& result) {
    const auto now = Clock::now();
    const bool was_failing = session_.save_state() == SaveState::failed || session_.failures() > 0;
    switch (result.kind) {
    case services::StoreSave::Kind::saved:
        session_.saved(result.revision, now);
        if (was_failing)
            notice_->Notify(_("Saved: every change is in the scorecard file again."), wxICON_INFORMATION);
        break;
    case services::StoreSave::Kind::failed:
        session_.save_failed(result.failure, now);
        ShowFailure();
        break;
    case services::StoreSave::Kind::conflict:
        session_.conflict(*result.conflict, now);
        ShowConflict();
        break;
    }
    Schedule();
}

void InterviewFrame::ShowFailure() {
    notice_->Notify(wxString::Format(_("Your changes could not be saved: %s\nThey are kept in this window and "
                                       "saving is tried again by itself."),
                                     FromUtf8(session_.last_failure())),
                    wxICON_ERROR, {_("Try again now"), _("Save a copy elsewhere…")}, [this](std::size_t choice) {
                        if (choice == 0) {
                            session_.save_now(Clock::now());
                            Tick();
                        } else {
                            SaveCopyAs();
                        }
                    });
}

void InterviewFrame::ShowLockNotice() {
    const auto& lock = store_->lock();
    wxString message;
    switch (lock.state()) {
    case ScorecardLock::State::other: {
        const auto& owner = *lock.owner();
        const auto who = owner.user.empty() ? _("Someone") : FromUtf8(owner.user);
        message = lock.on_this_host()
                      ? wxString::Format(_("%s has this scorecard open in another window of Extra Mile on this "
                                           "computer (since %s), so it is shown read-only here."),
                                         who, LocalDateTime(owner.since))
                      : wxString::Format(_("%s has this scorecard open on %s (since %s), so it is shown "
                                           "read-only here."),
                                         who, FromUtf8(owner.host), LocalDateTime(owner.since));
        break;
    }
    case ScorecardLock::State::unknown:
        message = wxString::Format(_("Another program may have this scorecard open: its lock cannot be read "
                                     "(%s). It is shown read-only here."),
                                   FromUtf8(lock.problem()));
        break;
    case ScorecardLock::State::unavailable:
        message = wxString::Format(_("This scorecard cannot be opened for changes here (%s). It is shown "
                                     "read-only."),
                                   FromUtf8(lock.problem()));
        break;
    case ScorecardLock::State::held:
        notice_->Clear();
        return;
    }
    notice_->Notify(message, wxICON_INFORMATION, {_("Try again"), _("Take over…")}, [this](std::size_t choice) {
        if (choice == 1 &&
            wxMessageBox(_("Take this scorecard over? If it is really open elsewhere, what is saved there "
                           "after this is refused there as an outside change, and both versions are kept."),
                         _("Take over"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, this) != wxYES)
            return;
        // The queue is idle while read-only (nothing is saved), so the store
        // may be used here; what the other program saved meanwhile is read.
        const bool held = choice == 1 ? store_->take_over_lock() : store_->retry_lock();
        if (!held) {
            ShowLockNotice();
            return;
        }
        try {
            if (auto current = store_->reload())
                session_.take_theirs(std::move(*current), Clock::now());
        } catch (const FileError& e) {
            wxMessageBox(FromUtf8(describe(e.problems())), _("Cannot open"), wxOK | wxICON_ERROR, this);
        }
        session_.set_held_elsewhere(false, Clock::now());
        SetTitle(GetTitle().BeforeLast('(').Trim());
        notice_->Clear();
        RefreshCompetencyList();
        ShowQuestion();
        RefreshReadOnly();
        RefreshSaveStatus();
    });
}

void InterviewFrame::ShowConflict() {
    const auto& conflict = session_.current_conflict();
    if (!conflict)
        return;
    RefreshSaveStatus();
    const auto keep_mine = _("Keep mine");
    switch (conflict->kind) {
    case Kind::modified:
        if (!conflict->theirs) {
            notice_->Notify(wxString::Format(_("The scorecard file was changed outside this window and cannot be "
                                               "read now (%s); a sync may be under way. Nothing is written "
                                               "until you choose."),
                                             FromUtf8(conflict->unreadable)),
                            wxICON_WARNING, {_("Look again"), keep_mine}, [this](std::size_t choice) {
                                if (choice == 0) {
                                    session_.keep_mine(Clock::now()); // cleared, then looked at again
                                    session_.disk_checked(Clock::now() - std::chrono::seconds(10));
                                    StartDiskCheck();
                                } else {
                                    KeepMine();
                                }
                            });
            return;
        }
        {
            wxString what;
            const auto all = differences(session_.scorecard(), *conflict->theirs);
            for (std::size_t i = 0; i < all.size() && i < 4; ++i)
                what += "\n  • " + Describe(all[i], rubric_.rubric, language_);
            if (all.size() > 4)
                what += "\n  • " + wxString::Format(wxPLURAL("and %zu more difference", "and %zu more differences",
                                                             all.size() - 4),
                                                    all.size() - 4);
            if (all.empty())
                what = "\n  • " + _("only their revision differs");
            notice_->Notify(wxString::Format(_("The scorecard was changed outside this window (revision %ld in the "
                                               "file). What differs:%s\nNothing is written until you choose; the "
                                               "version you do not keep is kept as a copy beside it."),
                                             conflict->theirs->revision, what),
                            wxICON_WARNING, {keep_mine, _("Use the file's version")}, [this](std::size_t choice) {
                                choice == 0 ? KeepMine() : TakeTheirs();
                            });
        }
        return;
    case Kind::other_scorecard:
        notice_->Notify(wxString::Format(_("The file now holds another scorecard (%s, by %s), not this one. "
                                           "Nothing is written until you choose; keeping yours keeps the other "
                                           "as a copy beside it."),
                                         FromUtf8(conflict->theirs->candidate_name),
                                         FromUtf8(conflict->theirs->interviewer)),
                        wxICON_WARNING, {keep_mine, _("Save mine elsewhere…")}, [this](std::size_t choice) {
                            if (choice == 0)
                                KeepMine();
                            else
                                SaveCopyAs();
                        });
        return;
    case Kind::deleted:
        notice_->Notify(_("The scorecard file was deleted outside this window (perhaps removed on purpose). "
                          "Nothing is written until you choose."),
                        wxICON_WARNING, {_("Save it again"), _("Close without saving")}, [this](std::size_t choice) {
                            if (choice == 0) {
                                auto* store = store_.get();
                                store->make_anew(); // the queue is idle: nothing is saving in a conflict
                                session_.save_again(Clock::now());
                                notice_->Clear();
                                Tick();
                            } else {
                                session_.take_theirs(session_.scorecard(), Clock::now()); // nothing owed
                                Close(true);
                            }
                        });
        return;
    case Kind::link:
    case Kind::not_a_file:
        notice_->Notify(conflict->kind == Kind::link
                            ? _("The scorecard file was replaced by a link. Nothing is written through it; save "
                                "your version elsewhere.")
                            : _("The scorecard file was replaced by something that is not a file. Nothing is "
                                "written there; save your version elsewhere."),
                        wxICON_WARNING, {_("Save a copy elsewhere…")}, [this](std::size_t) { SaveCopyAs(); });
        return;
    case Kind::link_changed:
        notice_->Notify(wxString::Format(_("The link you opened now leads to another file. This window keeps "
                                           "editing the file it opened, %s."),
                                         FromUtf8(store_->file().string())),
                        wxICON_WARNING, {_("Keep editing it")}, [this](std::size_t) { KeepMine(); });
        return;
    }
}

void InterviewFrame::KeepMine() {
    const auto conflict = session_.current_conflict();
    if (!conflict)
        return;
    auto* store = store_.get();
    work_->post<std::string>(
        [store, conflict](const CancelToken&) {
            try {
                return store->keep_theirs_as_copy(*conflict).string();
            } catch (const FileError& e) {
                return std::string(); // no copy: theirs stays where it is, mine is not written
            }
        },
        [this](std::string copy) {
            session_.keep_mine(Clock::now());
            notice_->Notify(copy.empty() ? _("Your version is being saved.")
                                         : wxString::Format(_("Your version is being saved; the other is kept as %s."),
                                                            FromPath(path_from_utf8(copy).filename())),
                            wxICON_INFORMATION);
            Tick();
        });
}

void InterviewFrame::TakeTheirs() {
    const auto conflict = session_.current_conflict();
    if (!conflict || !conflict->theirs)
        return;
    auto* store = store_.get();
    const Scorecard mine = session_.scorecard();
    work_->post<std::string>(
        [store, conflict, mine](const CancelToken&) {
            try {
                return store->keep_mine_as_copy(mine, *conflict).string();
            } catch (const FileError&) {
                return std::string();
            }
        },
        [this, theirs = *conflict->theirs](std::string copy) {
            if (copy.empty()) {
                notice_->Notify(_("Your version could not be kept as a copy, so the file's version was not "
                                  "loaded. Save a copy elsewhere first."),
                                wxICON_ERROR, {_("Save a copy elsewhere…")}, [this](std::size_t) { SaveCopyAs(); });
                return;
            }
            session_.take_theirs(theirs, Clock::now());
            RefreshCompetencyList();
            ShowQuestion();
            RefreshReadOnly();
            notice_->Notify(wxString::Format(_("The file's version is shown; yours is kept as %s."),
                                             FromPath(path_from_utf8(copy).filename())),
                            wxICON_INFORMATION);
            Schedule();
        });
}

bool InterviewFrame::SaveCopyAs() {
    wxFileDialog dialog(this, _("Save a copy of the scorecard"), FromUtf8(store_->file().parent_path().string()),
                        FromUtf8(store_->file().stem().stem().string()) + "-copy.scorecard.xml",
                        _("Scorecards (*.scorecard.xml)|*.scorecard.xml"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return false;
    try {
        Scorecard copy = session_.scorecard();
        save_scorecard(ToPath(dialog.GetPath()), copy);
        return true;
    } catch (const FileError& e) {
        wxMessageBox(FromUtf8(describe(e.problems())), _("Cannot save"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

bool InterviewFrame::WriteUnsavedCopy() {
    auto name = store_->file().filename().string();
    if (name.ends_with(".scorecard.xml"))
        name.resize(name.size() - 4);
    auto copy = TrackedFile::create(store_->file().parent_path() /
                                    path_from_utf8(name + ".unsaved-" + std::to_string(std::time(nullptr)) + ".xml"));
    try {
        return !copy.save(scorecard_to_xml(session_.scorecard()));
    } catch (const FileError&) {
        return false;
    }
}

bool InterviewFrame::SaveAndWait() {
    // Whatever is owed is due now; the queue finishes it, and its answer is
    // taken in here rather than after the window's next event.
    for (int round = 0; round < 2; ++round) {
        session_.save_now(Clock::now());
        if (auto snapshot = session_.due_snapshot(Clock::now()))
            StartSave(std::move(*snapshot));
        work_->wait_idle();
        work_->deliver();
        if (!session_.unsaved())
            return true;
        if (session_.save_state() != SaveState::pending)
            break; // failed or in conflict: another round would not help
    }
    return !session_.unsaved();
}

void InterviewFrame::OnClose(wxCloseEvent& event) {
    // Nothing typed may be lost by closing: finish the save; if it cannot be
    // done, the user says what becomes of the changes.
    tick_timer_.Stop();
    while (!session_.read_only() && !SaveAndWait()) {
        if (!event.CanVeto()) {
            // The session is ending: keep a copy beside the file rather than lose it.
            WriteUnsavedCopy();
            break;
        }
        const auto why = session_.save_state() == SaveState::conflict ? _("the file was changed outside this window")
                                                                       : FromUtf8(session_.last_failure());
        UnsavedDialog dialog(this, why, session_.save_state() != SaveState::conflict);
        const auto answer = dialog.ShowModal();
        if (answer == UnsavedDialog::retry)
            continue;
        if (answer == UnsavedDialog::save_copy && SaveCopyAs())
            break;
        if (answer == UnsavedDialog::discard)
            break;
        event.Veto();
        Schedule();
        return;
    }
    closing_ = true;
    clock_timer_.Stop();
    Destroy();
    if (auto* app = dynamic_cast<ExtraMileApp*>(wxTheApp)) // not in the view tests
        app->WindowClosed(this);
}

void InterviewFrame::PrintReport(Printed what, PrintAction action) {
    // The report shows the scorecard as it is now, saved or not.
    const Rubric rubric = rubric_.rubric;
    const Scorecard scorecard = session_.scorecard();
    const std::string language = language_;
    if (what == Printed::blank_sheet) {
        RunPrintAction(this, action, FromUtf8(rubric.title.get(language)),
                       FromUtf8(rubric.id) + "-sheet-" + FromUtf8(language) + ".pdf",
                       [rubric, language](const report::PageSetup& setup) {
                           return report::rubric_sheet(rubric, language, setup);
                       });
        return;
    }
    RunPrintAction(this, action, FromUtf8(scorecard.candidate_name) + " – " + FromUtf8(scorecard.interviewer),
                   FromUtf8(store_->file().stem().stem().string()) + ".pdf",
                   [rubric, scorecard, language](const report::PageSetup& setup) {
                       return report::scorecard_report(rubric, scorecard, language, setup);
                   });
}

} // namespace extramile::app
