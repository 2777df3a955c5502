#include "numbered_item.hpp"

#include <wx/control.h>

namespace extramile::app {

wxString NumberedItem(int number, const wxString& text, const wxString& shortcut) {
    return wxString::Format("&%d %s\t%s", number, wxControl::EscapeMnemonics(text), shortcut);
}

} // namespace extramile::app
