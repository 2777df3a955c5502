#include "flag_list.hpp"

#include "accessibility.hpp"
#include "readable_colour.hpp"
#include "wx_text.hpp"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textwrapper.h>

#include <algorithm>

namespace extramile::app {

namespace {

// wxTextWrapper does the measuring; this collects its lines into one label.
class LineJoiner : public wxTextWrapper {
public:
    wxString lines;

protected:
    void OnOutputLine(const wxString& line) override { lines += line; }
    void OnNewLine() override { lines += '\n'; }
};

wxString WrappedLines(wxWindow* window, const wxString& text, int width) {
    LineJoiner joiner;
    joiner.Wrap(window, text, width);
    return joiner.lines;
}

} // namespace

FlagList::FlagList(wxWindow* parent, OnToggle on_toggle) : wxPanel(parent), on_toggle_(std::move(on_toggle)) {}

void FlagList::Show(const Competency& competency, const Scorecard& scorecard, const std::string& language,
                    int row_width) {
    Freeze();
    DestroyChildren();
    boxes_.clear();
    // Green beside red when both fit a readable width, else one under the other.
    const int gap = FromDIP(12);
    const bool side_by_side = row_width >= 2 * FromDIP(260) + gap;
    auto* columns = new wxBoxSizer(side_by_side ? wxHORIZONTAL : wxVERTICAL);
    // The box and its spacing, left of the text, as the theme draws them.
    auto* probe = new wxCheckBox(this, wxID_ANY, "x");
    const int check_room = probe->GetBestSize().x - probe->GetTextExtent("x").x + FromDIP(2);
    probe->Destroy();
    const int width = std::max(FromDIP(120), (side_by_side ? (row_width - 2 * gap) / 2 : row_width) - check_room);
    for (auto kind : {SignalKind::green, SignalKind::red}) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        auto* heading = new wxStaticText(this, wxID_ANY, kind == SignalKind::green ? _("Green flags") : _("Red flags"));
        heading->SetFont(heading->GetFont().Bold());
        // Colour helps, but the heading says it too: never colour alone.
        heading->SetForegroundColour(ReadableOn(kind == SignalKind::green ? wxColour(30, 110, 50) : wxColour(170, 40, 30),
                                                GetBackgroundColour()));
        column->Add(heading, 0, wxBOTTOM, FromDIP(2));
        int index = 0;
        for (const auto& signal : competency.signals) {
            if (signal.kind != kind)
                continue;
            auto text = FromUtf8(signal.text.get(language));
            // A check box label does not wrap by itself: break it into lines
            // that fit, so the whole flag reads and clicking it toggles the box.
            auto* box = new wxCheckBox(this, wxID_ANY, WrappedLines(this, text, width));
            box->SetValue(scorecard.is_flagged(competency.id, kind, index));
            box->Bind(wxEVT_CHECKBOX, [this, kind, index](wxCommandEvent& e) { on_toggle_(kind, index, e.IsChecked()); });
            column->Add(box, 0, wxTOP | wxEXPAND, FromDIP(2));
            a11y::LabelledBy(*box, *heading); // every flag, not only the first, is under its heading
            boxes_.push_back(box);
            ++index;
        }
        if (index > 0) {
            columns->Add(column, side_by_side ? 1 : 0, (side_by_side ? wxRIGHT : wxBOTTOM) | wxEXPAND, gap);
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
