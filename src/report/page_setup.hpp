// Paper sizes and margins of the printed pages, in points (1/72 inch).
#pragma once

#include <optional>
#include <string>

namespace extramile::report {

enum class Paper { a4, letter };

struct PageSetup {
    double width = 595.28, height = 841.89; // portrait A4
    double margin = 42;                     // all sides: 15 mm, inside any printer's reach

    static PageSetup for_paper(Paper paper);
    double content_width() const { return width - 2 * margin; }
};

// "a4" or "letter", in any case; nullopt otherwise.
std::optional<Paper> paper_from_name(const std::string& name);

} // namespace extramile::report
