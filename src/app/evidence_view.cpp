#include "evidence_view.hpp"

#include "wx_text.hpp"

#include "core/scoring/debrief.hpp"

#include <algorithm>

namespace extramile::app {

namespace {

wxString Text(const std::string& s) { return EscapeHtml(FromUtf8(s)); }

wxString RatingText(const Rubric& rubric, const std::optional<int>& value, const std::string& language) {
    if (!value)
        return _("not assessable");
    wxString text = wxString::Format("%d", *value);
    const auto label = rubric.scale.labels.find(*value);
    if (label != rubric.scale.labels.end())
        text += " \u2013 " + Text(label->second.get(language));
    return text;
}

wxString NotesOf(const Competency& competency, const Scorecard& scorecard, const CandidateResult& original,
                 const CandidateResult& shown, const EvidenceInput& in) {
    wxString out;
    for (const auto& question : competency.questions) {
        const auto note = scorecard.note_on(question.id);
        if (note.empty())
            continue;
        out += "<p><i>" + Text(question.text.get(in.language)) + "</i><br>" +
               Text(visible_note(note, scorecard, original, shown, in.blind)) + "</p>";
    }
    for (const auto& note : scorecard.notes)
        if (note.question.empty() && note.competency == competency.id && !note.text.empty())
            out += "<p>" + Text(visible_note(note.text, scorecard, original, shown, in.blind)) + "</p>";
    for (const auto& mark : scorecard.signals) {
        if (mark.competency != competency.id)
            continue;
        int index = 0;
        for (const auto& signal : competency.signals) {
            if (signal.kind != mark.kind)
                continue;
            if (index++ == mark.index) {
                const bool green = signal.kind == SignalKind::green;
                out += wxString("<p><font color=\"") + (green ? "#1b6e2a" : "#a0281a") + "\">" +
                       (green ? _("Green flag:") : _("Red flag:")) + "</font> " +
                       Text(signal.text.get(in.language)) + "</p>";
            }
        }
    }
    return out.empty() ? "<font color=\"#777777\">" + _("no notes") + "</font>" : out;
}

} // namespace

wxString EscapeHtml(const wxString& text) {
    wxString out;
    out.reserve(text.length());
    for (const auto c : text) {
        switch (static_cast<wxChar>(c)) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\n': out += "<br>"; break;
        default: out += c;
        }
    }
    return out;
}

EvidenceView::EvidenceView(wxWindow* parent, wxWindowID id)
    : wxHtmlWindow(parent, id, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO) {}

void EvidenceView::Show(const EvidenceInput& in) {
    wxString html = "<html><body>";
    if (in.candidates.empty()) {
        html += "<p>" + _("Select one or more candidates in the table (Ctrl+click for several) to see "
                          "every interviewer's rating and notes side by side.") + "</p>";
    }
    if (in.selected > in.candidates.size())
        html += "<p><font color=\"#8a5a00\">" +
                wxString::Format(_("Showing the first %zu of the %zu candidates selected; select fewer to see "
                                   "each one's evidence."),
                                 in.candidates.size(), in.selected) +
                "</font></p>";
    // The debrief starts where the panel disagrees: the competencies with the
    // largest spread among these candidates first, both ends of the scale first.
    std::vector<const CandidateResult*> chosen;
    for (int index : in.candidates)
        chosen.push_back(&in.original.candidates.at(index));
    const auto order = debrief_order(in.rubric, chosen);
    for (const auto* competency_ptr : order) {
        const auto& competency = *competency_ptr;
        if (in.candidates.empty())
            break;
        html += "<h3>" + Text(competency.name.get(in.language)) + " <font size=\"-1\" color=\"#555555\">" +
                wxString::Format(_("weight %s"), wxString::FromDouble(competency.weight, 0)) +
                (competency.minimum ? " \u00b7 " + wxString::Format(_("minimum %s"), wxString::FromDouble(*competency.minimum, 1))
                                    : wxString()) +
                "</font></h3>";
        html += "<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\" border=\"1\">";
        html += "<tr bgcolor=\"#eeeeee\"><th align=\"left\">" + _("Candidate") + "</th><th align=\"left\">" +
                _("Interviewer") + "</th><th align=\"left\">" + _("Rating") + "</th><th align=\"left\">" +
                _("Evidence") + "</th></tr>";
        for (int index : in.candidates) {
            const auto& shown = in.shown.candidates.at(index);
            const auto& original = in.original.candidates.at(index);
            const auto& result = original.competencies.at(competency.id);
            wxString candidate = "<b>" + Text(shown.name) + "</b>";
            const auto& mean = result.mean;
            candidate += "<br>" + (mean ? wxString::Format(_("mean %s"), wxString::FromDouble(*mean, 2))
                                        : _("not rated"));
            // Beside the mean, never instead (the Interviewers tab says what was taken out).
            if (result.adjusted_mean)
                candidate += "<br>" + wxString::Format(_("adjusted for severity %s"),
                                                       wxString::FromDouble(*result.adjusted_mean, 2));
            if (result.contribution)
                candidate += "<br>" + wxString::Format(_("%s points of the total"),
                                                       wxString::FromDouble(*result.contribution, 1));
            if (result.spread && *result.spread > 0)
                candidate += "<br>" + (result.polarised ? wxString::Format(_("spread %d: both ends of the scale"), *result.spread)
                                                        : wxString::Format(_("spread %d"), *result.spread));
            if (result.minimum_not_assessed)
                candidate += "<br><font color=\"#a0281a\">" + _("minimum not assessed") + "</font>";
            if (result.below_minimum)
                candidate += "<br><font color=\"#a0281a\">" + _("below the minimum") + "</font>";
            if (result.disagreement)
                candidate += "<br><font color=\"#8a5a00\">" + _("interviewers disagree") + "</font>";
            if (result.ratings.empty())
                html += "<tr><td valign=\"top\">" + candidate + "</td><td colspan=\"3\">" +
                        _("no interviewer rated this") + "</td></tr>";
            for (size_t r = 0; r < result.ratings.size(); ++r) {
                const auto& rating = result.ratings[r];
                const auto found = rating.file ? in.scorecards.find(*rating.file) : in.scorecards.end();
                html += "<tr>";
                if (r == 0)
                    html += wxString::Format("<td valign=\"top\" rowspan=\"%zu\">", result.ratings.size()) +
                            candidate + "</td>";
                html += "<td valign=\"top\">" + Text(rating.interviewer) + "</td><td valign=\"top\">" +
                        RatingText(in.rubric, rating.value, in.language) + "</td><td valign=\"top\">" +
                        (found != in.scorecards.end()
                             ? NotesOf(competency, *found->second, original, shown, in)
                             : wxString()) +
                        "</td></tr>";
            }
        }
        html += "</table>";
    }
    html += "</body></html>";
    html_ = html;
    SetPage(html);
}

} // namespace extramile::app
