// Side by side, competency by competency: what each interviewer rated the
// chosen candidates and the notes behind each rating, so the talk is about
// evidence, not impressions. In blind review the notes are shown with the
// candidates' names replaced by their codes.
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <wx/html/htmlwin.h>

#include <map>
#include <string>
#include <vector>

namespace extramile::app {

struct EvidenceInput {
    const Rubric& rubric;
    const Comparison& shown;    // as displayed (blind codes in blind review)
    const Comparison& original; // the same candidates in the same order, with names and files
    const std::map<std::filesystem::path, const Scorecard*>& scorecards; // by file
    std::vector<int> candidates; // indexes into both comparisons
    std::string language;
    bool blind = false;
    std::size_t selected = 0; // how many are selected, when more than `candidates` are shown
};

class EvidenceView : public wxHtmlWindow {
public:
    explicit EvidenceView(wxWindow* parent, wxWindowID id = wxID_ANY);
    void Show(const EvidenceInput& input);
    // The page as set, for tests and for copying.
    const wxString& Html() const { return html_; }

private:
    wxString html_;
};

// Text made safe to place in HTML.
wxString EscapeHtml(const wxString& text);

} // namespace extramile::app
