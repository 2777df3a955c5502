// The label of a numbered menu item (a competency to go to, a tab): its
// number is its mnemonic, so it picks the item in the open menu as the
// shortcut does anywhere, and a '&' in the text (a rubric's name) is shown,
// not taken for a mnemonic.
#pragma once

#include <wx/string.h>

namespace extramile::app {

// "&3 Long-term trust\tAlt+3"; `number` 1 to 9.
wxString NumberedItem(int number, const wxString& text, const wxString& shortcut);

} // namespace extramile::app
