#include "agreement_list.hpp"

#include "wx_text.hpp"

#include "core/scoring/agreement_footnotes.hpp"

#include <algorithm>
#include <cmath>

namespace extramile::app {

namespace {

// An interval's end: ICC(2,k)'s lower one can be without a limit (the
// footnote says why), written as the PDF writes it, not as "-inf".
wxString Limit(double limit) {
    if (std::isinf(limit))
        return limit < 0 ? wxS("\u2212\u221e") : wxS("\u221e");
    return wxString::FromDouble(limit, 2);
}

wxString Estimate(const std::optional<IccEstimate>& icc) {
    if (!icc)
        return wxS("\u2014");
    return wxString::Format("%s [%s, %s]", wxString::FromDouble(icc->value, 2), Limit(icc->lower), Limit(icc->upper));
}

} // namespace

wxString ReadingText(const AgreementReading& reading) {
    wxString text;
    switch (reading.level) {
    case AgreementLevel::not_enough_data:
        return _("Not enough ratings to tell");
    case AgreementLevel::poor:
        text = _("Ratings diverge: calibrate before deciding");
        break;
    case AgreementLevel::moderate:
        text = _("Interviewers agree only in part: worth a calibration talk");
        break;
    case AgreementLevel::good:
        text = _("Interviewers agree well");
        break;
    case AgreementLevel::excellent:
        text = _("Interviewers agree very well");
        break;
    }
    if (reading.uncertain)
        text += " " + _("(few ratings: a tendency, not a verdict)");
    return text;
}

wxString AgreementExplanation() {
    // Shown as it is, never formatted: "95% confidence" is not a format directive.
    // xgettext:no-c-format
    return _("Panel agreement tells whether the interviewers, rating the same candidates, put them in the "
             "same order and at the same level. It is an intraclass correlation (ICC): 1 means the "
             "interviewers agree fully, 0 means no more agreement than chance, and it can fall below 0.\n\n"
             "ICC(1,1): how much one interviewer's rating can be trusted, when candidates were seen by "
             "different interviewers.\n"
             "ICC(2,1): the same when every interviewer rated every candidate; it also counts an interviewer "
             "who rates everyone higher or lower than the others.\n"
             "ICC(2,k): how much the panel's mean rating can be trusted.\n\n"
             "The brackets hold the 95% confidence interval. With few candidates it is wide: read the value "
             "as a tendency.\n\n"
             "Reading (Koo & Li, 2016): below 0.50 poor, 0.50 to 0.75 moderate, 0.75 to 0.90 good, above "
             "0.90 excellent. When agreement is poor or moderate, talk through the evidence together before "
             "deciding: the notes of each interviewer are under \"Side by side\".");
}

AgreementList::AgreementList(wxWindow* parent, wxWindowID id)
    : wxListCtrl(parent, id, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES) {
    AppendColumn(_("Competency"), wxLIST_FORMAT_LEFT, FromDIP(200));
    AppendColumn(_("Reading"), wxLIST_FORMAT_LEFT, FromDIP(330));
    AppendColumn(_("Candidates"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    AppendColumn(_("Interviewers"), wxLIST_FORMAT_RIGHT, FromDIP(90));
    AppendColumn("ICC(1,1)", wxLIST_FORMAT_LEFT, FromDIP(140));
    AppendColumn("ICC(2,1)", wxLIST_FORMAT_LEFT, FromDIP(140));
    AppendColumn("ICC(2,k)", wxLIST_FORMAT_LEFT, FromDIP(140));
    // The reading, the longest text, takes the width the other columns leave.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        FitReading();
    });
}

void AgreementList::FitReading() {
    int others = 0;
    for (int column = 0; column < GetColumnCount(); ++column)
        if (column != 1)
            others += GetColumnWidth(column);
    const int width = std::max(FromDIP(330), GetClientSize().x - others - FromDIP(4));
    if (GetColumnWidth(1) != width)
        SetColumnWidth(1, width);
}

wxString AgreementList::Show(const Rubric& rubric, const Comparison& comparison, const std::string& language) {
    DeleteAllItems();
    // Why an estimate is missing, stated once below the list and referred
    // to by number, as the PDF does: a sentence in a column of its own was
    // cut at the window's edge, and was often the same on every row.
    const auto footnotes = agreement_footnotes(rubric, comparison.agreement);
    long row = 0;
    for (const auto& competency : rubric.competencies) {
        const auto found = comparison.agreement.find(competency.id);
        const PanelAgreement agreement = found != comparison.agreement.end() ? found->second : PanelAgreement{};
        const auto reading = read_agreement(agreement);
        InsertItem(row, FromUtf8(competency.name.get(language)));
        // The marker first: a long reading (Spanish, Italian) is cut at the
        // column's edge, and a marker after it would be cut with it.
        const auto footnote = footnotes.of[static_cast<std::size_t>(row)];
        SetItem(row, 1, (footnote ? wxString::Format("[%zu] ", footnote) : wxString()) + ReadingText(reading));
        SetItem(row, 2, wxString::Format("%d", agreement.targets));
        SetItem(row, 3, wxString::Format("%d", agreement.raters));
        SetItem(row, 4, Estimate(agreement.icc1_1));
        SetItem(row, 5, Estimate(agreement.icc2_1));
        SetItem(row, 6, Estimate(agreement.icc2_k));
        if (reading.level == AgreementLevel::poor)
            SetItemBackgroundColour(row, wxColour(253, 226, 222));
        ++row;
    }
    wxString text;
    for (std::size_t n = 0; n < footnotes.notes.size(); ++n) {
        wxString sentences;
        for (const auto note : footnotes.notes[n]) // in the app's language (the sentences are message ids)
            sentences += (sentences.empty() ? "" : " ") + wxGetTranslation(FromUtf8(agreement_note_text(note)));
        text += wxString::Format("%s[%zu] %s", text.empty() ? "" : "\n", n + 1, sentences);
    }
    return text;
}

} // namespace extramile::app
