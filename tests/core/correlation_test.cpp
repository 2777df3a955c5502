// Pearson, Fisher's interval and Spearman (core/scoring/correlation) on a
// case worked by hand (sums below; the limits checked with Python's
// statistics module), and the edges where they cannot be computed.
#include "core/scoring/correlation.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(correlation)

// x = 1..5, y = 2 4 5 4 5: deviations (-2 -1 0 1 2) and (-2 0 1 0 1),
// Sxy = 6, Sxx = 10, Syy = 6, r = 6 / sqrt(60) = 0.774597.
// Fisher: atanh(r) -/+ 1.959964 / sqrt(5 - 3), back through tanh.
// Ranks of y with ties: 1 2.5 4.5 2.5 4.5; Sxy = 7, Syy = 9: rho = 7 / sqrt(90).
BOOST_AUTO_TEST_CASE(a_small_case_worked_by_hand) {
    const auto c = correlate({{1, 2}, {2, 4}, {3, 5}, {4, 4}, {5, 5}});
    BOOST_TEST(c.n == 5);
    BOOST_TEST(*c.pearson == 0.7745966692414834, tt::tolerance(1e-12));
    BOOST_TEST(c.pearson_ci95->first == -0.3400820351875101, tt::tolerance(1e-9));
    BOOST_TEST(c.pearson_ci95->second == 0.9842357551507267, tt::tolerance(1e-9));
    BOOST_TEST(*c.spearman == 0.7378647873726218, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(ties_share_the_mean_of_their_ranks) {
    const auto ranks = mean_ranks({10, 30, 20, 30, 30});
    BOOST_TEST(ranks == (std::vector<double>{1, 4, 2, 4, 4}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(too_few_or_flat_data_give_no_number) {
    BOOST_TEST(!correlate({{1, 2}, {2, 3}}).pearson.has_value()); // n < 3
    const auto three = correlate({{1, 2}, {2, 3}, {3, 5}});
    BOOST_TEST(three.pearson.has_value());
    BOOST_TEST(!three.pearson_ci95.has_value()); // 1/sqrt(n - 3): no standard error
    const auto flat = correlate({{1, 4}, {2, 4}, {3, 4}, {4, 4}});
    BOOST_TEST(!flat.pearson.has_value());
    BOOST_TEST(!flat.spearman.has_value());
    const auto perfect = correlate({{1, 10}, {2, 20}, {3, 30}, {4, 40}, {5, 50}});
    BOOST_TEST(*perfect.pearson == 1.0);
    BOOST_TEST(perfect.pearson_ci95->first == 1.0); // the interval of r = 1 is that point
}

BOOST_AUTO_TEST_SUITE_END()
