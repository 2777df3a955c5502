#include "debrief_view.hpp"

#include "evidence_view.hpp"
#include "result_words.hpp"
#include "wx_text.hpp"

namespace extramile::app {

namespace {

wxString Text(const std::string& s) { return EscapeHtml(FromUtf8(s)); }

wxString Muted(const wxString& html) { return "<font color=\"#555555\">" + html + "</font>"; }
wxString Warning(const wxString& html) { return "<font color=\"#a0281a\">" + html + "</font>"; }

wxString Header(const Debrief& d, const CandidateResult& shown, std::size_t selected) {
    wxString html = "<h2>" + Text(d.name) + (d.role.empty() ? wxString() : " <font size=\"-1\">" + Text(d.role) + "</font>") +
                    "</h2><p>";
    html += d.total ? wxString::Format(_("Total %s of 100"), wxString::FromDouble(*d.total, 1)) : _("Not rated");
    html += " \u00b7 " + wxString::Format(_("%d%% of the rubric rated"), static_cast<int>(d.coverage * 100 + 0.5));
    html += " \u00b7 " + wxString::Format(wxPLURAL("%zu interviewer", "%zu interviewers", d.interviewers.size()),
                                          d.interviewers.size());
    html += "</p>";
    if (!d.flags.empty()) {
        // The flags of the table, as the table words them.
        html += "<p>" + Warning(_("Flags:"));
        for (std::size_t i = 0; i < d.flags.size(); ++i)
            html += (i ? "; " : " ") + EscapeHtml(FlagText(d.flags[i], shown));
        html += "</p>";
    }
    if (selected > 1)
        html += "<p>" + Muted(wxString::Format(_("The debrief of the first of the %zu candidates selected. File > Print the "
                                                 "selected candidates' debriefs prints each of them on pages of "
                                                 "their own."),
                                               selected)) +
                "</p>";
    html += "<p>" + Muted(_("Competencies where the panel disagrees most come first: those rated at both ends of the "
                            "scale, then by spread.")) +
            "</p>";
    return html;
}

wxString Recommendations(const Debrief& d) {
    wxString html = "<h3>" + _("Recommendations") + "</h3>";
    if (d.recommendations.empty())
        return html + "<p>" + Muted(_("No scorecard counted.")) + "</p>";
    html += "<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" width=\"100%\">";
    for (const auto& r : d.recommendations)
        html += "<tr><td valign=\"top\" width=\"25%\">" + Text(r.interviewer) + "</td><td valign=\"top\" width=\"20%\"><b>" +
                (r.value ? EscapeHtml(RecommendationText(*r.value)) : Muted(_("none given"))) + "</b></td><td valign=\"top\">" +
                Text(r.comment) + "</td></tr>";
    return html + "</table>";
}

wxString RedFlags(const Debrief& d) {
    wxString html = "<h3>" + _("Red flags ticked") + "</h3>";
    if (d.red_flags.empty())
        return html + "<p>" + Muted(_("Nobody ticked a red flag.")) + "</p>";
    html += "<ul>";
    for (const auto& flag : d.red_flags) {
        wxString who;
        for (const auto& name : flag.interviewers)
            who += (who.empty() ? "" : ", ") + Text(name);
        html += "<li>" + Warning(Text(flag.text)) + " \u2013 " + Text(flag.competency) + " " +
                Muted(wxString::Format(_("(ticked by %s)"), who)) + "</li>";
    }
    return html + "</ul>";
}

wxString Competency(const DebriefCompetency& c) {
    wxString marks = c.mean ? wxString::Format(_("mean %s"), wxString::FromDouble(*c.mean, 2)) : _("not rated");
    if (c.spread && *c.spread > 0)
        marks += " \u00b7 " + (c.polarised ? wxString::Format(_("spread %d: both ends of the scale"), *c.spread)
                                           : wxString::Format(_("spread %d"), *c.spread));
    wxString html = "<h3>" + Text(c.name) + " <font size=\"-1\" color=\"#555555\">" + marks + "</font></h3>";
    if (c.below_minimum)
        html += "<p>" + Warning(_("below the minimum")) + "</p>";
    if (c.minimum_not_assessed)
        html += "<p>" + Warning(_("minimum not assessed")) + "</p>";
    if (c.ratings.empty())
        return html + "<p>" + Muted(_("no interviewer rated this")) + "</p>";
    html += "<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" width=\"100%\"><tr bgcolor=\"#eeeeee\"><th align=\"left\">" +
            _("Interviewer") + "</th><th align=\"left\">" + _("Rating") + "</th><th align=\"left\">" + _("Evidence") +
            "</th></tr>";
    for (const auto& r : c.ratings) {
        wxString rating;
        if (!r.rated)
            rating = Muted(_("not rated"));
        else {
            rating = "<b>" + (r.value ? wxString::Format("%d", *r.value) + " " : wxString()) + Text(r.label) + "</b>";
            if (!r.anchor.empty())
                rating += "<br>" + Muted("<i>" + Text(r.anchor) + "</i>");
        }
        wxString evidence;
        for (const auto& flag : r.flags) {
            const bool green = flag.kind == SignalKind::green;
            evidence += wxString("<p><font color=\"") + (green ? "#1b6e2a" : "#a0281a") + "\">" +
                        (green ? _("Green flag:") : _("Red flag:")) + "</font> " + Text(flag.text) + "</p>";
        }
        for (const auto& note : r.notes)
            evidence += "<p>" + (note.question.empty() ? wxString() : "<i>" + Text(note.question) + "</i><br>") +
                        Text(note.text) + "</p>";
        if (evidence.empty())
            evidence = Muted(_("no notes"));
        html += "<tr><td valign=\"top\" width=\"18%\">" + Text(r.interviewer) + "</td><td valign=\"top\" width=\"30%\">" +
                rating + "</td><td valign=\"top\">" + evidence + "</td></tr>";
    }
    return html + "</table>";
}

} // namespace

DebriefView::DebriefView(wxWindow* parent, wxWindowID id)
    : wxHtmlWindow(parent, id, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO) {}

void DebriefView::Show(const Debrief* debrief, const CandidateResult* shown, std::size_t selected) {
    wxString html = "<html><body>";
    if (!debrief || !shown)
        html += "<p>" + _("Select a candidate in the table to hold their debrief: every interviewer's rating, anchor, "
                          "flags and notes, where the panel disagrees first.") +
                "</p>";
    else {
        html += Header(*debrief, *shown, selected) + Recommendations(*debrief) + RedFlags(*debrief);
        for (const auto& competency : debrief->competencies)
            html += Competency(competency);
    }
    html += "</body></html>";
    html_ = html;
    SetPage(html);
}

} // namespace extramile::app
