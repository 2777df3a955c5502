// HR's window: the candidates of a folder of scorecards in a sortable table,
// side by side with a radar chart and every interviewer's evidence, the
// debrief of a candidate and the panel's decision about them, panel
// agreement in plain words, the drafts overdue, blind review, export and
// print. Reading the folder runs off the UI thread.
#pragma once

#include "core/scoring/debrief.hpp"
#include "core/storage/overdue_drafts.hpp"
#include "services/comparison_export.hpp"
#include "services/comparison_run.hpp"
#include "services/work_queue.hpp"
#include "report/document.hpp"
#include "report/page_setup.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class wxButton;
class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxSpinCtrl;
class wxNotebook;
class wxStaticText;
class wxTextCtrl;

namespace extramile::app {

class AgreementList;
class CalibrationView;
class CandidateTable;
class DebriefView;
class EvidenceView;
class RadarPanel;
class ValidityDialog;

class CompareFrame : public wxFrame {
public:
    // Starts reading `paths` (folders or scorecard files) at once when given.
    explicit CompareFrame(std::vector<std::filesystem::path> paths = {});
    ~CompareFrame() override;

    void Open(std::vector<std::filesystem::path> paths);
    bool IsLoading() const { return loading_; }
    // Asks a load under way to stop; the comparison shown before stays.
    void StopLoading() { control_.cancel.request(); }
    // A whole comparison is shown (not the part read so far of a load under way).
    bool HasComparison() const { return run_ != nullptr && !part_; }

    void SetBlind(bool blind);
    void SetIncludeDrafts(bool include);
    void SetRoleFilter(const wxString& role); // empty: all roles
    // File > Export and print the selected candidates only.
    void SetSelectedOnly(bool only) { selected_only_ = only; }

    // The exports, to a given file (the menu asks where first).
    void ExportCsv(const std::filesystem::path& file, const services::CsvStyle& style = {}) const;
    void ExportJson(const std::filesystem::path& file) const;
    void ExportXlsx(const std::filesystem::path& file) const;
    std::unique_ptr<report::Document> ReportDocument(const report::PageSetup& setup) const;
    // The debriefs of the selected candidates, in table order, as the
    // Debrief tab and the printed debrief pages show them.
    std::vector<Debrief> SelectedDebriefs() const;
    std::unique_ptr<report::Document> DebriefDocument(const report::PageSetup& setup) const;

    // Opens the decision dialog about the first selected candidate; the
    // table shows what was recorded once it closes.
    void RecordDecision();
    // Drafts older than `days` are listed as overdue.
    void SetOverdueDays(int days);

    // For tests: the views as shown.
    const CandidateTable& Table() const { return *table_; }
    CandidateTable& Table() { return *table_; }
    const EvidenceView& Evidence() const { return *evidence_; }
    const RadarPanel& Radar() const { return *radar_; }
    const AgreementList& Agreement() const { return *agreement_; }
    const DebriefView& DebriefPage() const { return *debrief_; }
    const wxListCtrl& OverdueList() const { return *overdue_list_; }
    wxString DecisionSummary() const;
    const CalibrationView& Interviewers() const { return *calibration_; }
    wxString WarningsText() const;
    // The agreement tab's footnotes (why estimates are missing); empty when none are.
    wxString AgreementNotesText() const;
    void ShowSelection(); // refreshes the side-by-side views from the table's selection
    // File > Check against job performance, with the file chosen: the
    // validity dialog, or nullptr after saying what is wrong with the file.
    ValidityDialog* CheckPerformance(const std::filesystem::path& file);

private:
    void BuildMenus();
    struct Loaded {
        std::unique_ptr<services::ComparisonRun> run;
        std::optional<services::ComparisonFailure> failure;
    };
    void OnLoaded(Loaded loaded);
    void ShowPart(); // the table from part_, while the rest is read
    void ShowWhere(); // the folder label and title, for paths_
    void ShowProgress();
    void Rebuild(); // after loading, blind or drafts change
    void FillRoles();
    void ShowOverdue();
    void ShowDebrief(const std::vector<int>& selected);
    void ReloadDecisions(); // after a decision was recorded here
    void SetPageTitle(const char* page, const wxString& title);
    void WrapTexts();
    void OnOpenFolder();
    enum class Export { csv, xlsx, json };
    void OnExport(Export what);
    Comparison Exported() const; // what exports and prints hold: the role chosen, or the selection
    bool SomethingToExport();    // says so when the selection is empty
    wxString ExportBaseName() const;
    const std::string& BlindSecret();

    std::vector<std::filesystem::path> paths_;
    std::unique_ptr<services::ComparisonRun> run_;
    Comparison shown_; // run_->comparison (or part_'s), blinded when in blind review
    // In blind review, run_->comparison in shown_'s order (make_blind puts
    // candidates ranked alike in the order of their codes); unused otherwise.
    Comparison named_in_blind_order_;
    // The named candidate shown at `index` of shown_, with names and files.
    const Comparison& Named() const { return blind_ ? named_in_blind_order_ : run_->comparison; }
    // While a long load is under way: the scorecards read so far, scored.
    struct Part {
        Rubric rubric;
        Comparison comparison;
    };
    std::optional<Part> part_;
    std::map<std::filesystem::path, const Scorecard*> by_file_;
    bool blind_ = false;
    bool selected_only_ = false;
    wxString legend_base_;          // the legend's own words, before the competencies' names
    std::string blind_secret_;     // the folder's, read on first blind use
    std::string blind_key_problem_; // why the folder holds none (codes then hold for this window only)
    bool include_drafts_ = false;
    bool loading_include_drafts_ = false; // as the load under way was asked
    std::string role_;
    std::string language_;
    bool loading_ = false;
    LoadControl control_; // the load's progress, and the Stop button's request
    wxTimer progress_timer_;

    wxStaticText* folder_label_ = nullptr;
    wxChoice* role_filter_ = nullptr;
    wxCheckBox* include_drafts_box_ = nullptr;
    wxCheckBox* blind_box_ = nullptr;
    wxTextCtrl* warnings_ = nullptr;
    wxTextCtrl* agreement_notes_ = nullptr;
    wxNotebook* details_ = nullptr;
    wxStaticText* decision_summary_ = nullptr;
    wxButton* record_decision_ = nullptr;
    wxSpinCtrl* overdue_days_ = nullptr;
    wxListCtrl* overdue_list_ = nullptr;
    int overdue_after_ = 2; // days
    std::vector<OverdueDraft> overdue_; // as listed (blind codes in blind review), and in the JSON export
    CandidateTable* table_ = nullptr;
    RadarPanel* radar_ = nullptr;
    EvidenceView* evidence_ = nullptr;
    AgreementList* agreement_ = nullptr;
    DebriefView* debrief_ = nullptr;
    CalibrationView* calibration_ = nullptr; // the "Interviewers" tab
    bool selection_refresh_pending_ = false;
    bool wrap_pending_ = false;
    // Last: stopped (its job joined) before anything the job reads goes.
    std::unique_ptr<services::WorkQueue> work_;
};

} // namespace extramile::app
