#include "compare_frame.hpp"

#include "agreement_list.hpp"
#include "app_config.hpp"
#include "calibration_view.hpp"
#include "candidate_table.hpp"
#include "debrief_view.hpp"
#include "decision_dialog.hpp"
#include "evidence_view.hpp"
#include "file_drop.hpp"
#include "help_menu.hpp"
#include "numbered_item.hpp"
#include "preferences.hpp"
#include "print_menu.hpp"
#include "printing.hpp"
#include "radar_panel.hpp"
#include "result_words.hpp"
#include "validity_dialog.hpp"
#include "window_work.hpp"
#include "wx_text.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/scoring/blind_review.hpp"
#include "core/storage/blind_key.hpp"
#include "core/storage/decision_folder.hpp"
#include "local_time.hpp"
#include "report/comparison_report.hpp"
#include "report/debrief_report.hpp"
#include "report/radar_chart.hpp"
#include "services/comparison_export.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datetime.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <set>

namespace extramile::app {

namespace fs = std::filesystem;

namespace {

// Up to this many candidates share one radar chart; more would be unreadable.
constexpr std::size_t kMostOnRadar = 6;
// Up to this many are laid side by side with every interviewer's evidence.
constexpr std::size_t kMostInEvidence = 12;

const int kExportCsv = wxNewId();
const int kExportJson = wxNewId();
const int kExportXlsx = wxNewId();
const int kSelectedOnly = wxNewId();
const int kBlind = wxNewId();
const int kDrafts = wxNewId();
const int kExplain = wxNewId();
const int kDecide = wxNewId();
const int kCheckPerformance = wxNewId();


} // namespace

CompareFrame::CompareFrame(std::vector<fs::path> paths)
    : language_(ToUtf8(AppConfig::RubricLanguage())), progress_timer_(this),
      work_(WorkQueueFor(*this)) {
    wxXmlResource::Get()->LoadFrame(this, nullptr, "compare_frame");
    folder_label_ = XRCCTRL(*this, "folder_label", wxStaticText);
    role_filter_ = XRCCTRL(*this, "role_filter", wxChoice);
    include_drafts_box_ = XRCCTRL(*this, "include_drafts", wxCheckBox);
    blind_box_ = XRCCTRL(*this, "blind_review", wxCheckBox);
    warnings_ = XRCCTRL(*this, "warnings", wxTextCtrl);
    agreement_notes_ = XRCCTRL(*this, "agreement_notes", wxTextCtrl);
    details_ = XRCCTRL(*this, "details", wxNotebook);
    decision_summary_ = XRCCTRL(*this, "decision_summary", wxStaticText);
    record_decision_ = XRCCTRL(*this, "record_decision", wxButton);
    overdue_days_ = XRCCTRL(*this, "overdue_days", wxSpinCtrl);
    overdue_list_ = XRCCTRL(*this, "overdue_list", wxListCtrl);
    overdue_list_->AppendColumn(_("Interviewer"), wxLIST_FORMAT_LEFT, FromDIP(160));
    overdue_list_->AppendColumn(_("Candidate"), wxLIST_FORMAT_LEFT, FromDIP(180));
    overdue_list_->AppendColumn(_("Days"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    overdue_list_->AppendColumn(_("Since"), wxLIST_FORMAT_LEFT, FromDIP(170));
    overdue_list_->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(320));

    auto* resources = wxXmlResource::Get();
    table_ = new CandidateTable(FindWindow("table_panel"));
    resources->AttachUnknownControl("candidate_table", table_, this);
    radar_ = new RadarPanel(FindWindow("side_by_side"));
    resources->AttachUnknownControl("radar", radar_, this);
    evidence_ = new EvidenceView(FindWindow("side_by_side"));
    resources->AttachUnknownControl("evidence", evidence_, this);
    agreement_ = new AgreementList(FindWindow("agreement_page"));
    resources->AttachUnknownControl("agreement", agreement_, this);
    debrief_ = new DebriefView(FindWindow("debrief_page"));
    resources->AttachUnknownControl("debrief", debrief_, this);
    // Last of the tabs, made here rather than in the form: the interviewers' severity.
    calibration_ = new CalibrationView(details_);
    details_->AddPage(calibration_, _("Interviewers"));

    CreateStatusBar();
    BuildMenus();
    SetDropTarget(new FileDrop(this)); // scorecards, rubrics and folders dropped here open

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnOpenFolder(); }, XRCID("open_folder"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { StopLoading(); }, XRCID("stop_loading"));
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { ShowProgress(); });
    // Esc stops a long load, as the status bar says while it runs.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        if (event.GetKeyCode() == WXK_ESCAPE && IsLoading())
            StopLoading();
        else
            event.Skip();
    });
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxMessageBox(AgreementExplanation(), _("Panel agreement"), wxOK | wxICON_INFORMATION, this);
    }, XRCID("explain_agreement"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { RecordDecision(); }, XRCID("record_decision"));
    overdue_days_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent& e) { SetOverdueDays(e.GetPosition()); });
    blind_box_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { SetBlind(e.IsChecked()); });
    include_drafts_box_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { SetIncludeDrafts(e.IsChecked()); });
    role_filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int selection = role_filter_->GetSelection();
        SetRoleFilter(selection <= 0 ? wxString() : role_filter_->GetString(selection));
    });
    // Selecting several rows sends one event per row: refresh once they settle.
    auto selection_changed = [this](wxListEvent&) {
        if (selection_refresh_pending_)
            return;
        selection_refresh_pending_ = true;
        CallAfter([this] {
            selection_refresh_pending_ = false;
            ShowSelection();
        });
    };
    table_->Bind(wxEVT_LIST_ITEM_SELECTED, selection_changed);
    table_->Bind(wxEVT_LIST_ITEM_DESELECTED, selection_changed);
    // A virtual list selects a range (Shift+arrow, Shift+click) without an
    // event per row: look again once the key or the button is released.
    table_->Bind(wxEVT_LIST_ITEM_FOCUSED, selection_changed);
    auto look_again = [this, selection_changed](wxEvent& event) {
        event.Skip();
        wxListEvent unused;
        selection_changed(unused);
    };
    table_->Bind(wxEVT_KEY_UP, look_again);
    table_->Bind(wxEVT_LEFT_UP, look_again);

    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (!wrap_pending_) {
            wrap_pending_ = true;
            CallAfter([this] {
                wrap_pending_ = false;
                WrapTexts();
            });
        }
    });
    SetMinSize(FromDIP(wxSize(800, 520)));
    SetSize(FromDIP(wxSize(1280, 760)));
    AppConfig::RestoreGeometry(*this, "compare_frame");
    ShowSelection();
    if (!paths.empty())
        Open(std::move(paths));
}

CompareFrame::~CompareFrame() {
    progress_timer_.Stop();
    control_.cancel.request(); // closing does not wait for the whole folder
    work_.reset();
}

void CompareFrame::BuildMenus() {
    auto* file = new wxMenu;
    file->Append(wxID_OPEN, _("&Open folder…\tCtrl+O"));
    file->AppendSeparator();
    file->Append(kExportCsv, _("Export C&SV…"));
    file->Append(kExportXlsx, _("Export a &workbook (XLSX)…"));
    file->Append(kExportJson, _("Export &JSON…"));
    file->AppendSeparator();
    file->Append(kCheckPerformance, _("Chec&k against job performance…"),
                 _("Does the interview predict? The scores against job performance recorded later (a CSV file)"));
    file->AppendSeparator();
    auto printing = AppendPrintItems(*file, *this, Printed::comparison, [this](PrintAction action) {
        if (!SomethingToExport())
            return;
        RunPrintAction(this, action, _("Comparison"), ExportBaseName() + ".pdf",
                       [this](const report::PageSetup& s) { return ReportDocument(s); });
    });
    file->AppendSeparator();
    // The debrief pages: one candidate per page, for the panel's talk.
    PrintItems debrief_items;
    debrief_items.accelerators = false;
    debrief_items.page_setup = false;
    auto debrief_printing = AppendPrintItems(*file, *this, Printed::debrief, [this](PrintAction action) {
        if (!HasComparison())
            return;
        if (table_->SelectedCandidates().empty()) {
            wxMessageBox(_("Select the candidates whose debrief to print (Ctrl+click for several)."), _("Debrief"),
                         wxOK | wxICON_INFORMATION, this);
            return;
        }
        auto debriefs = std::make_shared<std::vector<Debrief>>(SelectedDebriefs());
        RunPrintAction(this, action, _("Debrief"),
                       (blind_ ? "debrief-blind-" : "debrief-") + wxDateTime::Now().FormatISODate() + ".pdf",
                       [this, debriefs](const report::PageSetup& s) {
                           return report::debrief_report(run_->rubric.rubric, *debriefs, language_, s);
                       });
    }, debrief_items);
    printing.insert(printing.end(), debrief_printing.begin(), debrief_printing.end());
    file->AppendSeparator();
    file->AppendCheckItem(kSelectedOnly, _("Export and print the se&lected candidates only"),
                          _("Otherwise every candidate shown (of the role chosen) is exported and printed"));
    file->AppendSeparator();
    file->Append(wxID_CLOSE, _("&Close\tCtrl+W"));
    auto* view = new wxMenu;
    view->AppendCheckItem(kBlind, _("&Blind review\tCtrl+B"));
    view->AppendCheckItem(kDrafts, _("Include &drafts\tCtrl+D"));
    view->AppendSeparator();
    view->Append(wxID_SELECTALL, _("Select &all candidates\tCtrl+A"));
    view->Append(kExplain, _("&What does panel agreement mean?"));
    // Each tab under the table from the keyboard: Ctrl+1 side by side, Ctrl+2 the debrief...
    // (and its number picks it in the open menu)
    view->AppendSeparator();
    for (std::size_t page = 0; page < details_->GetPageCount() && page < 9; ++page) {
        const int id = wxWindow::NewControlId();
        view->Append(id, NumberedItem(static_cast<int>(page) + 1, details_->GetPageText(page),
                                      wxString::Format("Ctrl+%zu", page + 1)));
        Bind(wxEVT_MENU, [this, page](wxCommandEvent&) { details_->SetSelection(page); }, id);
    }
    auto* candidate = new wxMenu;
    candidate->Append(kDecide, _("Record a &decision…\tCtrl+Shift+D"),
                      _("The panel's decision about the first selected candidate: outcome, reasons, who decided"));
    auto* edit = new wxMenu;
    AppendPreferencesItem(*edit, *this);
    auto* help = new wxMenu;
    AppendHelpItems(*help);
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(candidate, _("C&andidate"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    BindHelpItems(*this);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnOpenFolder(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnExport(Export::csv); }, kExportCsv);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnExport(Export::json); }, kExportJson);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { OnExport(Export::xlsx); }, kExportXlsx);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) { selected_only_ = e.IsChecked(); }, kSelectedOnly);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { RecordDecision(); }, kDecide);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) {
        e.Enable(HasComparison() && !table_->SelectedCandidates().empty());
    }, kDecide);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) { SetBlind(e.IsChecked()); }, kBlind);
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) { SetIncludeDrafts(e.IsChecked()); }, kDrafts);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        std::vector<int> all = table_->ShownCandidates();
        table_->SelectCandidates(all);
        ShowSelection();
    }, wxID_SELECTALL);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        wxMessageBox(AgreementExplanation(), _("Panel agreement"), wxOK | wxICON_INFORMATION, this);
    }, kExplain);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (run_)
            AskAndCheckAgainstPerformance(this, run_->rubric.rubric, run_->comparison, language_, blind_);
    }, kCheckPerformance);
    // Nothing to export or print before a comparison is there.
    printing.insert(printing.end(), {kExportCsv, kExportJson, kExportXlsx, kCheckPerformance, int(wxID_SELECTALL)});
    for (int id : printing)
        Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(HasComparison()); }, id);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(selected_only_); }, kSelectedOnly);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Enable(!IsLoading()); }, wxID_OPEN);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(blind_); }, kBlind);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& e) { e.Check(include_drafts_); }, kDrafts);
}

void CompareFrame::Open(std::vector<fs::path> paths) {
    if (IsLoading() || paths.empty())
        return;
    paths_ = std::move(paths);
    blind_secret_.clear(); // another folder, another key
    control_.cancel = CancelToken{};
    control_.read = 0;
    control_.total = 0;
    SetStatusText(_("Reading the scorecards…"));
    XRCCTRL(*this, "stop_loading", wxButton)->Enable();
    progress_timer_.Start(200);
    services::ComparisonRequest request;
    request.paths = paths_;
    request.include_drafts = loading_include_drafts_ = include_drafts_;
    request.with_notes = true; // the side-by-side view shows them
    request.control = &control_;
    // The table fills as files arrive: each part read is scored and shown.
    request.on_part = [this](const RubricEntry& rubric, const Comparison& so_far) {
        auto part = std::make_shared<Part>(Part{rubric.rubric, so_far});
        work_->send([this, part] {
            if (!IsLoading())
                return; // the load ended (or stopped) before this part was shown
            part_ = std::move(*part);
            ShowPart();
        });
    };
    loading_ = true;
    work_->post<Loaded>(
        [request](const CancelToken&) {
            Loaded loaded;
            try {
                loaded.run = std::make_unique<services::ComparisonRun>(services::run_comparison(request));
            } catch (const services::ComparisonFailed& e) {
                loaded.failure = e.failure();
            }
            return loaded;
        },
        [this](Loaded loaded) {
            loading_ = false;
            OnLoaded(std::move(loaded));
        },
        {}, control_.cancel);
}

void CompareFrame::ShowProgress() {
    const std::size_t total = control_.total, read = control_.read;
    if (total > 0)
        SetStatusText(wxString::Format(_("Reading scorecards: %zu of %zu (Esc or Stop to stop)"), read, total));
}

void CompareFrame::ShowWhere() {
    // File names often carry candidates' names: blind review shows none.
    wxString where;
    if (blind_) {
        where = _("Blind review: names, ids and e-mail addresses are hidden. Other details in the notes "
                  "(employers, places) may still tell who someone is.");
        if (!blind_key_problem_.empty())
            where += " " + wxString::Format(_("The codes hold for this window only: %s."),
                                            FromUtf8(blind_key_problem_));
    }
    else if (paths_.size() == 1)
        where = FromUtf8(paths_.front().string());
    else
        where = wxString::Format(wxPLURAL("%zu place", "%zu places", paths_.size()), paths_.size());
    folder_label_->SetLabel(where);
    WrapTexts();
    SetTitle(_("Compare candidates") + " \u2013 " +
             (blind_ ? _("blind review") : FromUtf8(paths_.front().filename().string())));
}

void CompareFrame::ShowPart() {
    ShowWhere(); // rows of the folder being read: say which
    shown_ = part_->comparison;
    if (blind_)
        make_blind(shown_, BlindSecret());
    table_->SelectCandidates({});
    table_->Show(part_->rubric, shown_, language_, role_);
    calibration_->SetComparison(shown_);
    ShowSelection();
}

namespace {

// Why nothing could be compared, in the user's language.
wxString Explain(const services::ComparisonFailure& failure) {
    using Reason = services::ComparisonFailure::Reason;
    switch (failure.reason) {
    case Reason::no_scorecards:
        return _("No scorecard could be read from this folder.") + "\n\n" + FromUtf8(describe(failure.problems));
    case Reason::rubric_not_found: {
        wxString folders;
        for (const auto& folder : failure.searched)
            folders += "\n  " + FromUtf8(folder.string());
        return wxString::Format(_("The rubric \"%s\" that these scorecards were scored with was not found. "
                                  "Put the rubric file beside the scorecards, or add its folder in "
                                  "Preferences. Rubrics were looked for in:"),
                                FromUtf8(failure.rubric)) +
               folders;
    }
    case Reason::rubric_broken:
        return _("The rubric has mistakes:") + "\n\n" + FromUtf8(describe(failure.problems));
    case Reason::cancelled:
        break;
    }
    return {};
}

} // namespace

void CompareFrame::OnLoaded(Loaded loaded) {
    progress_timer_.Stop();
    XRCCTRL(*this, "stop_loading", wxButton)->Disable();
    // What was read so far made way for the whole, or goes with the load;
    // the table points at its rubric until it shows another, so the part
    // lives until this returns (freed first, the table's legend read it
    // after it was gone: ASan, the view tests that fill the table in parts).
    std::optional<Part> shown_part;
    shown_part.swap(part_);
    const bool showed_part = shown_part.has_value();
    const auto restore = [&] {
        if (run_)
            Rebuild(); // the comparison shown before the load
        else if (showed_part) {
            static const Rubric none; // the table keeps a pointer to the rubric it shows
            table_->Show(none, shown_ = Comparison{}, language_, role_);
            calibration_->SetComparison(shown_);
        }
    };
    if (loaded.failure && loaded.failure->reason == services::ComparisonFailure::Reason::cancelled) {
        restore();
        SetStatusText(_("Stopped before all scorecards were read; nothing new is shown."));
        return;
    }
    if (!loaded.run) {
        restore();
        SetStatusText(_("Nothing to compare."));
        wxMessageBox(_("These scorecards cannot be compared:") + "\n\n" +
                         (loaded.failure ? Explain(*loaded.failure) : wxString()),
                     _("Compare candidates"), wxOK | wxICON_WARNING, this);
        return;
    }
    // The views point into the comparison shown before (the table at its
    // rubric) until Rebuild shows the new one: it lives until then.
    const auto previous = std::move(run_);
    run_ = std::move(loaded.run);
    if (include_drafts_ != loading_include_drafts_)
        services::rescore(*run_, include_drafts_); // the box was changed while reading
    if (paths_.size() == 1 && fs::is_directory(paths_.front()))
        AppConfig::SetCompareFolder(FromUtf8(paths_.front().string()));
    table_->SelectCandidates({});
    Rebuild();
}

void CompareFrame::Rebuild() {
    if (!run_)
        return;
    shown_ = run_->comparison;
    named_in_blind_order_ = Comparison{};
    if (blind_) {
        const auto before = make_blind(shown_, BlindSecret());
        named_in_blind_order_ = run_->comparison;
        put_in_order(named_in_blind_order_.candidates, before);
    }
    by_file_.clear();
    for (const auto& file : run_->scorecards)
        by_file_[file.path()] = &file.scorecard;

    ShowWhere();

    FillRoles();
    table_->Show(run_->rubric.rubric, shown_, language_, role_);
    WrapTexts();
    const auto notes = agreement_->Show(run_->rubric.rubric, shown_, language_);
    agreement_notes_->SetValue(notes);
    if (!notes.empty()) {
        // Beside the button, room for three lines (a footnote may wrap), so
        // the list keeps its room on a small screen; more scroll.
        const auto lines = std::min<std::size_t>(3, 2 * (notes.Freq('\n') + 1));
        agreement_notes_->SetMinSize({-1, agreement_notes_->GetCharHeight() * static_cast<int>(lines) + FromDIP(8)});
    }
    agreement_notes_->Show(!notes.empty());
    agreement_notes_->GetParent()->Layout();
    calibration_->SetComparison(shown_);
    wxString warnings;
    for (const auto& w : shown_.warnings)
        warnings += FromUtf8(w) + "\n";
    warnings_->SetValue(warnings.empty() ? _("No warnings.") : warnings);
    SetPageTitle("warnings_page", shown_.warnings.empty()
                                      ? _("Warnings")
                                      : wxString::Format(_("Warnings (%zu)"), shown_.warnings.size()));
    ShowOverdue();
    SetStatusText(wxString::Format(_("%zu candidates from %zu scorecards, scored with %s %s"),
                                   shown_.candidates.size(), run_->scorecards.size(),
                                   FromUtf8(run_->rubric.rubric.title.get(language_)),
                                   FromUtf8(run_->rubric.rubric.version)));
    ShowSelection();
    Layout();
}

void CompareFrame::WrapTexts() {
    // The legend names the numbered competency headers in full; it and the
    // folder line wrap to the window rather than run off it.
    auto* legend = XRCCTRL(*this, "legend", wxStaticText);
    if (legend_base_.empty())
        legend_base_ = legend->GetLabel();
    const int width = std::max(FromDIP(300), GetClientSize().x - FromDIP(24));
    legend->SetLabel(legend_base_ + (run_ ? "\n" + table_->Legend(language_) : wxString()));
    legend->Wrap(width);
    folder_label_->Wrap(std::max(FromDIP(300), width - FromDIP(240))); // beside Open folder and Stop
    XRCCTRL(*this, "overdue_summary", wxStaticText)->Wrap(width - FromDIP(24));
    legend->GetParent()->Layout(); // the table's pane, inside the splitter
    Layout();
}

void CompareFrame::FillRoles() {
    std::set<std::string> roles;
    for (const auto& c : shown_.candidates)
        if (!c.role.empty())
            roles.insert(c.role);
    role_filter_->Clear();
    role_filter_->Append(_("All roles"));
    for (const auto& role : roles)
        role_filter_->Append(FromUtf8(role));
    if (!roles.count(role_))
        role_.clear();
    const int at = role_.empty() ? 0 : role_filter_->FindString(FromUtf8(role_), true);
    role_filter_->SetSelection(at == wxNOT_FOUND ? 0 : at);
}

void CompareFrame::ShowSelection() {
    static const Comparison none;
    static const std::map<fs::path, const Scorecard*> no_files;
    const bool have = HasComparison();
    const auto selected = have ? table_->SelectedCandidates() : std::vector<int>{};
    ShowDebrief(selected);
    if (!have) {
        radar_->SetChart({});
        evidence_->Show({Rubric{}, none, none, no_files, {}, language_, blind_});
        return;
    }
    // Selecting many must cost little: the chart draws at most a few, the
    // evidence a dozen, and each says how many of the selection it shows.
    std::vector<std::string> keys;
    for (int index : selected)
        if (keys.size() < kMostOnRadar)
            keys.push_back(shown_.candidates.at(index).key);
    auto chart = keys.empty() ? report::RadarChart{} : report::radar_for(run_->rubric.rubric, shown_, keys, language_);
    radar_->SetChart(std::move(chart));
    radar_->SetToolTip(selected.size() > kMostOnRadar
                           ? wxString::Format(_("The chart shows the first %zu of the %zu candidates selected."),
                                              kMostOnRadar, selected.size())
                           : wxString());
    std::vector<int> in_evidence(selected.begin(), selected.begin() + std::min(selected.size(), kMostInEvidence));
    evidence_->Show({run_->rubric.rubric, shown_, Named(), by_file_, in_evidence, language_, blind_,
                     selected.size()});
}

void CompareFrame::SetPageTitle(const char* page, const wxString& title) {
    const int at = details_->FindPage(FindWindow(page));
    if (at != wxNOT_FOUND)
        details_->SetPageText(static_cast<std::size_t>(at), title);
}

std::vector<Debrief> CompareFrame::SelectedDebriefs() const {
    std::vector<Debrief> out;
    if (!HasComparison())
        return out;
    for (int index : table_->SelectedCandidates())
        out.push_back(make_debrief({run_->rubric.rubric, Named().candidates.at(index),
                                    shown_.candidates.at(index), by_file_, language_, blind_}));
    return out;
}

std::unique_ptr<report::Document> CompareFrame::DebriefDocument(const report::PageSetup& setup) const {
    return report::debrief_report(run_->rubric.rubric, SelectedDebriefs(), language_, setup);
}

void CompareFrame::ShowDebrief(const std::vector<int>& selected) {
    // One candidate's debrief at a time: the first selected.
    if (selected.empty() || !HasComparison()) {
        debrief_->Show(nullptr, nullptr, 0);
        decision_summary_->SetLabel(HasComparison() ? _("Select a candidate to record the panel's decision.")
                                                    : wxString());
        record_decision_->Disable();
        return;
    }
    const int index = selected.front();
    const auto& shown = shown_.candidates.at(index);
    const auto debrief = make_debrief(
        {run_->rubric.rubric, Named().candidates.at(index), shown, by_file_, language_, blind_});
    debrief_->Show(&debrief, &shown, selected.size());
    wxString summary;
    if (!shown.decision)
        summary = wxString::Format(_("No decision is recorded about %s."), FromUtf8(shown.name));
    else {
        const auto& d = *shown.decision;
        summary = wxString::Format(_("Decision about %s: %s"), FromUtf8(shown.name), DecisionText(shown));
        if (d.is_final() && !d.by.empty())
            summary += " " + wxString::Format(_("by %s on %s"), FromUtf8(d.by), LocalDateTime(d.at));
        if (!d.changes.empty())
            summary += " \u2013 " + FlagText("decided-on-changed-evidence", shown);
    }
    decision_summary_->SetLabel(summary);
    record_decision_->Enable();
    decision_summary_->GetParent()->Layout();
}

wxString CompareFrame::DecisionSummary() const { return decision_summary_->GetLabel(); }

void CompareFrame::RecordDecision() {
    const auto selected = HasComparison() ? table_->SelectedCandidates() : std::vector<int>{};
    if (selected.empty())
        return;
    const int index = selected.front();
    const auto& candidate = Named().candidates.at(index); // with names and files
    const auto& shown = shown_.candidates.at(index);
    std::unique_ptr<services::DecisionStore> store;
    try {
        store = services::DecisionStore::open(*run_, candidate.key);
    } catch (const services::DecisionFailed& e) {
        wxMessageBox(ExplainDecisionProblem(e.problem()), _("Decision"), wxOK | wxICON_WARNING, this);
        return;
    }
    {
        DecisionDialog dialog(this, *store, run_->rubric.rubric, FromUtf8(shown.name), candidate.interviewers,
                              language_, candidate.drafts_included);
        dialog.ShowModal();
    }
    // Whatever was written (a draft, a final decision, a reopening) shows now.
    ReloadDecisions();
}

void CompareFrame::ReloadDecisions() {
    if (!run_ || IsLoading())
        return;
    auto decisions = load_decisions(paths_);
    run_->decisions = std::move(decisions.decisions);
    const auto selected = table_->SelectedCandidates();
    services::rescore(*run_, include_drafts_);
    Rebuild();
    table_->SelectCandidates(selected); // the same candidates, in the same order
    ShowSelection();
}

void CompareFrame::SetOverdueDays(int days) {
    overdue_after_ = std::max(0, days);
    if (overdue_days_->GetValue() != overdue_after_)
        overdue_days_->SetValue(overdue_after_);
    ShowOverdue();
}

void CompareFrame::ShowOverdue() {
    overdue_list_->DeleteAllItems();
    overdue_.clear();
    if (!run_)
        return;
    overdue_ = overdue_drafts(run_->scorecards, overdue_after_, std::chrono::system_clock::now());
    auto& drafts = overdue_;
    if (blind_)
        make_blind(drafts, BlindSecret()); // candidates by code, no file named
    for (const auto& draft : drafts) {
        const long row = overdue_list_->InsertItem(overdue_list_->GetItemCount(), FromUtf8(draft.interviewer));
        overdue_list_->SetItem(row, 1, FromUtf8(draft.candidate_name.empty() ? draft.candidate_id : draft.candidate_name));
        overdue_list_->SetItem(row, 2, wxString::Format("%d", draft.days));
        const auto since = std::chrono::duration_cast<std::chrono::seconds>(draft.since.time_since_epoch()).count();
        wxString when = wxDateTime(static_cast<time_t>(since)).Format("%x %H:%M");
        if (draft.since_file_time)
            when += " " + _("(last saved)");
        overdue_list_->SetItem(row, 3, when);
        overdue_list_->SetItem(row, 4, FromUtf8(draft.file.empty() ? std::string() : draft.file.filename().string()));
    }
    SetPageTitle("overdue_page", drafts.empty() ? _("Overdue drafts")
                                                : wxString::Format(_("Overdue drafts (%zu)"), drafts.size()));
    auto* summary = XRCCTRL(*this, "overdue_summary", wxStaticText);
    summary->SetLabel(
        drafts.empty()
            ? wxString::Format(wxPLURAL("None: every interview held more than %d day ago has its scorecard submitted.",
                                        "None: every interview held more than %d days ago has its scorecard "
                                        "submitted.",
                                        overdue_after_),
                               overdue_after_)
            : wxString::Format(wxPLURAL("%zu scorecard is still a draft, by interviewer:",
                                        "%zu scorecards are still drafts, by interviewer:", drafts.size()),
                               drafts.size()));
    WrapTexts();
}

const std::string& CompareFrame::BlindSecret() {
    // The compared folder's key, made on first blind use, so that every HR
    // member comparing that folder sees the same codes (core/storage/blind_key.hpp).
    if (blind_secret_.empty() && !paths_.empty()) {
        std::error_code error;
        const auto& first = paths_.front();
        const auto key = blind_key_for(fs::is_directory(first, error) ? first : first.parent_path());
        blind_secret_ = key.secret;
        blind_key_problem_ = key.problem;
    }
    return blind_secret_;
}

void CompareFrame::SetBlind(bool blind) {
    // The same candidates stay selected: blind review orders those ranked
    // alike by their codes, so a position may hold another candidate after.
    std::set<std::string> selected;
    if (HasComparison())
        for (int index : table_->SelectedCandidates())
            selected.insert(Named().candidates.at(index).key);
    blind_ = blind;
    blind_box_->SetValue(blind);
    if (part_)
        ShowPart();
    else
        Rebuild();
    if (HasComparison() && !selected.empty()) {
        std::vector<int> again;
        for (std::size_t i = 0; i < Named().candidates.size(); ++i)
            if (selected.count(Named().candidates[i].key))
                again.push_back(static_cast<int>(i));
        table_->SelectCandidates(again);
        ShowSelection();
    }
}

void CompareFrame::SetIncludeDrafts(bool include) {
    include_drafts_ = include;
    include_drafts_box_->SetValue(include);
    if (!run_ || IsLoading())
        return; // a load under way scores with the box as it is when it ends
    table_->SelectCandidates({}); // the candidates may change: a stale choice would mislead
    services::rescore(*run_, include);
    Rebuild();
}

void CompareFrame::SetRoleFilter(const wxString& role) {
    role_ = ToUtf8(role);
    if (part_) {
        table_->Show(part_->rubric, shown_, language_, role_);
    } else if (run_) {
        table_->Show(run_->rubric.rubric, shown_, language_, role_);
        ShowSelection();
    }
}

ValidityDialog* CompareFrame::CheckPerformance(const fs::path& file) {
    // Every candidate compared, whatever the role shown: the CLI's numbers.
    return run_ ? CheckAgainstPerformance(this, run_->rubric.rubric, run_->comparison, language_, file, blind_)
                : nullptr;
}

wxString CompareFrame::WarningsText() const { return warnings_->GetValue(); }

wxString CompareFrame::AgreementNotesText() const { return agreement_notes_->GetValue(); }

Comparison CompareFrame::Exported() const {
    // What the view shows: the role chosen, and with "selected only" the
    // selection; ranks come from the order, so they are within it.
    Comparison out = shown_;
    const auto selected = table_->SelectedCandidates();
    out.candidates.clear();
    for (std::size_t i = 0; i < shown_.candidates.size(); ++i) {
        const auto& c = shown_.candidates[i];
        if (!role_.empty() && c.role != role_)
            continue;
        if (selected_only_ && std::find(selected.begin(), selected.end(), static_cast<int>(i)) == selected.end())
            continue;
        out.candidates.push_back(c);
    }
    return out;
}

void CompareFrame::ExportCsv(const fs::path& file, const services::CsvStyle& style) const {
    const auto exported = Exported();
    const services::ComparisonInput input{run_->rubric.rubric, run_->rubric.digest, exported};
    write_file_atomically(file, services::comparison_csv(input, style));
}

void CompareFrame::ExportXlsx(const fs::path& file) const {
    const auto exported = Exported();
    const services::ComparisonInput input{run_->rubric.rubric, run_->rubric.digest, exported};
    write_file_atomically(file, services::comparison_xlsx(input, language_));
}

void CompareFrame::ExportJson(const fs::path& file) const {
    const auto exported = Exported();
    // With the overdue drafts as listed, as `compare --format json` has them.
    const services::ComparisonInput input{run_->rubric.rubric, run_->rubric.digest, exported, &overdue_,
                                          overdue_after_};
    write_file_atomically(file, services::comparison_json(input).dump(2) + "\n");
}

std::unique_ptr<report::Document> CompareFrame::ReportDocument(const report::PageSetup& setup) const {
    report::ComparisonReportOptions options;
    options.blind = blind_;
    for (const auto& c : Exported().candidates)
        options.candidates.push_back(c.key);
    return report::comparison_report(run_->rubric.rubric, shown_, language_, setup, options);
}

wxString CompareFrame::ExportBaseName() const {
    return (blind_ ? "comparison-blind-" : "comparison-") + wxDateTime::Now().FormatISODate();
}

bool CompareFrame::SomethingToExport() {
    if (!run_)
        return false;
    if (!Exported().candidates.empty())
        return true;
    wxMessageBox(_("No candidate is selected. Select the candidates to export or print, or choose File > Export "
                   "and print the selected candidates only again to export every candidate shown."),
                 _("Export"), wxOK | wxICON_INFORMATION, this);
    return false;
}

void CompareFrame::OnExport(Export what) {
    if (!SomethingToExport())
        return;
    const bool csv = what == Export::csv, xlsx = what == Export::xlsx;
    const wxString extension = csv ? "csv" : xlsx ? "xlsx" : "json";
    wxFileDialog dialog(this, csv ? _("Export CSV") : xlsx ? _("Export a workbook") : _("Export JSON"),
                        AppConfig::ExportFolder(), ExportBaseName() + "." + extension,
                        csv    ? _("CSV, commas and decimal points (*.csv)|*.csv|"
                                   "CSV, semicolons and decimal commas, as spreadsheets in Spanish, Italian or "
                                   "German read it (*.csv)|*.csv")
                        : xlsx ? _("Excel workbooks (*.xlsx)|*.xlsx")
                               : _("JSON files (*.json)|*.json"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    // The spreadsheets of the user's language are the likely readers.
    const auto ui_style = services::csv_style_for(ToUtf8(AppConfig::RubricLanguage()));
    if (csv && ui_style && ui_style->decimal_comma)
        dialog.SetFilterIndex(1);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        const fs::path file = ToPath(dialog.GetPath());
        services::CsvStyle style;
        style.decimal_comma = dialog.GetFilterIndex() == 1;
        if (csv)
            ExportCsv(file, style);
        else if (xlsx)
            ExportXlsx(file);
        else
            ExportJson(file);
        AppConfig::SetExportFolder(dialog.GetDirectory());
        SetStatusText(wxString::Format(_("Exported to %s"), dialog.GetPath()));
    } catch (const FileError& e) {
        wxMessageBox(_("The file could not be written:") + "\n\n" + FromUtf8(describe(e.problems())), _("Export"),
                     wxOK | wxICON_ERROR, this);
    } catch (const std::exception& e) {
        // The export is made whole before anything is written: nothing is.
        wxMessageBox(_("The export could not be made, and nothing was written:") + "\n\n" + FromUtf8(e.what()),
                     _("Export"), wxOK | wxICON_ERROR, this);
    }
}

void CompareFrame::OnOpenFolder() {
    wxDirDialog dialog(this, _("Choose the folder of scorecards to compare"), AppConfig::CompareFolder(),
                       wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        Open({ToPath(dialog.GetPath())});
}

} // namespace extramile::app
