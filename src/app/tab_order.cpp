#include "tab_order.hpp"

#include <wx/window.h>

#include <utility>
#include <vector>

namespace extramile::app {

namespace {

// `window` and its parents up to its top-level window, nearest first.
std::vector<wxWindow*> Ancestry(wxWindow* window) {
    std::vector<wxWindow*> chain;
    for (; window; window = window->IsTopLevel() ? nullptr : window->GetParent())
        chain.push_back(window);
    return chain;
}

// The children of the nearest common parent that hold `a` and `b`, or nulls.
std::pair<wxWindow*, wxWindow*> Siblings(wxWindow* a, wxWindow* b) {
    const auto from_a = Ancestry(a);
    const auto from_b = Ancestry(b);
    for (size_t i = 0; i + 1 < from_a.size(); ++i)
        for (size_t j = 0; j + 1 < from_b.size(); ++j)
            if (from_a[i + 1] == from_b[j + 1])
                return {from_a[i], from_b[j]};
    return {nullptr, nullptr};
}

} // namespace

void SetTabOrder(std::initializer_list<wxWindow*> windows) {
    wxWindow* previous = nullptr;
    for (wxWindow* window : windows) {
        if (!window)
            continue;
        if (previous)
            if (auto [before, after] = Siblings(previous, window); before && after && before != after)
                after->MoveAfterInTabOrder(before);
        previous = window;
    }
}

} // namespace extramile::app
