// The rating row: one button per scale point with its label, and under each
// the anchor's full text, always in view; "not assessable" last.
#pragma once

#include "core/model/rubric.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxToggleButton;

namespace extramile::app {

// What the interviewer chose: nothing yet, a scale point, or "na".
struct RatingChoice {
    bool rated = false;
    std::optional<int> value; // nullopt with rated: not assessable
    bool operator==(const RatingChoice&) const = default;
};

class RatingRow : public wxPanel {
public:
    RatingRow(wxWindow* parent, std::function<void(RatingChoice)> on_choice);

    void Show(const Scale& scale, const Competency& competency, const std::string& language, int width);
    void SetChoice(RatingChoice choice);
    void SetReadOnly(bool read_only);

private:
    void Choose(RatingChoice choice);
    std::function<void(RatingChoice)> on_choice_;
    std::vector<std::pair<RatingChoice, wxToggleButton*>> buttons_;
};

} // namespace extramile::app
