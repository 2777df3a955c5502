// The live interview: question by question, notes with the keyboard focus,
// ratings with every anchor in view, flags, timers, and every change on disk
// within two seconds without freezing the window.
#pragma once

#include "services/background_saver.hpp"
#include "core/storage/rubric_library.hpp"
#include "core/model/scorecard.hpp"
#include "core/storage/scorecard_lock.hpp"

#include <wx/datetime.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>

class wxInfoBar;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace extramile::app {

class FlagList;
class RatingRow;
struct RatingChoice;

class InterviewFrame : public wxFrame {
public:
    InterviewFrame(std::filesystem::path path, Scorecard scorecard, RubricEntry rubric, std::string language);
    ~InterviewFrame() override;

private:
    struct Position {
        int competency = 0;
        int question = 0;
    };

    void BuildMenus();
    void PrintReport(int action); // preview, print or export this scorecard, or a blank sheet
    void ShowPosition(Position position);
    void Step(int delta);
    void JumpToCompetency(int index);
    void RefreshCompetencyList();
    void RefreshReadOnly();
    bool ReadOnly() const; // submitted, or open in another program
    void WrapToWidth();
    void UpdateTimers();

    void OnNotesChanged();
    void OnRating(RatingChoice choice);
    void OnFlag(SignalKind kind, int index, bool on);
    void Rate(std::optional<int> value);
    void OnFinish();
    void OnReopen();
    void OnCharHook(wxKeyEvent& event);
    void OnClose(wxCloseEvent& event);

    // Saving: every change marks the scorecard dirty; a short timer (and a
    // cap on how long a change may wait) hands a snapshot to the saver.
    void Changed();
    void SaveNow();
    void OnSaveOutcome(const SaveOutcome& outcome);
    void CheckDiskForOutsideChanges();
    void ShowConflict(const wxString& message, long revision_on_disk);
    bool SaveCopyAs();

    const Competency& CurrentCompetency() const;
    const Question& CurrentQuestion() const;

    std::filesystem::path path_;
    Scorecard scorecard_;
    RubricEntry rubric_;
    std::string language_;
    Position position_;

    std::unique_ptr<ScorecardLock> lock_;
    std::string held_by_; // who holds the scorecard when another program has it open
    std::unique_ptr<BackgroundSaver> saver_;
    std::optional<std::chrono::steady_clock::time_point> dirty_since_;
    bool save_in_flight_ = false;
    long revision_on_disk_ = 0;
    std::optional<std::filesystem::file_time_type> disk_time_seen_;
    bool conflict_ = false;
    bool last_save_failed_ = false;
    wxTimer save_timer_;
    wxTimer clock_timer_;

    std::chrono::steady_clock::time_point session_start_;
    std::chrono::steady_clock::time_point question_start_;
    std::chrono::seconds question_time_before_{0};
    std::map<std::string, std::chrono::seconds> time_on_question_;

    wxInfoBar* info_bar_ = nullptr;
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
    RatingRow* rating_row_ = nullptr;
    FlagList* flag_list_ = nullptr;
    bool filling_ = false; // true while controls are filled from the model
    bool relayout_pending_ = false;
    int wrapped_width_ = -1; // the notes' width the texts were last wrapped to
};

} // namespace extramile::app
