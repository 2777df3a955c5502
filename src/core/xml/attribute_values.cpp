#include "core/xml/attribute_values.hpp"

#include <cctype>
#include <cstdio>

namespace extramile::xml {

bool is_digest(const std::string& s) {
    if (!s.starts_with("sha256:") || s.size() != 7 + 64)
        return false;
    for (std::size_t i = 7; i < s.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(s[i])) || std::isupper(static_cast<unsigned char>(s[i])))
            return false;
    return true;
}

std::string control_in(const std::string& value) {
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c == 0x7F) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", c);
            return code;
        }
        if (c == 0xC2 && i + 1 < value.size()) {
            const auto next = static_cast<unsigned char>(value[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {
                char code[8];
                std::snprintf(code, sizeof code, "U+%04X", next);
                return code;
            }
        }
    }
    return {};
}

} // namespace extramile::xml
