// The panel's decision about one candidate, made from the debrief: the
// outcome, who was present, why (overall and by competency) and who
// decides. Saving a draft, making it final (its basis: every scorecard that
// counts now, listed before it is confirmed) and reopening a final decision
// (who and why) go through services::DecisionStore, which never writes over
// a record someone else changed meanwhile: the dialog then says so, shows
// their version's status and keeps what was typed.
#pragma once

#include "core/model/rubric.hpp"
#include "services/decision_store.hpp"

#include <wx/dialog.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

class wxCheckListBox;
class wxChoice;
class wxScrolledWindow;
class wxStaticText;
class wxTextCtrl;

namespace extramile::app {

class DecisionDialog : public wxDialog {
public:
    // `shown_name` is the candidate as the window shows them (a code in
    // blind review); `panel` the interviewers whose scorecards count.
    // `drafts` of the scorecards that count are drafts (Include drafts is on).
    DecisionDialog(wxWindow* parent, services::DecisionStore& store, const Rubric& rubric, const wxString& shown_name,
                   const std::vector<std::string>& panel, const std::string& language, int drafts = 0);

    // What the buttons do (the buttons ask first where they must); each
    // returns true when the record was written, and then ends the dialog
    // with wxID_OK.
    bool SaveDraft();
    bool MakeFinal(); // asks to confirm, naming the scorecards it is based on
    bool Reopen(const wxString& reason);

    // The fields, for tests.
    void SetOutcome(std::optional<Outcome> outcome);
    void SetReason(const std::string& competency, const wxString& text); // "" overall
    void SetDecidedBy(const wxString& name);
    wxString StatusText() const;

private:
    services::DecisionInput Input() const;
    void Fill();       // the fields from the record
    void ShowStatus(); // the status line and what may be done
    bool Done(const services::DecisionSave& save);
    void OnReopen();

    services::DecisionStore& store_;
    const Rubric& rubric_;
    wxString shown_name_;
    std::string language_;
    int drafts_ = 0;
    wxStaticText* status_ = nullptr;
    wxChoice* outcome_ = nullptr;
    wxCheckListBox* members_ = nullptr;
    wxTextCtrl* overall_ = nullptr;
    wxTextCtrl* decided_by_ = nullptr;
    wxScrolledWindow* fields_ = nullptr;
    std::map<std::string, wxTextCtrl*> reasons_; // by competency id
};

// A refusal of the decision store in the user's words.
wxString ExplainDecisionProblem(const services::DecisionProblem& problem);

} // namespace extramile::app
