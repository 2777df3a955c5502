// The bar at the top of a window for what the user must know or decide
// (a save that failed, a change made outside, who holds the scorecard):
// non-modal, so typing goes on, with up to four choices. Its handlers are
// bound once; showing a notice replaces the choices of the one before.
#pragma once

#include <wx/infobar.h> // declares wxInfoBarGeneric (and the native one)

#include <array>
#include <functional>
#include <vector>

namespace extramile::app {

class NoticeBar : public wxInfoBarGeneric {
public:
    explicit NoticeBar(wxWindow* parent);

    // `on_choice` gets the index of the choice made in `choices`.
    void Notify(const wxString& message, int icon, const std::vector<wxString>& choices = {},
                std::function<void(std::size_t)> on_choice = {});
    void Clear();
    // For tests: what is shown.
    const wxString& Message() const { return message_; }
    const std::vector<wxString>& Choices() const { return choices_; }
    void Choose(std::size_t index); // as a click on that choice

private:
    std::array<wxWindowID, 4> ids_{};
    std::vector<wxString> choices_;
    wxString message_;
    std::function<void(std::size_t)> on_choice_;
};

} // namespace extramile::app
