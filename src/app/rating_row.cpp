#include "rating_row.hpp"

#include "accessibility.hpp"

#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/tglbtn.h>

namespace extramile::app {

namespace {
wxString Text(const std::string& s) { return wxString::FromUTF8(s.c_str()); }
}

RatingRow::RatingRow(wxWindow* parent, std::function<void(RatingChoice)> on_choice)
    : wxPanel(parent), on_choice_(std::move(on_choice)) {}

void RatingRow::Show(const Scale& scale, const Competency& competency, const std::string& language, int row_width) {
    Freeze();
    DestroyChildren();
    buttons_.clear();
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    const int columns = scale.points() + 1;
    // Each column gets an equal share; the anchors wrap inside it.
    const int width = std::max(FromDIP(90), (row_width - FromDIP(8) * columns) / columns);
    auto add_column = [&](RatingChoice choice, const wxString& label, const wxString& anchor) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        auto* button = new wxToggleButton(this, wxID_ANY, label);
        column->Add(button, 0, wxEXPAND);
        auto* text = new wxStaticText(this, wxID_ANY, anchor);
        text->SetFont(GetFont().Smaller());
        text->Wrap(width);
        column->Add(text, 0, wxTOP | wxEXPAND, FromDIP(4));
        a11y::DescribedBy(*button, *text); // the anchor is read with its button, and names no other
        row->Add(column, 1, wxRIGHT | wxEXPAND, FromDIP(8));
        button->Bind(wxEVT_TOGGLEBUTTON, [this, choice](wxCommandEvent&) { Choose(choice); });
        buttons_.emplace_back(choice, button);
    };
    for (int v = scale.min; v <= scale.max; ++v) {
        wxString label = wxString::Format("%d", v);
        if (auto it = scale.labels.find(v); it != scale.labels.end())
            label += " · " + Text(it->second.get(language));
        auto anchor = competency.anchors.count(v) ? Text(competency.anchors.at(v).get(language)) : wxString();
        add_column({true, v}, label, anchor);
    }
    const auto na_label = scale.not_assessable.empty() ? _("Not assessable")
                                                       : Text(scale.not_assessable.get(language));
    add_column({true, std::nullopt}, "0 · " + na_label, Text(competency.not_assessable_anchor.get(language)));
    SetSizer(row, true);
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
