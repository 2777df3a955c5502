#include "rating_row.hpp"

#include "accessibility.hpp"
#include "wx_text.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

#include <algorithm>

namespace extramile::app {

RatingRow::RatingRow(wxWindow* parent, std::function<void(RatingChoice)> on_choice)
    : wxPanel(parent), on_choice_(std::move(on_choice)) {}

void RatingRow::Show(const Scale& scale, const Competency& competency, const std::string& language, int row_width) {
    Freeze();
    DestroyChildren();
    buttons_.clear();
    struct Column {
        RatingChoice choice;
        wxString label, anchor;
    };
    std::vector<Column> columns;
    for (int v = scale.min; v <= scale.max; ++v) {
        wxString label = wxString::Format("%d", v);
        if (auto it = scale.labels.find(v); it != scale.labels.end())
            label += " · " + FromUtf8(it->second.get(language));
        columns.push_back({{true, v}, label,
                           competency.anchors.count(v) ? FromUtf8(competency.anchors.at(v).get(language)) : wxString()});
    }
    const auto na_label = scale.not_assessable.empty() ? _("Not assessable") : FromUtf8(scale.not_assessable.get(language));
    columns.push_back({{true, std::nullopt}, "0 · " + na_label, FromUtf8(competency.not_assessable_anchor.get(language))});

    std::vector<wxToggleButton*> buttons;
    int widest = FromDIP(90);
    for (const auto& c : columns) {
        auto* button = new wxToggleButton(this, wxID_ANY, c.label);
        // Measured in bold, as the chosen one is drawn (see SetChoice).
        button->SetFont(GetFont().Bold());
        widest = std::max(widest, button->GetBestSize().x);
        button->SetFont(GetFont());
        buttons.push_back(button);
    }
    // As many columns as fit with every label whole; on a narrow window the
    // scale runs on a second row (balanced: 3 + 3, not 5 + 1).
    const int gap = FromDIP(8);
    const int n = static_cast<int>(columns.size());
    int per_row = std::clamp((row_width + gap) / (widest + gap), 1, n);
    const int rows = (n + per_row - 1) / per_row;
    per_row = (n + rows - 1) / rows;
    const int width = std::max(widest, (row_width - gap * (per_row - 1)) / per_row);
    auto* grid = new wxFlexGridSizer(per_row, FromDIP(10), gap);
    for (int i = 0; i < per_row; ++i)
        grid->AddGrowableCol(i, 1);
    for (int i = 0; i < n; ++i) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(buttons[i], 0, wxEXPAND);
        auto* text = new wxStaticText(this, wxID_ANY, columns[i].anchor);
        text->SetFont(GetFont().Smaller());
        text->Wrap(width);
        column->Add(text, 0, wxTOP | wxEXPAND, FromDIP(4));
        a11y::DescribedBy(*buttons[i], *text); // the anchor is read with its button, and names no other
        grid->Add(column, 1, wxEXPAND);
        const auto choice = columns[i].choice;
        buttons[i]->Bind(wxEVT_TOGGLEBUTTON, [this, choice](wxCommandEvent&) { Choose(choice); });
        buttons_.emplace_back(choice, buttons[i]);
    }
    SetSizer(grid, true);
    // New children need a layout of their own even when the row keeps its size.
    InvalidateBestSize();
    Layout();
    Thaw();
}

void RatingRow::SetChoice(RatingChoice choice) {
    // Some themes draw a pressed toggle faintly; bold makes the choice plain.
    for (auto& [c, button] : buttons_) {
        const bool chosen = choice.rated && c == choice;
        button->SetValue(chosen);
        button->SetFont(chosen ? GetFont().Bold() : GetFont());
    }
}

void RatingRow::SetReadOnly(bool read_only) {
    for (auto& [c, button] : buttons_)
        button->Enable(!read_only);
}

void RatingRow::Choose(RatingChoice choice) {
    // Pressing the chosen button again clears the rating.
    bool was_chosen = false;
    for (auto& [c, button] : buttons_)
        if (c == choice)
            was_chosen = !button->GetValue();
    RatingChoice result = was_chosen ? RatingChoice{} : choice;
    SetChoice(result);
    on_choice_(result);
}

} // namespace extramile::app
