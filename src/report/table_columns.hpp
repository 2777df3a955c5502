// The columns of a printed table, as wide as they need to be: a column of
// numbers or short words is as wide as its widest cell, a text column
// shares the room left; no column is narrower than the longest word of its
// header, so headers wrap between words and never break one.
#pragma once

#include "blocks.hpp"

#include <memory>
#include <string>
#include <vector>

namespace extramile::report {

class TableColumns {
public:
    struct Column {
        std::string header;
        bool right = false; // numbers line up on the right
        double share = 0;   // > 0: a text column taking this share of the room left; 0: as wide as its cells
    };
    // `gap`: room added to each column sized by its cells, so that short
    // numbers side by side do not read as one ("3  11 min").
    TableColumns(std::vector<Column> columns, TextStyle header_style, double width, double gap = 0);

    // Widens the columns sized by their cells to hold this row's cells.
    void fit(const std::vector<RowBlock::Cell>& cells);

    // In points, summing to the table's width (more when it cannot fit).
    std::vector<double> widths() const;
    // False when the columns' narrowest widths already pass the table's width.
    bool fits() const;

    std::unique_ptr<RowBlock> header_row() const;
    std::unique_ptr<RowBlock> row(std::vector<RowBlock::Cell> cells, bool shaded) const;

    // The width a header needs so that none of its words breaks.
    static double longest_word(const std::string& text, const TextStyle& style);

private:
    std::vector<Column> columns_;
    TextStyle header_style_;
    double width_;
    double gap_;
    std::vector<double> needed_; // the narrowest each column may be
};

} // namespace extramile::report
