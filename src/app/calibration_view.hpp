// The compare window's "Interviewers" tab: per interviewer the scorecards,
// ratings, mean and spread, the severity offset core fitted (calibration.hpp)
// with its 95% interval, the lenient/severe reading or why there is no
// offset, and, once final decisions exist, how often the interviewer's
// recommendation matched them. A button explains the model in plain words.
// Interviewers are named in blind review too (they are not the ones
// reviewed); no candidate is named here.
#pragma once

#include "core/scoring/scoring.hpp"

#include <wx/scrolwin.h>

class wxListCtrl;
class wxStaticText;

namespace extramile::app {

class CalibrationView : public wxScrolledWindow {
public:
    explicit CalibrationView(wxWindow* parent, wxWindowID id = wxID_ANY);

    // Shows `comparison`'s calibration (an empty comparison: nothing).
    void SetComparison(const Comparison& comparison);

    // For tests: the list as shown, and the summary over it.
    const wxListCtrl& List() const { return *list_; }
    wxString Summary() const;
    // The columns; `agreement` is there only when a recommendation met a decision.
    // What HR reads first comes first: who, by how much, how sure, what it means.
    enum Column { interviewer, offset, interval, reading, scorecards, ratings, mean, spread, agreement };

private:
    void WrapSummary();

    wxString summary_text_; // as written; the label holds it wrapped
    wxStaticText* summary_ = nullptr;
    wxListCtrl* list_ = nullptr;
};

// An interviewer's reading: "lenient", "severe", "not flagged", or why
// there is no offset or no interval.
wxString CalibrationReading(const InterviewerCalibration& person);

// What the severity offset is, how it is fitted and what the adjusted
// numbers mean, for HR (the "What is adjusted and why?" button).
wxString CalibrationExplanation();

} // namespace extramile::app
