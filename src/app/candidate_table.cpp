#include "candidate_table.hpp"

#include "wx_text.hpp"

#include <wx/settings.h>

#include <algorithm>
#include <optional>

namespace extramile::app {

namespace {

wxString Number(const std::optional<double>& value, int decimals) {
    return value ? wxString::FromDouble(*value, decimals) : wxString(wxS("\u2014"));
}

// The flags core sets, in words an HR person reads at a glance.
wxString FlagText(const std::string& flag, const CandidateResult& candidate) {
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
    return FromUtf8(flag);
}

// Missing values sort last whichever way the column is sorted.
int CompareOptional(const std::optional<double>& a, const std::optional<double>& b, bool ascending) {
    if (!a || !b)
        return a ? -1 : (b ? 1 : 0);
    if (*a == *b)
        return 0;
    return (*a < *b) == ascending ? -1 : 1;
}

} // namespace

CandidateTable::CandidateTable(wxWindow* parent, wxWindowID id)
    : wxListCtrl(parent, id, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_HRULES) {
    below_bar_.SetBackgroundColour(wxColour(253, 226, 222));
    below_bar_.SetTextColour(wxColour(60, 20, 10));
    Bind(wxEVT_LIST_COL_CLICK, &CandidateTable::OnColumnClick, this);
}

int CandidateTable::FlagsColumn() const {
    return kFirstCompetencyColumn + static_cast<int>(rubric_ ? rubric_->competencies.size() : 0);
}

void CandidateTable::Show(const Rubric& rubric, const Comparison& comparison, const std::string& language,
                          const std::string& role) {
    const auto selected = comparison_ == &comparison ? SelectedCandidates() : std::vector<int>{};
    rubric_ = &rubric;
    comparison_ = &comparison;
    rows_.clear();
    for (int i = 0; i < static_cast<int>(comparison.candidates.size()); ++i)
        if (role.empty() || comparison.candidates[i].role == role)
            rows_.push_back(i);

    ClearAll();
    AppendColumn(_("Rank"), wxLIST_FORMAT_RIGHT, FromDIP(50));
    AppendColumn(_("Candidate"), wxLIST_FORMAT_LEFT, FromDIP(170));
    AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, FromDIP(120));
    AppendColumn(_("Interviewers"), wxLIST_FORMAT_RIGHT, FromDIP(90));
    AppendColumn(_("Total"), wxLIST_FORMAT_RIGHT, FromDIP(60));
    for (const auto& c : rubric.competencies)
        AppendColumn(FromUtf8(c.name.get(language)), wxLIST_FORMAT_RIGHT, FromDIP(110));
    AppendColumn(_("Flags"), wxLIST_FORMAT_LEFT, FromDIP(260));
    SetItemCount(static_cast<long>(rows_.size()));
    ApplySort();
    SelectCandidates(selected);
}

void CandidateTable::SortBy(int column, bool ascending) {
    sort_column_ = column;
    ascending_ = ascending;
    ApplySort();
}

void CandidateTable::OnColumnClick(wxListEvent& event) {
    const int column = event.GetColumn();
    if (column < 0)
        return;
    // A first click on a number sorts the best first; a second click reverses.
    const bool numeric = column == 0 || column >= 3;
    const bool ascending = column == sort_column_ ? !ascending_ : (column == 0 || !numeric);
    SortBy(column, ascending);
}

void CandidateTable::ApplySort() {
    if (!comparison_)
        return;
    const auto selected = SelectedCandidates();
    const auto& candidates = comparison_->candidates;
    const int column = sort_column_;
    const bool ascending = ascending_;
    auto text_order = [&](const wxString& a, const wxString& b) {
        const int order = a.CmpNoCase(b);
        return ascending ? order < 0 : order > 0;
    };
    std::stable_sort(rows_.begin(), rows_.end(), [&](int a, int b) {
        const auto& ca = candidates[a];
        const auto& cb = candidates[b];
        switch (column) {
        case 0:
            return ascending ? a < b : a > b; // comparison order is the rank
        case 1:
            return text_order(FromUtf8(ca.name), FromUtf8(cb.name));
        case 2:
            return text_order(FromUtf8(ca.role), FromUtf8(cb.role));
        case 3:
            return CompareOptional(double(ca.interviewers.size()), double(cb.interviewers.size()), ascending) < 0;
        case 4:
            return CompareOptional(ca.total, cb.total, ascending) < 0;
        default:
            break;
        }
        if (column == FlagsColumn())
            return ascending ? ca.flags.size() < cb.flags.size() : ca.flags.size() > cb.flags.size();
        const auto& id = rubric_->competencies.at(column - kFirstCompetencyColumn).id;
        return CompareOptional(ca.competencies.at(id).mean, cb.competencies.at(id).mean, ascending) < 0;
    });
    ShowSortIndicator(sort_column_, ascending_);
    SelectCandidates(selected);
    Refresh();
}

wxString CandidateTable::OnGetItemText(long item, long column) const {
    if (!comparison_ || item < 0 || item >= static_cast<long>(rows_.size()))
        return {};
    const int index = rows_[item];
    const auto& c = comparison_->candidates[index];
    switch (column) {
    case 0:
        return wxString::Format("%d", index + 1);
    case 1:
        return FromUtf8(c.name);
    case 2:
        return FromUtf8(c.role);
    case 3:
        return wxString::Format("%zu", c.interviewers.size());
    case 4:
        return Number(c.total, 1);
    default:
        break;
    }
    if (column == FlagsColumn()) {
        wxString flags;
        for (const auto& flag : c.flags)
            flags += (flags.empty() ? "" : "; ") + FlagText(flag, c);
        return flags;
    }
    const auto& result = c.competencies.at(rubric_->competencies.at(column - kFirstCompetencyColumn).id);
    wxString text = Number(result.mean, 2);
    // Marks explained in the legend under the table.
    if (result.below_minimum)
        text += wxS(" \u25BC");
    if (result.disagreement)
        text += wxS(" \u2260");
    return text;
}

wxItemAttr* CandidateTable::OnGetItemAttr(long item) const {
    if (!comparison_ || item < 0 || item >= static_cast<long>(rows_.size()))
        return nullptr;
    const auto& flags = comparison_->candidates[rows_[item]].flags;
    const bool below = std::find(flags.begin(), flags.end(), "below-minimum") != flags.end();
    return below ? &below_bar_ : nullptr;
}

std::vector<int> CandidateTable::SelectedCandidates() const {
    std::vector<int> out;
    for (long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); item != -1;
         item = GetNextItem(item, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED))
        if (item < static_cast<long>(rows_.size()))
            out.push_back(rows_[item]);
    return out;
}

void CandidateTable::SelectCandidates(const std::vector<int>& candidates) {
    for (long item = 0; item < static_cast<long>(rows_.size()); ++item) {
        const bool on = std::find(candidates.begin(), candidates.end(), rows_[item]) != candidates.end();
        SetItemState(item, on ? wxLIST_STATE_SELECTED : 0, wxLIST_STATE_SELECTED);
    }
}

} // namespace extramile::app
