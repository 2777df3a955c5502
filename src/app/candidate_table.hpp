// The candidates of a comparison as a sortable table: total, each
// competency's mean, the panel size and the flags. Virtual, so a folder of
// thousands of scorecards fills it at once.
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

    // The column of a competency (by rubric order), for tests and sorting.
    static int CompetencyColumn(int competency_index) { return kFirstCompetencyColumn + competency_index; }

private:
    static constexpr int kFirstCompetencyColumn = 5;

    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;
    void OnColumnClick(wxListEvent& event);
    void ApplySort();
    int FlagsColumn() const;

    const Rubric* rubric_ = nullptr;
    const Comparison* comparison_ = nullptr;
    std::vector<int> rows_; // candidate indexes in display order
    int sort_column_ = 0;
    bool ascending_ = true;
    mutable wxItemAttr below_bar_;
};

} // namespace extramile::app
