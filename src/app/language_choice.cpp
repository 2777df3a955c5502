#include "language_choice.hpp"

#include "wx_text.hpp"

#include "core/base/languages.hpp"

#include <wx/choice.h>

namespace extramile::app {

void FillLanguageChoice(wxChoice& choice, bool follow_system) {
    choice.Clear();
    if (follow_system)
        choice.Append(_("As the system"));
    for (const auto& language : languages)
        choice.Append(FromUtf8(std::string(language.native_name)));
    choice.SetSelection(0);
}

void SelectLanguage(wxChoice& choice, const wxString& code, bool follow_system) {
    const int offset = follow_system ? 1 : 0;
    for (std::size_t i = 0; i < languages.size(); ++i)
        if (code == FromUtf8(std::string(languages[i].code))) {
            choice.SetSelection(static_cast<int>(i) + offset);
            return;
        }
    choice.SetSelection(0);
}

wxString ChosenLanguage(const wxChoice& choice, bool follow_system) {
    const int index = choice.GetSelection() - (follow_system ? 1 : 0);
    if (index < 0 || index >= static_cast<int>(languages.size()))
        return follow_system ? wxString() : FromUtf8(std::string(fallback_language));
    return FromUtf8(std::string(languages[static_cast<std::size_t>(index)].code));
}

} // namespace extramile::app
