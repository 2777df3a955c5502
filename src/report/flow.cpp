#include "flow.hpp"

#include <pango/pangocairo.h>

#include <algorithm>

namespace extramile::report {

void Flow::add(std::unique_ptr<Block> block, int group, int part) {
    blocks_.push_back(std::move(block));
    groups_.push_back(group);
    parts_.push_back(group >= 0 ? part : -1);
}

std::vector<std::vector<Placement>> Flow::paginate(const PageSetup& setup, double footer) const {
    const double top = setup.margin;
    const double bottom = setup.height - setup.margin - footer;
    const double page_height = bottom - top;
    for (const auto& block : blocks_)
        block->measure(setup.content_width());

    std::vector<std::vector<Placement>> pages(1);
    double y = top;
    auto at_top = [&] { return pages.back().empty(); };
    auto new_page = [&] {
        if (!at_top())
            pages.emplace_back();
        y = top;
    };
    // The height of blocks [from, to), and of the first piece of the one after
    // a heading: what must fit for the heading to stay with it.
    auto span_height = [&](std::size_t from, std::size_t to) {
        double h = 0;
        for (std::size_t k = from; k < to; ++k)
            h += blocks_[k]->height();
        return h;
    };

    for (std::size_t i = 0; i < blocks_.size(); ++i) {
        const auto& block = *blocks_[i];
        // A group starts on a new page if it does not fit here but fits on a
        // page; so does a part of a group taller than a page.
        auto keep_together = [&](const std::vector<int>& ids) {
            if (ids[i] < 0 || (i > 0 && ids[i - 1] == ids[i] && groups_[i - 1] == groups_[i]))
                return false;
            std::size_t end = i;
            while (end < blocks_.size() && ids[end] == ids[i] && groups_[end] == groups_[i])
                ++end;
            const double h = span_height(i, end);
            if (h > page_height)
                return false;
            if (y + h > bottom)
                new_page();
            return true;
        };
        if (!keep_together(groups_))
            keep_together(parts_);
        // A heading goes with the beginning of what follows it.
        if (block.keep_with_next && i + 1 < blocks_.size()) {
            const auto& next = *blocks_[i + 1];
            const double need = block.height() + next.space_before() + (next.pieces() > 0 ? next.piece_height(0) : 0);
            if (y + need > bottom)
                new_page();
        }
        if (!at_top())
            y += block.space_before();
        const int pieces = block.pieces();
        if (pieces == 0)
            continue;
        // An unsplittable block that does not fit goes to the next page.
        if (pieces == 1 && y + block.piece_height(0) > bottom && !at_top()) {
            new_page();
        }
        int first = 0;
        while (first < pieces) {
            int last = first;
            double h = 0;
            while (last < pieces && y + h + block.piece_height(last) <= bottom)
                h += block.piece_height(last++);
            if (last == first) {
                if (at_top()) { // taller than a page (one huge line): place it and move on
                    h = block.piece_height(last++);
                } else {
                    new_page();
                    continue;
                }
            }
            pages.back().push_back({static_cast<int>(i), first, last, y, y + h});
            y += h;
            first = last;
            if (first < pieces)
                new_page();
        }
    }
    if (pages.size() > 1 && pages.back().empty())
        pages.pop_back();
    return pages;
}

FlowDocument::FlowDocument(std::string title, std::string footer, std::string page_label, PageSetup setup, Flow flow)
    : title_(std::move(title)), footer_(std::move(footer)), page_label_(std::move(page_label)), setup_(setup),
      flow_(std::move(flow)) {
    pages_ = flow_.paginate(setup_, kFooterHeight);
}

void FlowDocument::draw_page(cairo_t* cr, int index) const {
    if (index < 0 || index >= page_count())
        return;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, setup_.width, setup_.height);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (const auto& placed : pages_[index])
        flow_.block(placed.block).draw(cr, setup_.margin, placed.y, placed.first, placed.last);

    // Footer: what this is on the left, where we are on the right.
    std::string page = page_label_;
    if (auto at = page.find("%1"); at != std::string::npos)
        page.replace(at, 2, std::to_string(index + 1));
    if (auto at = page.find("%2"); at != std::string::npos)
        page.replace(at, 2, std::to_string(page_count()));
    TextStyle style;
    style.size = 8;
    style.colour = {0.35, 0.35, 0.38};
    RowBlock footer({{footer_, style, false}, {page, style, true}}, {3, 1}, false, false);
    footer.measure(setup_.content_width());
    const double y = setup_.height - setup_.margin - footer.piece_height(0) + 6;
    cairo_set_source_rgb(cr, 0.75, 0.75, 0.78);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, setup_.margin, y - 2);
    cairo_line_to(cr, setup_.width - setup_.margin, y - 2);
    cairo_stroke(cr);
    footer.draw(cr, setup_.margin, y, 0, 1);
    cairo_restore(cr);
}

} // namespace extramile::report
