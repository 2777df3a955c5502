#include "core/base/languages.hpp"

#include <algorithm>

namespace extramile {

bool is_language(std::string_view code) {
    return std::any_of(languages.begin(), languages.end(), [&](const Language& l) { return l.code == code; });
}

std::string language_codes_text(std::string_view last_separator) {
    std::string out;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        if (i > 0)
            out += i + 1 == languages.size() ? std::string(last_separator) : std::string(", ");
        out += languages[i].code;
    }
    return out;
}

std::string_view language_of_locale(std::string_view locale_name) {
    const auto end = locale_name.find_first_of("_-.@");
    const auto code = locale_name.substr(0, end);
    for (const auto& language : languages)
        if (language.code == code)
            return language.code;
    return fallback_language;
}

} // namespace extramile
