// Rows of cells as aligned text columns for a terminal, by display width
// (accented and decomposed names, and wide characters, line up).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace extramile::cli {

// `right_aligned(column, columns_in_row)` says which columns hold numbers.
// Two spaces between columns; no trailing spaces.
std::string text_columns(const std::vector<std::vector<std::string>>& rows,
                         const std::function<bool(std::size_t, std::size_t)>& right_aligned);

} // namespace extramile::cli
