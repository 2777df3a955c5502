#include "cli/text_columns.hpp"

#include "core/base/unicode_text.hpp"

#include <algorithm>

namespace extramile::cli {

namespace {

std::string pad(const std::string& s, std::size_t width, bool right) {
    auto w = display_width(s);
    std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + s : s + fill;
}

} // namespace

std::string text_columns(const std::vector<std::vector<std::string>>& rows,
                         const std::function<bool(std::size_t, std::size_t)>& right_aligned) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i)
            line += (i ? "  " : "") + pad(row[i], widths[i], right_aligned(i, row.size()));
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

} // namespace extramile::cli
