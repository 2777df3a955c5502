#include "table_columns.hpp"

#include <algorithm>
#include <numeric>

namespace extramile::report {

namespace {

std::vector<std::string> split(const std::string& text, const std::string& separators) {
    std::vector<std::string> parts;
    std::string part;
    for (char c : text) {
        if (separators.find(c) != std::string::npos) {
            if (!part.empty())
                parts.push_back(part);
            part.clear();
        } else {
            part += c;
        }
    }
    if (!part.empty())
        parts.push_back(part);
    return parts;
}

} // namespace

double TableColumns::longest_word(const std::string& text, const TextStyle& style) {
    double widest = 0;
    for (const auto& word : split(text, " \n"))
        widest = std::max(widest, text_width(word, style));
    return widest;
}

TableColumns::TableColumns(std::vector<Column> columns, TextStyle header_style, double width, double gap)
    : columns_(std::move(columns)), header_style_(header_style), width_(width), gap_(gap) {
    for (const auto& column : columns_)
        needed_.push_back(longest_word(column.header, header_style_) + 2 * RowBlock::kPadding +
                          (column.share > 0 ? 0 : gap));
}

void TableColumns::fit(const std::vector<RowBlock::Cell>& cells) {
    for (std::size_t i = 0; i < cells.size() && i < columns_.size(); ++i) {
        const auto& cell = cells[i];
        // A text column needs its longest word; another column its whole lines.
        double need = 0;
        for (const auto& line : split(cell.text, "\n"))
            need = std::max(need, columns_[i].share > 0 ? longest_word(line, cell.style) : text_width(line, cell.style));
        if (!cell.detail.empty()) {
            auto detail = cell.style;
            detail.size -= 0.5;
            detail.bold = false;
            need = std::max(need, longest_word(cell.detail, detail));
        }
        needed_[i] = std::max(needed_[i], need + 2 * RowBlock::kPadding + (columns_[i].share > 0 ? 0 : gap_));
    }
}

std::vector<double> TableColumns::widths() const {
    std::vector<double> widths = needed_;
    double shares = 0, fixed = 0;
    for (std::size_t i = 0; i < columns_.size(); ++i)
        columns_[i].share > 0 ? shares += columns_[i].share : fixed += needed_[i];
    if (shares == 0)
        return widths;
    // The room left goes to the text columns by their shares, none below its need;
    // one given its need leaves the rest to the others.
    std::vector<bool> settled(columns_.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        double room = width_ - fixed, open = 0;
        for (std::size_t i = 0; i < columns_.size(); ++i)
            if (columns_[i].share > 0) {
                if (settled[i])
                    room -= needed_[i];
                else
                    open += columns_[i].share;
            }
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            if (columns_[i].share <= 0 || settled[i])
                continue;
            widths[i] = room * columns_[i].share / open;
            if (widths[i] < needed_[i]) {
                widths[i] = needed_[i];
                settled[i] = changed = true;
                break;
            }
        }
    }
    return widths;
}

bool TableColumns::fits() const {
    return std::accumulate(needed_.begin(), needed_.end(), 0.0) <= width_ + 1e-6;
}

std::unique_ptr<RowBlock> TableColumns::header_row() const {
    std::vector<RowBlock::Cell> cells;
    for (const auto& column : columns_) {
        RowBlock::Cell cell{column.header, header_style_, column.right};
        cell.break_words = false;
        cells.push_back(cell);
    }
    auto row = std::make_unique<RowBlock>(std::move(cells), widths(), true);
    row->keep_with_next = true;
    return row;
}

std::unique_ptr<RowBlock> TableColumns::row(std::vector<RowBlock::Cell> cells, bool shaded) const {
    for (std::size_t i = 0; i < cells.size() && i < columns_.size(); ++i)
        cells[i].right = columns_[i].right;
    return std::make_unique<RowBlock>(std::move(cells), widths(), shaded);
}

} // namespace extramile::report
