#include "page_layout.hpp"

#include "report/table_columns.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace extramile::test {

using namespace extramile::report;

const FlowDocument& flow_of(const Document& document) {
    const auto* flow = dynamic_cast<const FlowDocument*>(&document);
    BOOST_REQUIRE(flow);
    return *flow;
}

double page_use(const FlowDocument& document, int page) {
    const auto& frame = document.frame();
    const double top = frame.content_top(page);
    double bottom = top;
    for (const auto& placed : document.pages().at(page))
        bottom = std::max(bottom, placed.bottom);
    return (bottom - top) / (frame.content_bottom() - top);
}

std::vector<GroupStart> group_starts(const FlowDocument& document) {
    std::vector<GroupStart> starts;
    std::map<int, bool> seen;
    const auto& frame = document.frame();
    for (int p = 0; p < document.page_count(); ++p)
        for (const auto& placed : document.pages()[p]) {
            const int g = document.flow().group_of(placed.block);
            if (g < 0 || placed.repeated || seen[g])
                continue;
            seen[g] = true;
            const double top = frame.content_top(p);
            starts.push_back({g, p, (placed.y - top) / (frame.content_bottom() - top)});
        }
    return starts;
}

std::vector<int> pages_of(const FlowDocument& document, int block) {
    std::vector<int> pages;
    for (int p = 0; p < document.page_count(); ++p)
        for (const auto& placed : document.pages()[p])
            if (placed.block == block && !placed.repeated && (pages.empty() || pages.back() != p))
                pages.push_back(p);
    return pages;
}

std::vector<std::string> broken_header_words(const FlowDocument& document) {
    std::vector<std::string> broken;
    const auto& flow = document.flow();
    for (int b = 0; b < flow.block_count(); ++b) {
        const auto* row = dynamic_cast<const RowBlock*>(&flow.block(b));
        if (!row)
            continue;
        const auto widths = row->cell_widths();
        for (std::size_t i = 0; i < row->cells().size(); ++i) {
            const auto& cell = row->cells()[i];
            if (cell.break_words)
                continue;
            std::istringstream words(cell.text);
            for (std::string word; words >> word;) {
                const double need = text_width(word, cell.style);
                const double room = widths.at(i) - 2 * RowBlock::kPadding;
                if (need > room + 1e-6) {
                    std::ostringstream out;
                    out << word << " in \"" << cell.text << "\" (" << need << " > " << room << ")";
                    broken.push_back(out.str());
                }
            }
        }
    }
    return broken;
}

} // namespace extramile::test
