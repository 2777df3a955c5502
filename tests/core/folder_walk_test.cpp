// The paths a comparison reads are sorted by a key made once per path; the
// order and the duplicates dropped must be exactly those of
// std::filesystem::path's own comparison, on every shape of path a user or
// a walk can name (rooted, relative, doubled and trailing separators, names
// that share a beginning with a folder's name, accents).
#include "core/storage/folder_walk.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <random>

using namespace extramile;
namespace fs = std::filesystem;

namespace {

// What sort_once did before the keys: sort by path, drop equal paths.
std::vector<fs::path> by_path(std::vector<fs::path> files) {
    std::stable_sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

} // namespace

BOOST_AUTO_TEST_SUITE(folder_walk)

BOOST_AUTO_TEST_CASE(paths_are_ordered_component_by_component) {
    std::vector<fs::path> files{"a-b/c.xml", "a/b.xml", "a b/c.xml", "a/b/c.xml", "a.xml", "a/b.xml"};
    sort_once(files);
    const std::vector<fs::path> expected{"a/b/c.xml", "a/b.xml", "a b/c.xml", "a-b/c.xml", "a.xml"};
    BOOST_TEST(files == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_order_and_the_duplicates_are_those_of_path_comparison) {
    // Parts chosen to meet at every boundary: separators doubled and at the
    // ends, names that are another's beginning, '.', a byte above 0x7F.
    const std::vector<std::string> parts{"a", "b", "ab", "a-", "a.b", ".", "/", "//", "é", "A", " "};
    std::mt19937 random(20261201);
    for (int round = 0; round < 2000; ++round) {
        std::vector<fs::path> files;
        const int count = 1 + static_cast<int>(random() % 12);
        for (int n = 0; n < count; ++n) {
            std::string text;
            const int length = static_cast<int>(random() % 6);
            for (int k = 0; k < length; ++k)
                text += parts[random() % parts.size()];
            files.emplace_back(text);
            if (random() % 4 == 0) // the same path again, or spelled with doubled separators
                files.emplace_back(random() % 2 ? text : "/" + text);
        }
        const auto expected = by_path(files);
        sort_once(files);
        BOOST_TEST_REQUIRE(files.size() == expected.size(), "round " << round);
        for (std::size_t i = 0; i < files.size(); ++i)
            BOOST_TEST_REQUIRE(files[i].compare(expected[i]) == 0,
                               "round " << round << ": " << files[i] << " where " << expected[i] << " belongs");
    }
}

BOOST_AUTO_TEST_SUITE_END()
