// Checks of attribute values the scorecard and decision readers share:
// whole numbers, digests and the control characters no name needs.
#pragma once

#include <charconv>
#include <optional>
#include <string>

namespace extramile::xml {

// The whole number `s` spells (digits, an optional minus), or nullopt.
template <typename Number> std::optional<Number> parse_whole(const std::string& s) {
    Number value = 0;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || error != std::errc() || end != s.data() + s.size())
        return std::nullopt;
    return value;
}

// "sha256:" followed by 64 lower-case hexadecimal digits.
bool is_digest(const std::string& s);

// A control character in a name (DEL, or a C1 control such as U+009B, which
// some terminals take for the start of an escape sequence) as "U+009B", or
// "". XML itself refuses the C0 controls.
std::string control_in(const std::string& value);

} // namespace extramile::xml
