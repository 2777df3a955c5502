#include "cli/terminal_text.hpp"

#include <cstdio>
#include <ostream>

namespace extramile::cli {

namespace {

std::string hex_escape(const char* format, unsigned value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

// Length of the valid UTF-8 sequence starting at text[i], or 0.
std::size_t sequence_length(std::string_view text, std::size_t i, unsigned& code) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    std::size_t length;
    unsigned lowest;
    if ((c & 0xE0) == 0xC0)
        length = 2, lowest = 0x80;
    else if ((c & 0xF0) == 0xE0)
        length = 3, lowest = 0x800;
    else if ((c & 0xF8) == 0xF0)
        length = 4, lowest = 0x10000;
    else
        return 0;
    if (i + length > text.size())
        return 0;
    code = c & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    if (code < lowest || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
        return 0;
    return length;
}

} // namespace

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (c == '\r')
                out += "\\r";
            else if (c < 0x20 || c == 0x7F)
                out += hex_escape("\\x%02x", c);
            else
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        unsigned code = 0;
        const std::size_t length = sequence_length(text, i, code);
        if (length == 0) {
            out += hex_escape("\\x%02x", c);
            ++i;
        } else if (code >= 0x80 && code <= 0x9F) {
            // C1 controls: U+009B is a CSI on terminals that honour 8-bit controls.
            out += hex_escape("\\u%04x", code);
            i += length;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

void print_problems(std::ostream& out, const std::vector<Problem>& problems, std::string_view suffix) {
    for (const auto& problem : problems)
        out << terminal_safe(problem.to_string()) << suffix << "\n";
}

} // namespace extramile::cli
