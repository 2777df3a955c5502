// Pagination on its own: positions, not pixels.
#include "report/flow.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile::report;

namespace {

std::unique_ptr<Block> fixed_block(double height) {
    return std::make_unique<DrawnBlock>(height, [](cairo_t*, double, double, double) {});
}

// 300 x 300 points, margins of 20, a footer of 20: 240 points of content.
PageFrame small_page(double header = 0) {
    PageFrame frame;
    frame.setup.width = 300;
    frame.setup.height = 300;
    frame.setup.margin = 20;
    frame.header = header;
    frame.footer = 20;
    return frame;
}

// The block indices on each page, in order.
std::vector<std::vector<int>> blocks_on(const std::vector<std::vector<Placement>>& pages) {
    std::vector<std::vector<int>> out;
    for (const auto& page : pages) {
        out.emplace_back();
        for (const auto& placed : page)
            out.back().push_back(placed.block);
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(flow)

BOOST_AUTO_TEST_CASE(a_text_taller_than_a_page_is_split_by_lines) {
    std::string words;
    for (int i = 0; i < 600; ++i)
        words += "word ";
    Flow flow;
    flow.add(std::make_unique<TextBlock>(words, TextStyle{}));
    const auto frame = small_page();
    const auto pages = flow.paginate(frame);
    BOOST_TEST(pages.size() > 2u);
    int lines = 0;
    for (const auto& page : pages) {
        BOOST_REQUIRE_EQUAL(page.size(), 1u);
        BOOST_TEST(page[0].first == lines); // continues where the last page stopped
        BOOST_TEST(page[0].bottom <= frame.content_bottom() + 1e-9);
        lines = page[0].last;
    }
    BOOST_TEST(lines == flow.block(0).pieces());
}

BOOST_AUTO_TEST_CASE(a_group_kept_together_moves_to_the_next_page) {
    Flow flow;
    flow.add(fixed_block(150));
    const int group = flow.new_group("table", true);
    flow.add(fixed_block(60), group);
    flow.add(fixed_block(60), group); // 150 + 120 > 240: the group goes to page 2 whole
    const auto pages = flow.paginate(small_page());
    BOOST_TEST(blocks_on(pages) == (std::vector<std::vector<int>>{{0}, {1, 2}}));
    BOOST_TEST(pages[1][0].y == 20.0);
}

BOOST_AUTO_TEST_CASE(a_group_not_kept_together_fills_the_page) {
    Flow flow;
    flow.add(fixed_block(150));
    const int group = flow.new_group("competency");
    flow.add(fixed_block(60), group);
    flow.add(fixed_block(60), group);
    BOOST_TEST(blocks_on(flow.paginate(small_page())) == (std::vector<std::vector<int>>{{0, 1}, {2}}));
}

BOOST_AUTO_TEST_CASE(a_kept_group_taller_than_a_page_is_cut_between_its_blocks) {
    Flow flow;
    const int group = flow.new_group("long", true);
    for (int i = 0; i < 4; ++i)
        flow.add(fixed_block(100), group);
    BOOST_TEST(blocks_on(flow.paginate(small_page())) == (std::vector<std::vector<int>>{{0, 1}, {2, 3}}));
}

BOOST_AUTO_TEST_CASE(a_heading_is_not_left_alone_at_the_foot) {
    Flow flow;
    flow.add(fixed_block(220));
    auto heading = std::make_unique<TextBlock>("Heading", TextStyle{});
    heading->keep_with_next = true;
    flow.add(std::move(heading));
    flow.add(fixed_block(40));
    BOOST_TEST(blocks_on(flow.paginate(small_page())) == (std::vector<std::vector<int>>{{0}, {1, 2}}));
}

BOOST_AUTO_TEST_CASE(a_group_never_starts_in_the_last_fifth_of_a_page) {
    // 200 of 240 points used: a group's 10-point heading would fit, but
    // would start in the last fifth (past 192).
    Flow flow;
    flow.add(fixed_block(200));
    const int group = flow.new_group("next");
    flow.add(fixed_block(10), group);
    BOOST_TEST(blocks_on(flow.paginate(small_page())) == (std::vector<std::vector<int>>{{0}, {1}}));
    // Before the last fifth it starts where it is.
    Flow earlier;
    earlier.add(fixed_block(180));
    const int g = earlier.new_group("next");
    earlier.add(fixed_block(10), g);
    BOOST_TEST(blocks_on(earlier.paginate(small_page())) == (std::vector<std::vector<int>>{{0, 1}}));
}

BOOST_AUTO_TEST_CASE(room_to_write_grows_to_the_foot_before_what_moves_on) {
    Flow flow;
    flow.add(fixed_block(100));
    flow.add(writing_lines(3, 10)); // 30 points: 130 used
    auto rating = fixed_block(150);  // does not fit in the 110 left
    rating->keep_together = true;
    flow.add(std::move(rating));
    const auto frame = small_page();
    const auto pages = flow.paginate(frame);
    BOOST_REQUIRE_EQUAL(pages.size(), 2u);
    const auto& lines = pages[0].back();
    BOOST_TEST(lines.block == 1);
    BOOST_TEST(lines.grown == 11); // 110 points left: 11 more lines
    BOOST_TEST(lines.bottom == frame.content_bottom());
}

BOOST_AUTO_TEST_CASE(writing_lines_go_on_over_a_page_break_in_whole_lines) {
    Flow flow;
    flow.add(fixed_block(200));
    flow.add(writing_lines(10, 10)); // 40 points left: 4 lines here, 6 on the next page
    const auto pages = flow.paginate(small_page());
    BOOST_REQUIRE_EQUAL(pages.size(), 2u);
    BOOST_TEST(pages[0][1].first == 0);
    BOOST_TEST(pages[0][1].last == 4);
    BOOST_TEST(pages[1][0].first == 4);
    BOOST_TEST(pages[1][0].last == 10);
}

BOOST_AUTO_TEST_CASE(a_block_keeps_the_last_pieces_of_the_one_before) {
    // The rating keeps three lines of its question with it: when it does
    // not fit, those lines move with it and the page's foot fills with lines.
    Flow flow;
    flow.add(fixed_block(100));
    flow.add(writing_lines(8, 10)); // 80 points: 180 used
    auto rating = fixed_block(80);
    rating->keep_together = true;
    rating->keep_with_previous = 3;
    flow.add(std::move(rating));
    const auto pages = flow.paginate(small_page());
    BOOST_REQUIRE_EQUAL(pages.size(), 2u);
    BOOST_TEST(pages[0][1].last == 5);
    BOOST_TEST(pages[0][1].grown == 9); // 90 points left after five lines: the foot fills with lines
    BOOST_TEST(blocks_on(pages)[1] == (std::vector<int>{1, 2}));
    BOOST_TEST(pages[1][0].first == 5);
}

BOOST_AUTO_TEST_CASE(a_continued_group_repeats_its_header_and_is_named) {
    Flow flow;
    const int group = flow.new_group("The table");
    flow.add(fixed_block(20), group); // the header row
    flow.repeat_on_continuation(group, 0);
    for (int i = 0; i < 30; ++i)
        flow.add(fixed_block(20), group);
    PageDecor decor;
    decor.header = 10;
    FlowDocument document(decor, small_page().setup, std::move(flow));
    BOOST_REQUIRE(document.page_count() > 2);
    for (int p = 1; p < document.page_count(); ++p) {
        const auto& page = document.pages()[p];
        BOOST_TEST(page[0].block == 0);
        BOOST_TEST(page[0].repeated);
        BOOST_TEST(page[0].y == document.frame().content_top(p));
        BOOST_TEST(document.page_info(p).continued == "The table");
    }
    BOOST_TEST(document.page_info(0).continued.empty());
}

BOOST_AUTO_TEST_CASE(a_page_break_starts_a_new_page) {
    Flow flow;
    flow.add(fixed_block(20));
    flow.page_break();
    flow.add(fixed_block(20));
    BOOST_TEST(blocks_on(flow.paginate(small_page())) == (std::vector<std::vector<int>>{{0}, {1}}));
}

BOOST_AUTO_TEST_SUITE_END()
