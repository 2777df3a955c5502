#include "result_words.hpp"

#include "wx_text.hpp"

#include <wx/intl.h>

#include <cmath>

namespace extramile::app {

wxString FlagText(const std::string& flag, const CandidateResult& candidate) {
    if (flag == "incomplete")
        return wxString::Format(_("incomplete (%d%% of the rubric rated)"),
                                static_cast<int>(std::lround(100 * candidate.coverage)));
    if (flag == "minimum-not-assessed")
        return _("a minimum bar not assessed");
    if (flag == "split-recommendation")
        return _("split panel: strong yes and strong no");
    if (flag == "sync-conflict")
        return _("a sync copy decided a score");
    if (flag == "drafts-included")
        return wxString::Format(wxPLURAL("%d draft counted", "%d drafts counted", candidate.drafts_included),
                                candidate.drafts_included);
    if (flag == "below-minimum")
        return _("below a minimum bar");
    if (flag == "disagreement")
        return _("interviewers disagree");
    if (flag == "drafts-excluded")
        return wxString::Format(wxPLURAL("%d draft left out", "%d drafts left out", candidate.drafts_excluded),
                                candidate.drafts_excluded);
    if (flag == "rubric-changed")
        return _("rubric changed since scoring");
    if (flag == "rubric-unverified")
        return _("rubric version not recorded");
    if (flag == "decided-on-changed-evidence")
        return _("decided on evidence that has changed since");
    return FromUtf8(flag);
}

wxString RecommendationText(Recommendation recommendation) {
    switch (recommendation) {
    case Recommendation::strong_no:
        return _("strong no");
    case Recommendation::no:
        return _("no");
    case Recommendation::yes:
        return _("yes");
    case Recommendation::strong_yes:
        break;
    }
    return _("strong yes");
}

wxString OutcomeText(Outcome outcome) {
    switch (outcome) {
    case Outcome::hire:
        return _("hire");
    case Outcome::no_hire:
        return _("no hire");
    case Outcome::hold:
        return _("hold");
    case Outcome::next_stage:
        break;
    }
    return _("next stage");
}

wxString DecisionText(const CandidateResult& candidate) {
    if (!candidate.decision)
        return {};
    const auto& d = *candidate.decision;
    const wxString outcome = d.outcome ? OutcomeText(*d.outcome) : _("no outcome yet");
    return d.is_final() ? wxString::Format(_("%s (final)"), outcome) : wxString::Format(_("%s (draft)"), outcome);
}

} // namespace extramile::app
