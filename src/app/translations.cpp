#include "translations.hpp"

#include "app_config.hpp"

#include "core/base/languages.hpp"

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>

namespace extramile::app {

namespace {

// The languages of po/*.po (the table's, but English, the source language). wx's own loader learns which languages exist by
// listing every folder of /usr/share/locale (hundreds) for each catalog,
// which took a twentieth of the start time; the answer is known in advance.
class ShippedTranslations : public wxFileTranslationsLoader {
public:
    wxArrayString GetAvailableTranslations(const wxString&) const override {
        wxArrayString codes;
        for (const auto& language : languages)
            if (language.code != fallback_language)
                codes.push_back(wxString::FromUTF8(language.code.data(), language.code.size()));
        return codes;
    }
};

} // namespace

void SetUpTranslations(const wxString& language_asked) {
    // Catalogs beside the program: the build tree's locale/, or the
    // installed share/locale next to bin/.
    const auto exe = wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe + "/locale");
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(exe + "/../share/locale");
    auto* translations = new wxTranslations;
    translations->SetLoader(new ShippedTranslations);
    wxTranslations::Set(translations);
    if (const auto language = language_asked.empty() ? AppConfig::UiLanguage() : language_asked; !language.empty())
        translations->SetLanguage(language);
    translations->AddStdCatalog();
    // The program's own words are written in English: no catalog is needed for it.
    translations->AddCatalog("extramile", wxLANGUAGE_ENGLISH_US);
}

} // namespace extramile::app
