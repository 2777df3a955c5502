// The live interview: question by question, notes with the keyboard focus,
// ratings with every anchor in view, flags and timers. The rules (where the
// interviewer is, the clocks, when to save, what an outside change means)
// are services::InterviewSession's; the file is a ScorecardStore's, read and
// written on a WorkQueue so that the window never waits for the disk. This
// frame draws them and asks the user when there is something to choose.
#pragma once

#include "print_menu.hpp"

#include "core/storage/rubric_library.hpp"
#include "services/interview_session.hpp"
#include "services/scorecard_store.hpp"
#include "services/work_queue.hpp"

#include <wx/frame.h>
#include <wx/timer.h>

#include <filesystem>
#include <memory>
#include <optional>

class wxListBox;
class wxPanel;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace extramile::app {

class FlagList;
class NoticeBar;
class RatingRow;
struct RatingChoice;

class InterviewFrame : public wxFrame {
public:
    InterviewFrame(std::unique_ptr<services::ScorecardStore> store, Scorecard scorecard, RubricEntry rubric,
                   std::string language);
    ~InterviewFrame() override;

    // The file this window edits (links resolved), to find its window again.
    const std::filesystem::path& File() const { return store_->file(); }
    // Saves what is not on disk yet and waits for it (the program ending,
    // an error about to be shown). Returns whether everything is on disk.
    bool SaveAndWait();

    // For tests: the session and the notice shown.
    const services::InterviewSession& Session() const { return session_; }
    const NoticeBar& Notice() const { return *notice_; }
    NoticeBar& Notice() { return *notice_; }

private:
    using Clock = services::InterviewSession::Clock;

    void BuildMenus();
    void PrintReport(Printed what, PrintAction action); // this scorecard, or a blank sheet
    void ShowQuestion();          // the session's position, filled in
    void WrapToWidth();
    int WrapWidth() const;
    void ScrollToQuestion();
    void FitCompetencyList();
    void RefreshCompetencyList();
    void RefreshReadOnly();
    void RefreshClocks();
    void RefreshSaveStatus();

    void OnNotesChanged();
    void OnRating(RatingChoice choice);
    void OnFlag(SignalKind kind, int index, bool on);
    void Rate(std::optional<int> value);
    void AfterEdit(); // a rating or flag changed (directly, by undo or redo)
    void OnFinish();
    void OnReopen();
    void OnCharHook(wxKeyEvent& event);
    void OnClose(wxCloseEvent& event);

    // Saving and looking at the disk happen on work_; Tick() asks the
    // session what is due and starts it; the answers come back here.
    void Tick();
    void Schedule();
    void StartSave(Scorecard snapshot);
    void StartDiskCheck();
    void OnSaved(const services::StoreSave& result);
    void ShowConflict();
    void ShowLockNotice();
    void ShowFailure();
    void KeepMine();
    void TakeTheirs();
    bool SaveCopyAs();
    bool WriteUnsavedCopy(); // beside the scorecard, when the session ends with changes not on disk

    std::unique_ptr<services::ScorecardStore> store_;
    RubricEntry rubric_;
    std::string language_;
    services::InterviewSession session_;
    bool disk_check_running_ = false;
    bool closing_ = false;
    wxTimer tick_timer_;
    wxTimer clock_timer_;

    NoticeBar* notice_ = nullptr;
    wxListBox* competency_list_ = nullptr;
    wxStaticText* candidate_label_ = nullptr;
    wxStaticText* competency_title_ = nullptr;
    wxStaticText* competency_definition_ = nullptr;
    wxStaticText* question_position_ = nullptr;
    wxStaticText* question_timer_ = nullptr;
    wxStaticText* session_timer_ = nullptr;
    wxStaticText* question_text_ = nullptr;
    wxStaticText* probes_text_ = nullptr;
    wxTextCtrl* notes_ = nullptr;
    wxStaticText* star_reminder_ = nullptr;
    wxString star_text_;
    // The frame's one child, whose sizer holds the competency list and the
    // question area: what Layout() is called on. A frame's Layout() only
    // sizes it to the frame, and a window lays its sizer out again only when
    // its own size changes, so a new minimum (the list's width) at the same
    // size waited for the next resize. On MSW the frame has its final size
    // before it is shown and no size event follows: the first layout kept the
    // list at the width of an empty list box, the page wrapped to the rest.
    wxPanel* page_ = nullptr;
    wxScrolledWindow* question_area_ = nullptr; // everything between the title and the navigation
    RatingRow* rating_row_ = nullptr;
    FlagList* flag_list_ = nullptr;
    bool filling_ = false; // true while controls are filled from the model
    bool relayout_pending_ = false;
    int wrapped_width_ = -1; // the width the texts were last wrapped to

    // Last: stopped (its job joined) before the store and session it uses go.
    std::unique_ptr<services::WorkQueue> work_;
};

} // namespace extramile::app
