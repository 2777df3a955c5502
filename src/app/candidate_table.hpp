// The candidates of a comparison as a sortable table: rank, id, name, role,
// panel, total, the total adjusted for interviewer severity, coverage, each
// competency's mean, the largest spread, the recommendations, the decision
// recorded and the flags. Virtual, so a folder of thousands of
// scorecards fills it at once. Competency headers are numbered and short
// (the legend under the table names them in full).
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <wx/listctrl.h>

#include <string>
#include <vector>

namespace extramile::app {

class CandidateTable : public wxListCtrl {
public:
    explicit CandidateTable(wxWindow* parent, wxWindowID id = wxID_ANY);

    // Shows the candidates of `comparison` whose role is `role` (all when
    // empty). Both objects must outlive the table or the next call.
    void Show(const Rubric& rubric, const Comparison& comparison, const std::string& language,
              const std::string& role);
    void SortBy(int column, bool ascending);
    int SortColumn() const { return sort_column_; }
    bool SortAscending() const { return ascending_; }

    // Indexes into comparison.candidates, in table order.
    std::vector<int> SelectedCandidates() const;
    std::vector<int> ShownCandidates() const { return rows_; }
    void SelectCandidates(const std::vector<int>& candidates);

    // `adjusted_total` sits beside `total`, never in its place: the raw total
    // ranks, the adjusted one (calibration.hpp) is there to compare with it.
    enum Column { rank, id, name, role, interviewers, total, adjusted_total, coverage, first_competency };
    // The column of a competency (by rubric order), and of what follows them.
    static int CompetencyColumn(int competency_index) { return first_competency + competency_index; }
    int SpreadColumn() const { return first_competency + Competencies(); }
    int RecommendedColumn() const { return SpreadColumn() + 1; }
    int DecisionColumn() const { return SpreadColumn() + 2; }
    int FlagsColumn() const { return SpreadColumn() + 3; }
    // "1 Disinterested generosity · 2 Going the extra mile ...": what the
    // numbered headers stand for, and what "Adjusted" is.
    wxString Legend(const std::string& language) const;

private:
    int Competencies() const { return rubric_ ? static_cast<int>(rubric_->competencies.size()) : 0; }

    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;
    void OnColumnClick(wxListEvent& event);
    void ApplySort();

    const Rubric* rubric_ = nullptr;
    const Comparison* comparison_ = nullptr;
    std::vector<int> rows_; // candidate indexes in display order
    std::vector<int> ranks_; // by candidate index: its rank among those shown
    int sort_column_ = 0;
    bool ascending_ = true;
    mutable wxItemAttr below_bar_;
    mutable wxItemAttr incomplete_;
};

} // namespace extramile::app
