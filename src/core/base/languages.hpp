// The languages Extra Mile speaks: one table from which every list, check
// and help text is made. Adding a language touches this table and the
// gettext catalogs (po/) only.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace extramile {

struct Language {
    std::string_view code;        // BCP 47, as in xml:lang and the catalogs' names
    std::string_view native_name; // as its speakers write it, for choosers
};

// The fallback first: a text missing in another language is shown in it.
inline constexpr std::array<Language, 3> languages{{
    {"en", "English"},
    {"es", "Español"},
    {"it", "Italiano"},
}};

inline constexpr std::string_view fallback_language = languages.front().code;

// True for the code of a language in the table.
bool is_language(std::string_view code);

// The codes joined for help texts and messages: "en, es or it".
std::string language_codes_text(std::string_view last_separator = " or ");

// A locale or language name ("es_ES.UTF-8", "it-IT", "es") reduced to a
// language of the table; the fallback for anything else.
std::string_view language_of_locale(std::string_view locale_name);

} // namespace extramile
