// Green and red flags of a competency, to tick as they show in the answers.
// They are cues pointing to a level, not scores of their own.
#pragma once

#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <wx/panel.h>

#include <functional>
#include <vector>

class wxCheckBox;

namespace extramile::app {

class FlagList : public wxPanel {
public:
    using OnToggle = std::function<void(SignalKind kind, int index, bool on)>;
    FlagList(wxWindow* parent, OnToggle on_toggle);

    void Show(const Competency& competency, const Scorecard& scorecard, const std::string& language, int width);
    void SetReadOnly(bool read_only);

private:
    OnToggle on_toggle_;
    std::vector<wxCheckBox*> boxes_;
};

} // namespace extramile::app
