#include "core/storage/file_name_words.hpp"

#include <cctype>

namespace extramile {

std::string file_name_words(const std::string& words) {
    std::string out;
    for (unsigned char c : words) {
        if (c >= 0x80 || std::isalnum(c))
            out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    // Keep names well below file-system limits; cut only between UTF-8 characters.
    if (out.size() > 60) {
        std::size_t cut = 60;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
            --cut;
        out.resize(cut);
    }
    return out.empty() ? "unnamed" : out;
}

} // namespace extramile
