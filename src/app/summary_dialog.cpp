#include "summary_dialog.hpp"

#include "window_placement.hpp"
#include "wx_text.hpp"

#include <wx/dcclient.h>
#include <wx/hyperlink.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include <algorithm>

namespace extramile::app {

namespace {

const Recommendation kChoices[] = {Recommendation::strong_no, Recommendation::no, Recommendation::yes,
                                   Recommendation::strong_yes};

bool Listed(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

wxString Shortened(const wxString& text, std::size_t length) { // for the review's text, not its links
    return text.length() <= length ? text : text.Left(length - 1).Trim() + "…";
}

} // namespace

SummaryDialog::SummaryDialog(wxWindow* parent, const Rubric& rubric, const Scorecard& scorecard,
                             const std::string& language)
    : rubric_(rubric), scorecard_(scorecard), language_(language), gaps_(find_gaps(scorecard, rubric)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "summary_dialog");
    review_ = XRCCTRL(*this, "review", wxScrolledWindow);
    review_->SetScrollRate(0, FromDIP(12));
    recommendation_ = XRCCTRL(*this, "recommendation", wxListBox);
    readback_ = XRCCTRL(*this, "recommendation_readback", wxStaticText);
    readback_->SetFont(readback_->GetFont().Bold());
    comment_ = XRCCTRL(*this, "comment", wxTextCtrl);
    comment_->ChangeValue(FromUtf8(scorecard.comment));
    // Nothing is chosen for the interviewer: the list starts empty unless a
    // recommendation was recorded before (a reopened scorecard).
    recommendation_->SetSelection(wxNOT_FOUND);
    if (scorecard.recommendation)
        for (int i = 0; i < 4; ++i)
            if (kChoices[i] == *scorecard.recommendation)
                recommendation_->SetSelection(i);
    recommendation_->SetMinSize(wxSize(-1, recommendation_->GetCharHeight() * 4 + FromDIP(24)));
    recommendation_->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { ReadBack(); });
    ReadBack();
    Bind(wxEVT_BUTTON, &SummaryDialog::OnSubmit, this, wxID_OK);
    // Enter in the list submits, as the default button would.
    recommendation_->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) {
        wxCommandEvent ok(wxEVT_BUTTON, wxID_OK);
        ok.SetEventObject(this);
        ProcessWindowEvent(ok);
    });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] {
            if (review_->GetClientSize().x != review_width_)
                FillReview();
        });
    });
    SetSize(FromDIP(wxSize(760, 700)));
    SetMinSize(FromDIP(wxSize(480, 420)));
    FitInsideDisplay(*this);
    Layout();
    FillReview();
    ReadBack(); // wrapped to the list's real width
    CentreOnParent();
    FitInsideDisplay(*this);
    recommendation_->SetFocus();
}

void SummaryDialog::FillReview() {
    review_width_ = review_->GetClientSize().x;
    const int width = std::max(FromDIP(240), review_width_ - FromDIP(24));
    review_->Freeze();
    review_->DestroyChildren();
    auto* page = new wxBoxSizer(wxVERTICAL);
    auto text = [&](const wxString& words, int border = 2, bool bold = false) {
        auto* label = new wxStaticText(review_, wxID_ANY, words);
        if (bold)
            label->SetFont(label->GetFont().Bold());
        label->Wrap(width);
        page->Add(label, 0, wxLEFT | wxRIGHT | wxTOP | wxEXPAND, FromDIP(border));
        return label;
    };
    auto link = [&](const wxString& words, Place place) {
        // One line each, shortened with "…" to the page's width (the whole
        // item is the tooltip): a link does not wrap.
        wxClientDC dc(review_);
        dc.SetFont(review_->GetFont());
        const auto shown = wxControl::Ellipsize(words, dc, wxELLIPSIZE_END, width - FromDIP(16));
        auto* item = new wxHyperlinkCtrl(review_, wxID_ANY, shown, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                         (wxHL_DEFAULT_STYLE & ~wxHL_CONTEXTMENU & ~wxHL_ALIGN_CENTRE) | wxHL_ALIGN_LEFT);
        item->SetToolTip(words);
        item->Bind(wxEVT_HYPERLINK, [this, place](wxHyperlinkEvent&) {
            go_to_ = place;
            EndModal(kGoThere);
        });
        page->Add(item, 0, wxLEFT | wxRIGHT | wxTOP, FromDIP(4));
    };

    // What is missing first, each a way there.
    if (gaps_.unrated_competencies.empty() && gaps_.questions_without_notes.empty()) {
        text(_("Nothing is missing: every competency is rated and every question has notes."), 6, true);
    } else {
        text(_("Still missing (choose one to go there):"), 6, true);
        for (std::size_t c = 0; c < rubric_.competencies.size(); ++c) {
            const auto& competency = rubric_.competencies[c];
            const auto name = FromUtf8(competency.name.get(language_));
            if (Listed(gaps_.unrated_competencies, competency.id))
                link(wxString::Format(_("Not rated: %s"), name), {static_cast<int>(c), {}});
            for (const auto& q : competency.questions)
                if (Listed(gaps_.questions_without_notes, q.id))
                    link(wxString::Format(_("No notes: %s – %s"), name, FromUtf8(q.text.get(language_))),
                         {static_cast<int>(c), q.id});
        }
    }

    // The whole scorecard, as it will be submitted.
    const auto& scale = rubric_.scale;
    for (const auto& competency : rubric_.competencies) {
        page->AddSpacer(FromDIP(10));
        text(FromUtf8(competency.name.get(language_)), 6, true);
        const auto* rating = scorecard_.rating_for(competency.id);
        wxString rated;
        if (!rating) {
            rated = _("Rating: not rated");
        } else if (!rating->value) {
            const auto na = scale.not_assessable.empty() ? _("Not assessable") : FromUtf8(scale.not_assessable.get(language_));
            rated = wxString::Format(_("Rating: %s"), na);
        } else {
            wxString label = wxString::Format("%d", *rating->value);
            if (auto it = scale.labels.find(*rating->value); it != scale.labels.end())
                label += " · " + FromUtf8(it->second.get(language_));
            rated = wxString::Format(_("Rating: %s"), label);
            if (auto it = competency.anchors.find(*rating->value); it != competency.anchors.end())
                rated += " — " + FromUtf8(it->second.get(language_));
        }
        text(rated, 6);
        for (auto kind : {SignalKind::green, SignalKind::red}) {
            wxString ticked;
            int index = 0;
            for (const auto& signal : competency.signals) {
                if (signal.kind != kind)
                    continue;
                if (scorecard_.is_flagged(competency.id, kind, index))
                    ticked += "\n  • " + FromUtf8(signal.text.get(language_));
                ++index;
            }
            if (!ticked.empty())
                text((kind == SignalKind::green ? _("Green flags ticked:") : _("Red flags ticked:")) + ticked, 6);
        }
        for (const auto& q : competency.questions) {
            const auto note = FromUtf8(scorecard_.note_on(q.id));
            text(Shortened(FromUtf8(q.text.get(language_)), 90) + "\n" +
                     (note.empty() ? _("(no notes)") : "    " + note),
                 6);
        }
    }
    page->AddSpacer(FromDIP(10));
    review_->SetSizer(page, true);
    review_->FitInside();
    review_->Thaw();
}

void SummaryDialog::Restore(std::optional<Recommendation> recommendation, const wxString& comment) {
    for (int i = 0; i < 4; ++i)
        if (recommendation && kChoices[i] == *recommendation)
            recommendation_->SetSelection(i);
    comment_->ChangeValue(comment);
    ReadBack();
}

void SummaryDialog::ReadBack() {
    readback_->SetLabel(GetRecommendation() ? wxString::Format(_("You recommend: %s"), RecommendationText())
                                            : _("No recommendation chosen yet."));
    // Under the list, as wide as the list (once laid out).
    const int width = recommendation_->GetSize().x;
    readback_->Wrap(width > FromDIP(100) ? width : FromDIP(360));
    Layout();
}

std::optional<Recommendation> SummaryDialog::GetRecommendation() const {
    int selection = recommendation_->GetSelection();
    if (selection == wxNOT_FOUND)
        return std::nullopt;
    return kChoices[selection];
}

wxString SummaryDialog::RecommendationText() const {
    const int selection = recommendation_->GetSelection();
    return selection == wxNOT_FOUND ? wxString() : recommendation_->GetString(selection);
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
