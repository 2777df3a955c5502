#include "summary_dialog.hpp"

#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

namespace extramile::app {

namespace {

const Recommendation kChoices[] = {Recommendation::strong_no, Recommendation::no, Recommendation::yes,
                                   Recommendation::strong_yes};

wxString Describe(const Rubric& rubric, const InterviewGaps& gaps, const std::string& language) {
    wxString text;
    if (!gaps.unrated_competencies.empty()) {
        text += _("Not rated yet:") + "\n";
        for (const auto& id : gaps.unrated_competencies)
            text += "  • " + wxString::FromUTF8(rubric.find(id)->name.get(language).c_str()) + "\n";
    }
    if (!gaps.questions_without_notes.empty()) {
        text += _("Questions without notes:") + "\n";
        for (const auto& competency : rubric.competencies)
            for (const auto& q : competency.questions)
                if (std::find(gaps.questions_without_notes.begin(), gaps.questions_without_notes.end(), q.id) !=
                    gaps.questions_without_notes.end())
                    text += "  • " + wxString::FromUTF8(q.text.get(language).c_str()) + "\n";
    }
    if (text.empty())
        text = _("Every competency is rated and every question has notes.");
    return text;
}

} // namespace

SummaryDialog::SummaryDialog(wxWindow* parent, const Rubric& rubric, const Scorecard& scorecard,
                             const std::string& language) {
    wxXmlResource::Get()->LoadDialog(this, parent, "summary_dialog");
    recommendation_ = XRCCTRL(*this, "recommendation", wxListBox);
    comment_ = XRCCTRL(*this, "comment", wxTextCtrl);
    comment_->ChangeValue(wxString::FromUTF8(scorecard.comment.c_str()));
    XRCCTRL(*this, "gaps_text", wxTextCtrl)->SetValue(Describe(rubric, find_gaps(scorecard, rubric), language));
    if (scorecard.recommendation)
        for (int i = 0; i < 4; ++i)
            if (kChoices[i] == *scorecard.recommendation)
                recommendation_->SetSelection(i);
    Bind(wxEVT_BUTTON, &SummaryDialog::OnSubmit, this, wxID_OK);
    // Enter in the list submits, as the default button would.
    recommendation_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) {
        wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
        ok.SetEventObject(this);
        ProcessWindowEvent(ok);
    });
    recommendation_->SetFocus();
    Fit();
    CentreOnParent();
}

std::optional<Recommendation> SummaryDialog::GetRecommendation() const {
    int selection = recommendation_->GetSelection();
    if (selection == wxNOT_FOUND)
        return std::nullopt;
    return kChoices[selection];
}

wxString SummaryDialog::GetComment() const { return comment_->GetValue().Strip(wxString::both); }

void SummaryDialog::OnSubmit(wxCommandEvent& event) {
    if (!GetRecommendation()) {
        wxMessageBox(_("Choose an overall recommendation before submitting."), _("Recommendation"),
                     wxOK | wxICON_INFORMATION, this);
        recommendation_->SetFocus();
        return;
    }
    event.Skip(); // the dialog closes with wxID_OK
}

} // namespace extramile::app
