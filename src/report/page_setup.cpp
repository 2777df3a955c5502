#include "page_setup.hpp"

#include <algorithm>
#include <cctype>

namespace extramile::report {

PageSetup PageSetup::for_paper(Paper paper) {
    PageSetup setup;
    if (paper == Paper::letter) {
        setup.width = 612;
        setup.height = 792;
    }
    return setup;
}

std::optional<Paper> paper_from_name(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "a4")
        return Paper::a4;
    if (lower == "letter")
        return Paper::letter;
    return std::nullopt;
}

} // namespace extramile::report
