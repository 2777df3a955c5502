#include "notice_bar.hpp"

#include "accessibility.hpp"

#include <wx/bmpbuttn.h>

namespace extramile::app {

NoticeBar::NoticeBar(wxWindow* parent) : wxInfoBarGeneric(parent) {
    for (std::size_t i = 0; i < ids_.size(); ++i) {
        ids_[i] = wxWindow::NewControlId();
        // Bound after wxInfoBarGeneric's own handler, so called first: the
        // bar stays until the choice says otherwise.
        Bind(wxEVT_BUTTON, [this, i](wxCommandEvent&) { Choose(i); }, ids_[i]);
    }
    // The bar's own close button is a picture: say what it does.
    for (auto* child : GetChildren())
        if (auto* close = dynamic_cast<wxBitmapButton*>(child))
            a11y::SetName(*close, _("Close this notice"));
}

void NoticeBar::Notify(const wxString& message, int icon, const std::vector<wxString>& choices,
                       std::function<void(std::size_t)> on_choice) {
    for (auto id : ids_)
        if (HasButtonId(id))
            RemoveButton(id);
    choices_.assign(choices.begin(), choices.begin() + std::min(choices.size(), ids_.size()));
    for (std::size_t i = 0; i < choices_.size(); ++i)
        AddButton(ids_[i], choices_[i]);
    on_choice_ = std::move(on_choice);
    message_ = message;
    ShowMessage(message, icon);
}

void NoticeBar::Clear() {
    for (auto id : ids_)
        if (HasButtonId(id))
            RemoveButton(id);
    choices_.clear();
    on_choice_ = {};
    message_.clear();
    if (IsShown())
        Dismiss();
}

void NoticeBar::Choose(std::size_t index) {
    if (index >= choices_.size() || !on_choice_)
        return;
    auto chosen = on_choice_; // the choice may show another notice, replacing this one
    chosen(index);
}

} // namespace extramile::app
