// Before submitting: what is still missing, and the overall recommendation.
#pragma once

#include "core/model/interview_gaps.hpp"
#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <wx/dialog.h>

#include <optional>

class wxListBox;
class wxTextCtrl;

namespace extramile::app {

class SummaryDialog : public wxDialog {
public:
    SummaryDialog(wxWindow* parent, const Rubric& rubric, const Scorecard& scorecard, const std::string& language);
    std::optional<Recommendation> GetRecommendation() const;
    wxString GetComment() const;

private:
    void OnSubmit(wxCommandEvent& event);
    wxListBox* recommendation_ = nullptr;
    wxTextCtrl* comment_ = nullptr;
};

} // namespace extramile::app
