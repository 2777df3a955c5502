// Help > User guide (F1): the guide rendered at build time from README.md
// (docs/CMakeLists.txt), shown in a window of its own with wx's HTML view,
// in the UI's language where a translated guide exists, else in English.
// No browser, no network: it works on a laptop offline in an interview room.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace extramile::app {

// The guide's first page for `language` ("es": index.es.html, else
// index.html), from the first folder that has one: $EXTRAMILE_HELP_PATH,
// the build tree's help/ beside the program, the installed
// share/doc/extramile/html. Empty when there is none.
wxString FindUserGuide(const wxString& language);
// Opens (or raises) the guide's window; says so when no guide is installed.
void ShowUserGuide(wxWindow* parent);
// The guide's window is a reader's aid beside the others: it does not keep
// the start page away when the last interview closes.
bool IsUserGuide(const wxWindow* window);

} // namespace extramile::app
