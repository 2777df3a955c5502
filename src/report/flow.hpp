// Pagination: blocks poured into pages once, then drawn page by page. A
// group of blocks (a competency) that does not fit on what is left of a page
// starts on the next one, if it fits a page at all; a text taller than a page
// is split between lines; a heading is never left alone at a page's foot.
#pragma once

#include "blocks.hpp"
#include "document.hpp"

#include <memory>
#include <string>
#include <vector>

namespace extramile::report {

// Where pagination put (part of) a block.
struct Placement {
    int block = 0;
    int first = 0, last = 1; // the pieces (lines) placed
    double y = 0;            // the top of the first piece, in points from the page's top
    double bottom = 0;       // where the last piece ends
};

class Flow {
public:
    // Blocks with the same `group` (>= 0) are kept on one page when they can
    // be; when a group is taller than a page, its parts with the same `part`
    // (>= 0: a question, the rating scale) are kept together instead.
    void add(std::unique_ptr<Block> block, int group = -1, int part = -1);
    int new_group() { return next_group_++; }

    // Measures and paginates for `setup`, keeping `footer` points free at the
    // foot of each page.
    std::vector<std::vector<Placement>> paginate(const PageSetup& setup, double footer) const;
    const Block& block(int index) const { return *blocks_.at(index); }

private:
    std::vector<std::unique_ptr<Block>> blocks_;
    std::vector<int> groups_;
    std::vector<int> parts_;
    int next_group_ = 0;
};

// A document made of a flow, with a footer on every page ("TITLE · Page N of M").
class FlowDocument : public Document {
public:
    FlowDocument(std::string title, std::string footer, std::string page_label, PageSetup setup, Flow flow);

    int page_count() const override { return static_cast<int>(pages_.size()); }
    void draw_page(cairo_t* cr, int index) const override;
    const PageSetup& setup() const override { return setup_; }
    std::string title() const override { return title_; }

    const std::vector<std::vector<Placement>>& pages() const { return pages_; }
    static constexpr double kFooterHeight = 24;

private:
    std::string title_;
    std::string footer_;
    std::string page_label_; // "Page %1 of %2"
    PageSetup setup_;
    Flow flow_;
    std::vector<std::vector<Placement>> pages_;
};

} // namespace extramile::report
