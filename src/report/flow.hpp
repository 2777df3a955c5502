// Pagination: blocks poured into pages once, then drawn page by page.
//
// Between two pieces (lines) pagination may cut freely, or only when it
// must: inside a block kept together, after a heading (keep_with_next),
// within a block's first `orphans` and last `widows` pieces, between a block
// and the pieces it keeps with it (keep_with_previous), and inside a group
// kept together. What lies between two free cuts moves to the next page
// whole when it does not fit; only what is taller than a page is cut where
// cutting hurts least. On top of that, the rules of a calm page:
//  - a group (a competency) never starts in the last fifth of a page;
//  - a page ends early only before something that does not fit in what is
//    left, and room to write in (stretch) grows to fill that foot;
//  - a page that continues a group names it in the running header, and a
//    group may repeat a block (a table's header row) at the top of it.
#pragma once

#include "blocks.hpp"
#include "document.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace extramile::report {

// Where pagination put (part of) a block.
struct Placement {
    int block = 0;
    int first = 0, last = 1; // the pieces (lines) placed
    double y = 0;            // the top of the first piece, in points from the page's top
    double bottom = 0;       // where the last piece ends (grown pieces included)
    int grown = 0;           // pieces added to fill the page's foot (stretch)
    bool repeated = false;   // a group's repeated block at the top of a continuation page
};

// The parts of a page around the flow, in points.
struct PageFrame {
    PageSetup setup;
    double header = 0;  // a running header's height, on every page but the first
    double footer = 24; // kept free at every page's foot

    double content_top(int page) const { return setup.margin + (page > 0 ? header : 0); }
    double content_bottom() const { return setup.height - setup.margin - footer; }
};

class Flow {
public:
    // A group is what a reader thinks of as one thing: a competency, a table.
    // Its title names it on the pages it continues on; a group kept together
    // moves to the next page whole when it fits on one.
    int new_group(std::string title = {}, bool keep_together = false);
    void add(std::unique_ptr<Block> block, int group = -1);
    // The next block starts a new page.
    void page_break();
    // `block` (of `group`) is drawn again at the top of each page the group continues on.
    void repeat_on_continuation(int group, int block);

    // The fraction of the content height below which a group may not start.
    static constexpr double kLastFifth = 0.8;

    std::vector<std::vector<Placement>> paginate(const PageFrame& frame) const;

    const Block& block(int index) const { return *blocks_.at(index); }
    int block_count() const { return static_cast<int>(blocks_.size()); }
    int group_of(int block) const { return groups_.at(block); }
    const std::string& group_title(int group) const { return group_titles_.at(group); }

private:
    std::vector<std::unique_ptr<Block>> blocks_;
    std::vector<int> groups_;
    std::vector<bool> break_before_; // a page break before the block
    std::vector<std::string> group_titles_;
    std::vector<bool> group_kept_;
    std::vector<int> group_repeat_; // a block index, or -1
    bool pending_break_ = false;
};

// What the running header of a page needs to know.
struct PageInfo {
    int index = 0, count = 1;
    std::string continued; // the title of the group this page continues; empty when none
    int first_block = -1;  // the first block placed on the page (not a repeated one); -1 when none
};

struct PageDecor {
    std::string title;      // a print job's name, the PDF's title
    std::string footer;     // on the left of every page's foot
    std::string page_label; // "Page %1 of %2", on the right
    std::string mark;       // drawn large across every page ("DRAFT"); empty: none
    double header = 0;      // the running header's height (pages after the first)
    std::function<void(cairo_t*, const PageInfo&, double x, double y, double width)> draw_header;
};

// A document made of a flow and its decor.
class FlowDocument : public Document {
public:
    FlowDocument(PageDecor decor, PageSetup setup, Flow flow);

    int page_count() const override { return static_cast<int>(pages_.size()); }
    void draw_page(cairo_t* cr, int index) const override;
    const PageSetup& setup() const override { return frame_.setup; }
    std::string title() const override { return decor_.title; }

    const std::vector<std::vector<Placement>>& pages() const { return pages_; }
    const Flow& flow() const { return flow_; }
    const PageFrame& frame() const { return frame_; }
    const std::string& mark() const { return decor_.mark; }
    PageInfo page_info(int index) const;

    static constexpr double kFooterHeight = 24;

private:
    PageDecor decor_;
    PageFrame frame_;
    Flow flow_;
    std::vector<std::vector<Placement>> pages_;
};

} // namespace extramile::report
