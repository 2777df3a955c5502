#include "calibration_view.hpp"

#include "list_columns.hpp"
#include "wx_text.hpp"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cmath>

namespace extramile::app {

namespace {

const wxString kNone = wxS("\u2014");

wxString Number(const std::optional<double>& value, int decimals) {
    return value ? wxString::FromDouble(*value, decimals) : kNone;
}

// "+0.75": the sign says which way at a glance.
wxString Signed(double value) { return (value > 0 ? wxS("+") : wxString()) + wxString::FromDouble(value, 2); }

wxString Agreement(const InterviewerCalibration& person) {
    if (!person.recommendation_agreement)
        return kNone;
    const auto matched = std::lround(*person.recommendation_agreement * person.recommendations_decided);
    return wxString::Format(_("%ld of %d (%d%%)"), matched, person.recommendations_decided,
                            static_cast<int>(std::lround(100 * *person.recommendation_agreement)));
}

} // namespace

wxString CalibrationReading(const InterviewerCalibration& person) {
    switch (person.gap) {
    case OffsetGap::no_ratings:
        return _("No offset: every rating was \"not assessed\".");
    case OffsetGap::alone:
        return _("No offset: shared no candidate with another interviewer.");
    case OffsetGap::other_group:
        return wxString::Format(wxPLURAL("No offset: shared candidates with %d other interviewer only, "
                                         "never with those fitted.",
                                         "No offset: shared candidates with %d other interviewers only, "
                                         "never with those fitted.",
                                         person.group_size - 1),
                                person.group_size - 1);
    case OffsetGap::none:
        break;
    }
    if (!person.offset_ci95)
        return _("No interval: too few shared ratings; more shared candidates are needed.");
    if (person.flag)
        return *person.flag == Severity::lenient ? _("lenient: rates higher than the rest of the panel")
                                                 : _("severe: rates lower than the rest of the panel");
    return _("not flagged");
}

wxString CalibrationExplanation() {
    // Shown as it is, never formatted: "95%" is not a format directive.
    // xgettext:no-c-format
    return _("Some interviewers rate everyone higher than their colleagues do, others lower. The severity "
             "offset measures that, on the very candidates and competencies they shared with the rest of "
             "the panel.\n\n"
             "The model: each rating = the candidate's level on that competency + the interviewer's offset "
             "+ chance. The offsets are fitted by least squares over the submitted ratings and add up to "
             "zero: +0.60 means this interviewer rated 0.6 points above the others on the same candidates, "
             "-0.60 that many below. The brackets hold the 95% interval: where the offset probably lies.\n\n"
             "\"Lenient\" or \"severe\" is said only when the interval leaves out 0 (the difference is "
             "unlikely to be chance) and the offset is at least an eighth of the scale (0.5 points on 1 to "
             "5). An interviewer who shared no candidate with the others gets no offset: their ratings "
             "cannot be told apart from their candidates'.\n\n"
             "Adjusted numbers take each interviewer's offset out of their ratings before the means and the "
             "total are made: what the candidate would have got from an average panel. They are shown beside "
             "the raw numbers, never instead: the raw ones are what the interviewers gave. A candidate whose "
             "interviewer has no offset has no adjusted number.\n\n"
             "With few shared candidates the intervals are wide: read an offset as a reason for a "
             "calibration talk, not as a verdict on a person.");
}

CalibrationView::CalibrationView(wxWindow* parent, wxWindowID id)
    : wxScrolledWindow(parent, id, wxDefaultPosition, wxDefaultSize, wxVSCROLL | wxTAB_TRAVERSAL) {
    // A short pane (a laptop, a large font) scrolls rather than squeeze the list to nothing.
    SetScrollRate(0, FromDIP(12));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->SetMinSize(wxSize(-1, list_->GetCharHeight() * 6));
    auto* explain = new wxButton(this, wxID_ANY, _("&What is adjusted and why?"));
    sizer->Add(summary_, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(4)));
    sizer->Add(explain, wxSizerFlags().Border(wxALL, FromDIP(4)));
    SetSizer(sizer);
    explain->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxMessageBox(CalibrationExplanation(), _("Interviewer severity"), wxOK | wxICON_INFORMATION, this);
    });
    // The summary is one long sentence: it wraps to the tab.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        WrapSummary();
    });
}

wxString CalibrationView::Summary() const { return summary_text_; }

void CalibrationView::WrapSummary() {
    summary_->SetLabel(summary_text_);
    // Room for the borders, and for the scroll bar that a short pane shows.
    const int room = GetClientSize().x - FromDIP(8) - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    summary_->Wrap(std::max(FromDIP(200), room));
    FitInside(); // the scrolled height follows the wrapped summary
    Layout();
}

void CalibrationView::SetComparison(const Comparison& comparison) {
    const auto& calibration = comparison.calibration;
    list_->ClearAll();
    const bool decided = std::any_of(calibration.interviewers.begin(), calibration.interviewers.end(),
                                     [](const auto& p) { return p.recommendation_agreement.has_value(); });
    list_->AppendColumn(_("Interviewer"), wxLIST_FORMAT_LEFT, FromDIP(150));
    list_->AppendColumn(_("Offset"), wxLIST_FORMAT_RIGHT, FromDIP(64));
    // xgettext:no-c-format
    list_->AppendColumn(_("95% interval"), wxLIST_FORMAT_LEFT, FromDIP(110));
    list_->AppendColumn(_("Reading"), wxLIST_FORMAT_LEFT, FromDIP(300));
    list_->AppendColumn(_("Scorecards"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    list_->AppendColumn(_("Ratings"), wxLIST_FORMAT_RIGHT, FromDIP(64));
    list_->AppendColumn(_("Mean"), wxLIST_FORMAT_RIGHT, FromDIP(56));
    list_->AppendColumn(_("Spread (SD)"), wxLIST_FORMAT_RIGHT, FromDIP(96));
    if (decided)
        list_->AppendColumn(_("Agrees with decisions"), wxLIST_FORMAT_LEFT, FromDIP(150));
    long row = 0;
    for (const auto& p : calibration.interviewers) {
        list_->InsertItem(row, FromUtf8(p.name));
        list_->SetItem(row, scorecards, wxString::Format("%d", p.scorecards));
        list_->SetItem(row, ratings, wxString::Format("%d", p.ratings));
        list_->SetItem(row, mean, Number(p.mean, 2));
        list_->SetItem(row, spread, Number(p.sd, 2));
        list_->SetItem(row, offset, p.offset ? Signed(*p.offset) : kNone);
        list_->SetItem(row, interval,
                       p.offset_ci95 ? wxString::Format("[%s, %s]", Signed(p.offset_ci95->first),
                                                        Signed(p.offset_ci95->second))
                                     : kNone);
        list_->SetItem(row, reading, CalibrationReading(p));
        if (decided)
            list_->SetItem(row, agreement, Agreement(p));
        ++row;
    }
    FitColumns(*list_);

    wxString summary;
    if (calibration.interviewers.empty()) {
        summary = _("No interviewer to calibrate yet.");
    } else if (calibration.fitted_interviewers < 2) {
        summary = _("No severity offsets: no two interviewers rated the same competency of the same candidate.");
    } else {
        summary = wxString::Format(_("Severity offsets fitted over %d interviewers who shared candidates, from "
                                     "%d ratings. Flagged lenient or severe when the 95%% interval leaves out 0 "
                                     "and the offset is at least %s points."),
                                   calibration.fitted_interviewers, calibration.fitted_ratings,
                                   wxString::FromDouble(calibration.flag_threshold, 2));
        if (calibration.residual_sd)
            summary += " " + wxString::Format(_("Ratings vary by %s points around the model (residual SD)."),
                                              wxString::FromDouble(*calibration.residual_sd, 2));
    }
    if (!calibration.interviewers.empty())
        summary += " " + (decided ? _("Agreement with decisions counts yes and strong yes matching a final hire, "
                                      "no and strong no a final no-hire.")
                                  : _("Once final hire or no-hire decisions are recorded, this tab also says how "
                                      "often each interviewer's recommendation matched them."));
    summary_text_ = summary;
    WrapSummary();
}

} // namespace extramile::app
