#include "candidate_table.hpp"

#include "result_words.hpp"
#include "wx_text.hpp"

#include "core/scoring/ranking.hpp"

#include <wx/settings.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace extramile::app {

namespace {

wxString Number(const std::optional<double>& value, int decimals) {
    return value ? wxString::FromDouble(*value, decimals) : wxString(wxS("\u2014"));
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
    // Incomplete candidates: listed after the complete ones, in grey-blue.
    incomplete_.SetTextColour(wxColour(70, 80, 110));
    Bind(wxEVT_LIST_COL_CLICK, &CandidateTable::OnColumnClick, this);
}

// A header that never breaks a word: the competency's number and its
// first word, shortened; the legend says the rest.
wxString ShortHeader(int number, const wxString& name) {
    auto first = name.BeforeFirst(' ');
    if (first.length() > 12)
        first = first.Left(11) + wxS("\u2026");
    else if (first.length() < name.length())
        first += wxS("\u2026");
    return wxString::Format("%d %s", number, first);
}

// "2 SY · 1 Y · 1 N": the recommendations, strongest first.
wxString Recommended(const CandidateResult& c) {
    const Recommendation strongest_first[] = {Recommendation::strong_yes, Recommendation::yes, Recommendation::no,
                                              Recommendation::strong_no};
    wxString out;
    for (const auto value : strongest_first)
        if (const int n = c.recommendation_counts[static_cast<std::size_t>(value)]; n > 0)
            out += (out.empty() ? wxString() : wxString(wxS(" \u00b7 "))) +
                   wxString::Format("%d %s", n, RecommendationText(value));
    return out.empty() ? wxString(wxS("\u2014")) : out;
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
    // Ranks among the candidates shown (a role filter ranks within it),
    // tied candidates sharing one (ranking.hpp).
    std::vector<const CandidateResult*> shown;
    for (const int i : rows_)
        shown.push_back(&comparison.candidates[i]);
    const auto ranks = competition_ranks(shown);
    ranks_.assign(comparison.candidates.size(), 0);
    for (std::size_t at = 0; at < rows_.size(); ++at)
        ranks_[rows_[at]] = ranks[at];

    ClearAll();
    AppendColumn(_("Rank"), wxLIST_FORMAT_RIGHT, FromDIP(52));
    AppendColumn(_("Id"), wxLIST_FORMAT_LEFT, FromDIP(64));
    AppendColumn(_("Candidate"), wxLIST_FORMAT_LEFT, FromDIP(150));
    AppendColumn(_("Role"), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(_("Panel"), wxLIST_FORMAT_RIGHT, FromDIP(50));
    AppendColumn(_("Total"), wxLIST_FORMAT_RIGHT, FromDIP(54));
    AppendColumn(_("Adjusted"), wxLIST_FORMAT_RIGHT, FromDIP(72));
    AppendColumn(_("Rated"), wxLIST_FORMAT_RIGHT, FromDIP(56));
    for (std::size_t i = 0; i < rubric.competencies.size(); ++i)
        AppendColumn(ShortHeader(static_cast<int>(i) + 1, FromUtf8(rubric.competencies[i].name.get(language))),
                     wxLIST_FORMAT_RIGHT, FromDIP(88));
    AppendColumn(_("Spread"), wxLIST_FORMAT_RIGHT, FromDIP(54));
    AppendColumn(_("Recommended"), wxLIST_FORMAT_LEFT, FromDIP(150));
    AppendColumn(_("Decision"), wxLIST_FORMAT_LEFT, FromDIP(110));
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

wxString CandidateTable::Legend(const std::string& language) const {
    if (!rubric_)
        return {};
    wxString out;
    for (std::size_t i = 0; i < rubric_->competencies.size(); ++i)
        out += (out.empty() ? wxString() : wxString(wxS("   "))) + wxString::Format("%zu %s", i + 1,
                                                               FromUtf8(rubric_->competencies[i].name.get(language)));
    return out + "\n" + _("Adjusted: the total with each interviewer's severity offset taken out (see "
                          "Interviewers); — where an interviewer has none.");
}

void CandidateTable::OnColumnClick(wxListEvent& event) {
    const int column = event.GetColumn();
    if (column < 0)
        return;
    // A first click on a number sorts the best first (the largest spread
    // first: where the panel disagrees); a second click reverses.
    const bool numeric = column == rank || column >= interviewers;
    const bool ascending = column == sort_column_ ? !ascending_ : (column == rank || !numeric);
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
        case rank:
            return ascending ? a < b : a > b; // comparison order is the rank
        case Column::id:
            return text_order(FromUtf8(ca.id), FromUtf8(cb.id));
        case name:
            return text_order(FromUtf8(ca.name), FromUtf8(cb.name));
        case role:
            return text_order(FromUtf8(ca.role), FromUtf8(cb.role));
        case interviewers:
            return CompareOptional(double(ca.interviewers.size()), double(cb.interviewers.size()), ascending) < 0;
        case total:
            return CompareOptional(ca.total, cb.total, ascending) < 0;
        case adjusted_total:
            return CompareOptional(ca.adjusted_total, cb.adjusted_total, ascending) < 0;
        case coverage:
            return CompareOptional(ca.coverage, cb.coverage, ascending) < 0;
        default:
            break;
        }
        const auto as_double = [](const std::optional<int>& v) {
            return v ? std::optional<double>(*v) : std::nullopt;
        };
        if (column == SpreadColumn())
            return CompareOptional(as_double(ca.largest_spread), as_double(cb.largest_spread), ascending) < 0;
        if (column == RecommendedColumn()) {
            // By the share of yes and strong yes.
            const auto share = [](const CandidateResult& c) -> std::optional<double> {
                const auto& n = c.recommendation_counts;
                const int all = n[0] + n[1] + n[2] + n[3];
                return all ? std::optional<double>(double(n[2] + 2 * n[3] - n[1] - 2 * n[0]) / all) : std::nullopt;
            };
            return CompareOptional(share(ca), share(cb), ascending) < 0;
        }
        if (column == DecisionColumn())
            return text_order(DecisionText(ca), DecisionText(cb));
        if (column == FlagsColumn())
            return ascending ? ca.flags.size() < cb.flags.size() : ca.flags.size() > cb.flags.size();
        const auto& id = rubric_->competencies.at(column - first_competency).id;
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
    case rank:
        return wxString::Format("%d", ranks_[index]);
    case Column::id:
        return FromUtf8(c.id);
    case name:
        return FromUtf8(c.name);
    case role:
        return FromUtf8(c.role);
    case interviewers:
        return wxString::Format("%zu", c.interviewers.size());
    case total:
        return Number(c.total, 1);
    case adjusted_total:
        return Number(c.adjusted_total, 1);
    case coverage:
        return wxString::Format("%d%%", static_cast<int>(std::lround(100 * c.coverage)));
    default:
        break;
    }
    if (column == SpreadColumn())
        return c.largest_spread ? wxString::Format("%d", *c.largest_spread) : wxString(wxS("\u2014"));
    if (column == RecommendedColumn())
        return Recommended(c);
    if (column == DecisionColumn())
        return DecisionText(c);
    if (column == FlagsColumn()) {
        wxString flags;
        for (const auto& flag : c.flags)
            flags += (flags.empty() ? "" : "; ") + FlagText(flag, c);
        return flags;
    }
    const auto& result = c.competencies.at(rubric_->competencies.at(column - first_competency).id);
    wxString text = Number(result.mean, 2);
    // Marks explained in the legend under the table.
    if (result.below_minimum)
        text += wxS(" \u25BC");
    if (result.disagreement)
        text += wxS(" \u2260");
    if (result.minimum_not_assessed)
        text += wxS(" ?");
    return text;
}

wxItemAttr* CandidateTable::OnGetItemAttr(long item) const {
    if (!comparison_ || item < 0 || item >= static_cast<long>(rows_.size()))
        return nullptr;
    const auto& c = comparison_->candidates[rows_[item]];
    if (c.has_flag("below-minimum"))
        return &below_bar_;
    return c.total && !c.complete() ? &incomplete_ : nullptr;
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
