#include "flag_list.hpp"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace extramile::app {

FlagList::FlagList(wxWindow* parent, OnToggle on_toggle) : wxPanel(parent), on_toggle_(std::move(on_toggle)) {}

void FlagList::Show(const Competency& competency, const Scorecard& scorecard, const std::string& language,
                    int row_width) {
    Freeze();
    DestroyChildren();
    boxes_.clear();
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    const int width = std::max(FromDIP(160), row_width / 2 - FromDIP(40));
    for (auto kind : {SignalKind::green, SignalKind::red}) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        auto* heading = new wxStaticText(this, wxID_ANY, kind == SignalKind::green ? _("Green flags") : _("Red flags"));
        heading->SetFont(heading->GetFont().Bold());
        // Colour helps, but the heading says it too: never colour alone.
        heading->SetForegroundColour(kind == SignalKind::green ? wxColour(30, 110, 50) : wxColour(170, 40, 30));
        column->Add(heading, 0, wxBOTTOM, FromDIP(2));
        int index = 0;
        for (const auto& signal : competency.signals) {
            if (signal.kind != kind)
                continue;
            auto text = wxString::FromUTF8(signal.text.get(language).c_str());
            // A check box label cannot wrap, so the text sits beside the box;
            // clicking it toggles the box like a label would.
            auto* line = new wxBoxSizer(wxHORIZONTAL);
            auto* box = new wxCheckBox(this, wxID_ANY, wxString());
            box->SetName(text); // what screen readers announce
            box->SetValue(scorecard.is_flagged(competency.id, kind, index));
            box->Bind(wxEVT_CHECKBOX, [this, kind, index](wxCommandEvent& e) { on_toggle_(kind, index, e.IsChecked()); });
            auto* label = new wxStaticText(this, wxID_ANY, text);
            label->Wrap(width);
            label->Bind(wxEVT_LEFT_DOWN, [this, box, kind, index](wxMouseEvent&) {
                if (!box->IsEnabled())
                    return;
                box->SetValue(!box->GetValue());
                on_toggle_(kind, index, box->GetValue());
            });
            line->Add(box, 0, wxRIGHT | wxALIGN_TOP, FromDIP(4));
            line->Add(label, 1);
            column->Add(line, 0, wxTOP | wxEXPAND, FromDIP(2));
            boxes_.push_back(box);
            ++index;
        }
        if (index > 0) {
            columns->Add(column, 1, wxRIGHT | wxEXPAND, FromDIP(12));
        } else { // a competency without flags of this kind shows no empty heading
            heading->Destroy();
            delete column;
        }
    }
    SetSizer(columns, true);
    InvalidateBestSize();
    Layout();
    Thaw();
}

void FlagList::SetReadOnly(bool read_only) {
    for (auto* box : boxes_)
        box->Enable(!read_only);
}

} // namespace extramile::app
