// The app in the user's language: gettext catalogs (po/) loaded through
// wxTranslations, in the language chosen in the preferences, else the
// system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
#pragma once

namespace extramile::app {

// Call once, after the preferences are readable and before any window.
void SetUpTranslations();

} // namespace extramile::app
