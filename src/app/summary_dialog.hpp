// Before submitting: the whole scorecard to review (every competency with its
// rating and anchor, flags and notes, in one scrolled page), what is still
// missing, each item a link that goes there, and the overall recommendation,
// read back as it is chosen.
#pragma once

#include "core/model/interview_gaps.hpp"
#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <wx/dialog.h>

#include <optional>
#include <string>

class wxListBox;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace extramile::app {

class SummaryDialog : public wxDialog {
public:
    // ShowModal() returns this when a missing item was followed: GoTo() says where.
    static constexpr int kGoThere = wxID_BACKWARD;
    struct Place {
        int competency = 0;
        std::string question; // empty: the competency's first question
    };

    SummaryDialog(wxWindow* parent, const Rubric& rubric, const Scorecard& scorecard, const std::string& language);
    std::optional<Recommendation> GetRecommendation() const;
    wxString GetComment() const;
    const Place& GoTo() const { return go_to_; }
    // What was chosen and written the last time the review was open.
    void Restore(std::optional<Recommendation> recommendation, const wxString& comment);
    // The recommendation's words as the list shows them ("Strong yes").
    wxString RecommendationText() const;

private:
    void FillReview();
    void OnSubmit(wxCommandEvent& event);
    void ReadBack();

    const Rubric& rubric_;
    const Scorecard& scorecard_;
    std::string language_;
    InterviewGaps gaps_;
    Place go_to_;
    int review_width_ = -1;
    wxScrolledWindow* review_ = nullptr;
    wxListBox* recommendation_ = nullptr;
    wxStaticText* readback_ = nullptr;
    wxTextCtrl* comment_ = nullptr;
};

} // namespace extramile::app
