// Pagination on its own: positions, not pixels.
#include "report/flow.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile::report;

namespace {

std::unique_ptr<Block> fixed_block(double height) {
    return std::make_unique<DrawnBlock>(height, [](cairo_t*, double, double, double) {});
}

PageSetup small_page() {
    PageSetup setup;
    setup.width = 300;
    setup.height = 300;
    setup.margin = 20; // 260 points of height, less the footer
    return setup;
}

} // namespace

BOOST_AUTO_TEST_SUITE(flow)

BOOST_AUTO_TEST_CASE(a_text_taller_than_a_page_is_split_by_lines) {
    std::string words;
    for (int i = 0; i < 600; ++i)
        words += "word ";
    Flow flow;
    flow.add(std::make_unique<TextBlock>(words, TextStyle{}));
    const auto setup = small_page();
    const auto pages = flow.paginate(setup, 20);
    BOOST_TEST(pages.size() > 2u);
    int lines = 0;
    for (const auto& page : pages) {
        BOOST_REQUIRE_EQUAL(page.size(), 1u);
        BOOST_TEST(page[0].first == lines); // continues where the last page stopped
        BOOST_TEST(page[0].bottom <= setup.height - setup.margin - 20 + 1e-9);
        lines = page[0].last;
    }
    BOOST_TEST(lines == flow.block(0).pieces());
}

BOOST_AUTO_TEST_CASE(a_group_that_does_not_fit_moves_to_the_next_page) {
    Flow flow;
    flow.add(fixed_block(150));
    const int group = flow.new_group();
    flow.add(fixed_block(60), group);
    flow.add(fixed_block(60), group); // 150 + 120 > 240: the group goes to page 2 whole
    const auto pages = flow.paginate(small_page(), 20);
    BOOST_REQUIRE_EQUAL(pages.size(), 2u);
    BOOST_TEST(pages[0].size() == 1u);
    BOOST_TEST(pages[1].size() == 2u);
    BOOST_TEST(pages[1][0].y == 20.0);
}

BOOST_AUTO_TEST_CASE(a_group_taller_than_a_page_keeps_its_parts_together) {
    Flow flow;
    const int group = flow.new_group();
    flow.add(fixed_block(100), group, 0);
    flow.add(fixed_block(100), group, 1);
    flow.add(fixed_block(50), group, 2);
    flow.add(fixed_block(50), group, 2); // part 2 (100) does not fit after 200: next page
    const auto pages = flow.paginate(small_page(), 20);
    BOOST_REQUIRE_EQUAL(pages.size(), 2u);
    BOOST_TEST(pages[0].size() == 2u);
    BOOST_TEST(pages[1].size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_heading_is_not_left_alone_at_the_foot) {
    Flow flow;
    flow.add(fixed_block(220));
    auto heading = std::make_unique<TextBlock>("Heading", TextStyle{});
    heading->keep_with_next = true;
    flow.add(std::move(heading));
    flow.add(fixed_block(40));
    const auto pages = flow.paginate(small_page(), 20);
    BOOST_REQUIRE_EQUAL(pages.size(), 2u);
    BOOST_TEST(pages[0].size() == 1u);
    BOOST_TEST(pages[1].size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
