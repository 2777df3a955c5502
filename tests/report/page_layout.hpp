// The layout rules of the printed pages, checked from the positions the
// flow engine gave each block (not from pixels): how full a page is, where
// a group starts, which words of a header would not fit their column.
#pragma once

#include "report/document.hpp"
#include "report/flow.hpp"

#include <string>
#include <vector>

namespace extramile::test {

// The flow document behind a document (every page kind is one).
const report::FlowDocument& flow_of(const report::Document& document);

// How much of a page's content height its blocks use, 0-1.
double page_use(const report::FlowDocument& document, int page);

// Where a group's first block starts: its page, and its top as a fraction
// of the content height (0 at the top).
struct GroupStart {
    int group = 0;
    int page = 0;
    double at = 0;
};
std::vector<GroupStart> group_starts(const report::FlowDocument& document);

// The pages holding any piece of block `block`.
std::vector<int> pages_of(const report::FlowDocument& document, int block);

// Every word of a header cell (a cell that wraps between words only) wider
// than its cell, as "word in header (width > room)": empty when none would break.
std::vector<std::string> broken_header_words(const report::FlowDocument& document);

} // namespace extramile::test
