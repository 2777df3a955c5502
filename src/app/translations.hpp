// The app in the user's language: gettext catalogs (po/) loaded through
// wxTranslations, in the language chosen in the preferences, else the
// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
#pragma once

#include <wx/string.h>

namespace extramile::app {

// Call once, after the preferences are readable and before any window.
// `language` (from --lang) wins over the preference for this run.
void SetUpTranslations(const wxString& language = {});

} // namespace extramile::app
