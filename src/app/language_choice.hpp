// A choice of language, filled from core's one table of languages.
#pragma once

#include <wx/string.h>

class wxChoice;

namespace extramile::app {

// Each language by its native name; with `follow_system`, first an entry
// "As the system" whose code is "".
void FillLanguageChoice(wxChoice& choice, bool follow_system);
void SelectLanguage(wxChoice& choice, const wxString& code, bool follow_system);
wxString ChosenLanguage(const wxChoice& choice, bool follow_system);

} // namespace extramile::app
