// Panel agreement per competency, as core computes it, with a reading in
// plain words and the numbers behind it for those who want them.
#pragma once

#include "core/scoring/agreement_reading.hpp"
#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <wx/listctrl.h>

namespace extramile::app {

class AgreementList : public wxListCtrl {
public:
    explicit AgreementList(wxWindow* parent, wxWindowID id = wxID_ANY);
    // Fills the list; gives the footnotes its rows refer to ("[1] ..."),
    // one a line, empty when no estimate is missing.
    wxString Show(const Rubric& rubric, const Comparison& comparison, const std::string& language);

private:
    void FitReading();
};

// "Interviewers agree well", "Ratings diverge: calibrate"...
wxString ReadingText(const AgreementReading& reading);

// What ICC(1,1), ICC(2,1) and ICC(2,k) mean and how to read them.
wxString AgreementExplanation();

} // namespace extramile::app
