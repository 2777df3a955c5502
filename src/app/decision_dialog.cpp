#include "decision_dialog.hpp"

#include "accessibility.hpp"
#include "app_config.hpp"
#include "local_time.hpp"
#include "result_words.hpp"
#include "window_placement.hpp"
#include "wx_text.hpp"

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace extramile::app {

namespace {

// The outcome choice: "not decided yet" first, then the four outcomes.
const Outcome kOutcomes[] = {Outcome::hire, Outcome::no_hire, Outcome::hold, Outcome::next_stage};

wxString ChangeText(const BasisChange& change) {
    const wxString id = FromUtf8(change.scorecard);
    switch (change.kind) {
    case BasisChange::Kind::gone:
        return wxString::Format(_("scorecard %s (revision %ld) no longer counts"), id, change.then);
    case BasisChange::Kind::changed:
        return wxString::Format(_("scorecard %s changed (revision %ld then, %ld now)"), id, change.then, change.now);
    case BasisChange::Kind::added:
        break;
    }
    return wxString::Format(_("scorecard %s counts now and was not seen"), id);
}

} // namespace

wxString ExplainDecisionProblem(const services::DecisionProblem& problem) {
    using Reason = services::DecisionProblem::Reason;
    switch (problem.reason) {
    case Reason::comparison_failed:
        return _("The scorecards could not be compared again.");
    case Reason::candidate_not_found:
        return _("This candidate is no longer among those compared. Open the folder again.");
    case Reason::candidate_ambiguous:
        return _("Several candidates answer to this name. Give each an id in their scorecards.");
    case Reason::record_unreadable:
        return _("The decision record has mistakes and was left as it is:") + "\n\n" +
               FromUtf8(describe(problem.problems));
    case Reason::scorecard_unreadable:
        return _("A scorecard this decision would be based on no longer reads:") + "\n\n" +
               FromUtf8(describe(problem.problems));
    case Reason::outcome_missing:
        return _("Choose an outcome before making the decision final.");
    case Reason::decider_missing:
        return _("Say who decides (Decided by) before making the decision final or reopening it.");
    case Reason::unknown_competency:
        return wxString::Format(_("The rubric has no competency \"%s\"."), FromUtf8(problem.competency));
    case Reason::already_final:
        return _("The decision is final. Reopen it first to change it.");
    case Reason::not_final:
        return _("Only a final decision can be reopened.");
    case Reason::reopen_reason_missing:
        return _("Say why the decision is reopened.");
    case Reason::changed_on_disk:
        return _("Someone else saved this decision since you opened it, so nothing was written over their version. "
                 "Their version is now the one shown above; what you typed is still here. Look at it, then save "
                 "again.");
    case Reason::write_failed:
        return _("The decision could not be written, and the record on disk is as it was:") + "\n\n" +
               FromUtf8(problem.message);
    case Reason::last_revision:
        break;
    }
    return _("The decision record cannot be saved again: it has reached its last revision.");
}

DecisionDialog::DecisionDialog(wxWindow* parent, services::DecisionStore& store, const Rubric& rubric,
                               const wxString& shown_name, const std::vector<std::string>& panel,
                               const std::string& language, int drafts)
    : store_(store), rubric_(rubric), shown_name_(shown_name), language_(language), drafts_(drafts) {
    wxXmlResource::Get()->LoadDialog(this, parent, "decision_dialog");
    SetTitle(wxString::Format(_("Decision about %s"), shown_name));
    status_ = XRCCTRL(*this, "decision_status", wxStaticText);
    outcome_ = XRCCTRL(*this, "outcome", wxChoice);
    members_ = XRCCTRL(*this, "members", wxCheckListBox);
    overall_ = XRCCTRL(*this, "overall_reason", wxTextCtrl);
    decided_by_ = XRCCTRL(*this, "decided_by", wxTextCtrl);
    fields_ = XRCCTRL(*this, "decision_fields", wxScrolledWindow);
    fields_->SetScrollRate(0, FromDIP(12));

    outcome_->Append(_("Not decided yet"));
    for (const auto outcome : kOutcomes)
        outcome_->Append(OutcomeText(outcome));
    // The panel: whoever's scorecard counts, and whoever the record names.
    std::vector<std::string> names = panel;
    for (const auto& member : store_.decision().members)
        if (std::find(names.begin(), names.end(), member) == names.end())
            names.push_back(member);
    for (const auto& name : names)
        members_->Append(FromUtf8(name));
    // Every member in view (up to six, then it scrolls).
    const int row = members_->GetCharHeight() + FromDIP(10);
    members_->SetMinSize(wxSize(-1, row * std::clamp<int>(int(names.size()), 2, 6) + FromDIP(8)));
    overall_->SetMinSize(wxSize(FromDIP(360), overall_->GetCharHeight() * 4 + FromDIP(12)));

    // A reason per competency, in the rubric's order and words.
    auto* grid = fields_->GetSizer(); // label above field, "Decided by" last
    for (const auto& competency : rubric_.competencies) {
        auto* label = new wxStaticText(fields_, wxID_ANY,
                                       wxString::Format(_("Why, on %s:"), FromUtf8(competency.name.get(language_))));
        auto* text = new wxTextCtrl(fields_, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_MULTILINE);
        text->SetName("reason_" + FromUtf8(competency.id));
        text->SetMinSize(wxSize(-1, text->GetCharHeight() * 2 + FromDIP(12)));
        grid->Insert(grid->GetItemCount() - 2, label, 0, wxTOP, FromDIP(8));
        grid->Insert(grid->GetItemCount() - 2, text, 0, wxTOP | wxEXPAND, FromDIP(2));
        reasons_[competency.id] = text;
    }
    // Tab follows the page: the reasons (made after the form's fields) come
    // before "Decided by", whose label still goes to its field.
    if (!reasons_.empty()) {
        auto* label = XRCCTRL(*this, "decided_by_label", wxStaticText);
        label->MoveAfterInTabOrder(reasons_.at(rubric_.competencies.back().id));
        decided_by_->MoveAfterInTabOrder(label);
        a11y::LabelledBy(*decided_by_, *label);
    }
    decided_by_->SetValue(AppConfig::InterviewerName()); // who uses this program, most often
    Fill();
    ShowStatus();

    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { SaveDraft(); }, XRCID("save_draft"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { MakeFinal(); }, XRCID("make_final"));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { OnReopen(); }, XRCID("reopen"));

    fields_->FitInside();
    // Wide enough for the buttons in the language and font size in use.
    const int width = std::max(FromDIP(520), GetBestSize().x);
    SetMinSize(wxSize(width, FromDIP(420)));
    SetSize(wxSize(std::max(width, FromDIP(640)), FromDIP(640)));
    CentreOnParent();
    FitInsideDisplay(*this);
}

void DecisionDialog::Fill() {
    const auto& d = store_.decision();
    outcome_->SetSelection(0);
    for (std::size_t i = 0; i < std::size(kOutcomes); ++i)
        if (d.outcome == kOutcomes[i])
            outcome_->SetSelection(static_cast<int>(i) + 1);
    // A new record: everyone whose scorecard counts was there, most likely.
    for (unsigned i = 0; i < members_->GetCount(); ++i) {
        const auto name = ToUtf8(members_->GetString(i));
        members_->Check(i, !store_.exists() ||
                               std::find(d.members.begin(), d.members.end(), name) != d.members.end());
    }
    overall_->SetValue(FromUtf8(d.reason_for("")));
    for (auto& [id, text] : reasons_)
        text->SetValue(FromUtf8(d.reason_for(id)));
    if (!d.decided_by.empty())
        decided_by_->SetValue(FromUtf8(d.decided_by));
}

void DecisionDialog::ShowStatus() {
    const auto& d = store_.decision();
    wxString status;
    if (!store_.exists())
        status = wxString::Format(_("No decision is recorded about %s yet. Save a draft to come back to it, or make "
                                    "it final."),
                                  shown_name_);
    else if (d.is_final()) {
        status = wxString::Format(wxPLURAL("Final: %s, decided by %s on %s, based on %zu scorecard.",
                                           "Final: %s, decided by %s on %s, based on %zu scorecards.", d.basis.size()),
                                  d.outcome ? OutcomeText(*d.outcome) : wxString(), FromUtf8(d.decided_by),
                                  LocalDateTime(d.decided_at), d.basis.size());
        if (!store_.changes().empty()) {
            status += "\n" + _("The evidence changed since it was decided:");
            for (const auto& change : store_.changes())
                status += "\n  \u2022 " + ChangeText(change);
            status += "\n" + _("Reopen the decision to look at it again.");
        }
    } else {
        status = _("A draft: nothing is decided yet.");
        for (auto e = d.events.rbegin(); e != d.events.rend(); ++e)
            if (e->kind == "reopened") {
                status += " " + wxString::Format(_("Reopened by %s on %s: %s"), FromUtf8(e->by), LocalDateTime(e->at),
                                                 FromUtf8(e->reason));
                break;
            }
    }
    status_->SetLabel(status);
    status_->Wrap(FromDIP(600));
    // A final decision changes only once reopened.
    const bool editable = !d.is_final();
    outcome_->Enable(editable);
    members_->Enable(editable);
    overall_->SetEditable(editable);
    for (auto& [id, text] : reasons_)
        text->SetEditable(editable);
    XRCCTRL(*this, "save_draft", wxButton)->Enable(editable);
    XRCCTRL(*this, "make_final", wxButton)->Enable(editable);
    XRCCTRL(*this, "reopen", wxButton)->Enable(!editable);
    Layout();
}

services::DecisionInput DecisionDialog::Input() const {
    services::DecisionInput input;
    if (const int at = outcome_->GetSelection(); at > 0)
        input.outcome = kOutcomes[at - 1];
    std::vector<std::string> members;
    for (unsigned i = 0; i < members_->GetCount(); ++i)
        if (members_->IsChecked(i))
            members.push_back(ToUtf8(members_->GetString(i)));
    input.members = std::move(members);
    input.reasons[""] = ToUtf8(overall_->GetValue());
    for (const auto& [id, text] : reasons_)
        input.reasons[id] = ToUtf8(text->GetValue());
    return input;
}

bool DecisionDialog::Done(const services::DecisionSave& save) {
    if (save.saved()) {
        if (IsModal())
            EndModal(wxID_OK);
        return true;
    }
    const auto& problem = *save.problem;
    if (problem.reason == services::DecisionProblem::Reason::changed_on_disk) {
        try {
            store_.reload(); // theirs is what the next save builds on; the fields keep what was typed
        } catch (const services::DecisionFailed& e) {
            wxMessageBox(ExplainDecisionProblem(e.problem()), GetTitle(), wxOK | wxICON_ERROR, this);
            return false;
        }
        ShowStatus();
    }
    wxMessageBox(ExplainDecisionProblem(problem), GetTitle(), wxOK | wxICON_WARNING, this);
    return false;
}

bool DecisionDialog::SaveDraft() { return Done(store_.save_draft(Input())); }

bool DecisionDialog::MakeFinal() {
    const auto input = Input();
    if (!input.outcome) {
        wxMessageBox(_("Choose an outcome before making the decision final."), GetTitle(), wxOK | wxICON_INFORMATION,
                     this);
        return false;
    }
    const wxString by = decided_by_->GetValue().Strip(wxString::both);
    if (by.empty()) {
        wxMessageBox(_("Say who decides (Decided by) before making the decision final."), GetTitle(),
                     wxOK | wxICON_INFORMATION, this);
        decided_by_->SetFocus();
        return false;
    }
    wxString basis;
    for (const auto& entry : store_.basis_now())
        basis += "\n  \u2022 " + wxString::Format(_("%s, revision %ld"), FromUtf8(entry.scorecard), entry.revision);
    const wxString question =
        wxString::Format(wxPLURAL("Make the decision \"%s\" about %s final? It records that it is based on %zu "
                                  "scorecard, as it is now:",
                                  "Make the decision \"%s\" about %s final? It records that it is based on these "
                                  "%zu scorecards, as they are now:",
                                  store_.basis_now().size()),
                         OutcomeText(*input.outcome), shown_name_, store_.basis_now().size()) +
        basis + "\n\n" +
        (drafts_ > 0 ? wxString::Format(wxPLURAL("%d of them is a draft, counted because Include drafts is on: its "
                                                 "interviewer may still change it.",
                                                 "%d of them are drafts, counted because Include drafts is on: "
                                                 "their interviewers may still change them.",
                                                 drafts_),
                                        drafts_) +
                           "\n\n"
                     : wxString()) +
        _("A final decision changes only when it is reopened, with a reason.");
    if (wxMessageBox(question, GetTitle(), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return false;
    return Done(store_.finalise(input, ToUtf8(by)));
}

bool DecisionDialog::Reopen(const wxString& reason) {
    const wxString by = decided_by_->GetValue().Strip(wxString::both);
    if (by.empty()) {
        wxMessageBox(_("Say who reopens the decision (Decided by)."), GetTitle(), wxOK | wxICON_INFORMATION, this);
        return false;
    }
    const auto save = store_.reopen(ToUtf8(by), ToUtf8(reason.Strip(wxString::both)));
    if (!save.saved())
        return Done(save);
    // Reopened: the dialog stays, now a draft to change.
    Fill();
    ShowStatus();
    return true;
}

void DecisionDialog::OnReopen() {
    wxTextEntryDialog ask(this, _("Why is the decision reopened? This is recorded with your name."), GetTitle(),
                          wxString(), wxOK | wxCANCEL | wxTE_MULTILINE);
    if (ask.ShowModal() == wxID_OK)
        Reopen(ask.GetValue());
}

void DecisionDialog::SetOutcome(std::optional<Outcome> outcome) {
    outcome_->SetSelection(0);
    for (std::size_t i = 0; i < std::size(kOutcomes); ++i)
        if (outcome == kOutcomes[i])
            outcome_->SetSelection(static_cast<int>(i) + 1);
}

void DecisionDialog::SetReason(const std::string& competency, const wxString& text) {
    if (competency.empty())
        overall_->SetValue(text);
    else if (const auto found = reasons_.find(competency); found != reasons_.end())
        found->second->SetValue(text);
}

void DecisionDialog::SetDecidedBy(const wxString& name) { decided_by_->SetValue(name); }

wxString DecisionDialog::StatusText() const { return status_->GetLabel(); }

} // namespace extramile::app
