#include "flag_list.hpp"

#include "accessibility.hpp"

#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textwrapper.h>

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
