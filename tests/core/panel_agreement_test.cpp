#include "core/scoring/panel_agreement.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

// The suite is named panel_agreement too, so the function is always called
// qualified.
using extramile::IccEstimate;
using extramile::PanelAgreement;
using extramile::RatedTarget;
namespace tt = boost::test_tools;

namespace {

// A panel where every candidate is rated by the listed raters, in that order.
std::vector<RatedTarget> grid(const std::vector<std::string>& raters,
                              const std::vector<std::vector<double>>& rows) {
    std::vector<RatedTarget> out;
    for (const auto& row : rows) {
        RatedTarget target;
        for (std::size_t j = 0; j < row.size(); ++j)
            target.emplace_back(raters[j], row[j]);
        out.push_back(target);
    }
    return out;
}

// Published figures are given to a fixed number of decimals; comparing the
// rounded value states "agrees within rounding" exactly.
double rounded(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(x * scale) / scale;
}

bool all_finite(const IccEstimate& e) {
    return std::isfinite(e.value) && std::isfinite(e.lower) && std::isfinite(e.upper) &&
           std::isfinite(e.f) && std::isfinite(e.df1) && std::isfinite(e.df2) && std::isfinite(e.p);
}

void check_no_nan(const PanelAgreement& r) {
    BOOST_TEST(std::isfinite(r.msb));
    BOOST_TEST(std::isfinite(r.msw));
    BOOST_TEST(std::isfinite(r.msr));
    BOOST_TEST(std::isfinite(r.mse));
    for (const auto* e : {&r.icc1_1, &r.icc2_1})
        if (*e)
            BOOST_TEST(all_finite(**e));
    // The average-rater interval may be open below (-inf), never NaN.
    if (r.icc2_k) {
        auto closed = *r.icc2_k;
        closed.lower = std::isinf(closed.lower) && closed.lower < 0 ? -1.0 : closed.lower;
        BOOST_TEST(all_finite(closed));
    }
}

void check_nothing_estimated(const PanelAgreement& r) {
    check_no_nan(r);
    BOOST_TEST(!r.icc1_1);
    BOOST_TEST(!r.icc2_1);
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());
}

const std::vector<std::string> judges{"j1", "j2", "j3", "j4"};

} // namespace

BOOST_AUTO_TEST_SUITE(panel_agreement)

// Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges.
//
// Row sums 24 12 26 16 30 19, column sums 46 15 26 40, total 127, sum of
// squares of all 24 ratings 841. Correction term CF = 127^2/24 = 672.0417.
//   SS total   = 841 - CF                                  = 168.9583
//   SS targets = (24^2+12^2+26^2+16^2+30^2+19^2)/4 - CF
//              = 2913/4 - CF                               =  56.2083
//   SS judges  = (46^2+15^2+26^2+40^2)/6 - CF = 4617/6 - CF =  97.4583
//   SS within  = 168.9583 - 56.2083                        = 112.7500
//   SS error   = 112.7500 - 97.4583                        =  15.2917
//   BMS = 56.2083/5 = 1349/120 = 11.2417   WMS = 112.75/18 = 451/72  = 6.2639
//   JMS = 97.4583/3 = 2339/72  = 32.4861   EMS = 15.2917/15 = 367/360 = 1.0194
//   ICC(1,1) = (11.2417 - 6.2639)/(11.2417 + 3*6.2639)             = 4.9778/30.0333 = .1657
//   ICC(2,1) = (11.2417 - 1.0194)/(11.2417 + 3*1.0194 + 4*31.4667/6) = 10.2222/35.2778 = .2898
//   ICC(2,k) = 10.2222/(11.2417 + 31.4667/6)                        = 10.2222/16.4861 = .6200
//
// Intervals, with quantiles computed independently (bisection on the
// regularized incomplete beta) rather than by Boost:
//   ICC(1,1): F0 = BMS/WMS = 1.7947 on (5, 18); F.975(5,18) = 3.3820, F.975(18,5) = 6.3619
//             FL = 1.7947/3.3820 = 0.5307 -> (0.5307-1)/(0.5307+3) = -0.1329
//             FU = 1.7947*6.3619 = 11.4175 -> 10.4175/14.4175       =  0.7226
//             p = P(F(5,18) > 1.7947) = 0.1648
//   ICC(2,1): Fj = JMS/EMS = 31.866, v = 4.7851,
//             F* = F.975(5, 4.7851) = 7.4986, F*' = F.975(4.7851, 5) = 7.1907
//             kJMS + (kn-k-n)EMS = 129.9444 + 14*1.0194 = 144.2167
//             lower = 6(11.2417 - 7.4986*1.0194)/(7.4986*144.2167 + 6*11.2417) = 0.0188
//             upper = 6(7.1907*11.2417 - 1.0194)/(144.2167 + 6*7.1907*11.2417) = 0.7611
//             F = BMS/EMS = 11.0272 on (5, 15), p = 0.000135
//   ICC(2,k): Spearman-Brown of the above: 4*0.0188/(1+3*0.0188) = 0.0711,
//             4*0.7611/(1+3*0.7611) = 0.9272
BOOST_AUTO_TEST_CASE(shrout_fleiss_table_2) {
    // clang-format off
    const auto r = extramile::panel_agreement(grid(judges, {{ 9, 2, 5, 8},
                                                            { 6, 1, 3, 2},
                                                            { 8, 4, 6, 8},
                                                            { 7, 1, 2, 6},
                                                            {10, 5, 6, 9},
                                                            { 6, 2, 4, 7}}));
    // clang-format on
    BOOST_TEST(r.targets == 6);
    BOOST_TEST(r.raters == 4);
    BOOST_TEST(r.ratings == 24);
    BOOST_TEST(r.crossed);
    BOOST_TEST(r.note().empty());

    // The mean squares as printed in the paper...
    BOOST_TEST(rounded(r.msb, 2) == 11.24, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.msw, 2) == 6.26, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.msr, 2) == 32.49, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.mse, 2) == 1.02, tt::tolerance(1e-9));
    // ...and exactly, from the sums of squares above.
    BOOST_TEST(r.msb == 1349.0 / 120, tt::tolerance(1e-12));
    BOOST_TEST(r.msw == 451.0 / 72, tt::tolerance(1e-12));
    BOOST_TEST(r.msr == 2339.0 / 72, tt::tolerance(1e-12));
    BOOST_TEST(r.mse == 367.0 / 360, tt::tolerance(1e-12));

    BOOST_REQUIRE(r.icc1_1);
    BOOST_REQUIRE(r.icc2_1);
    BOOST_REQUIRE(r.icc2_k);
    BOOST_TEST(rounded(r.icc1_1->value, 2) == 0.17, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.icc2_1->value, 2) == 0.29, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.icc2_k->value, 2) == 0.62, tt::tolerance(1e-9));
    // The paper's other forms, from the reported mean squares, confirm that
    // msb/msw/mse are the quantities the paper means.
    const double k = 4;
    BOOST_TEST(rounded((r.msb - r.msw) / r.msb, 2) == 0.44, tt::tolerance(1e-9));
    BOOST_TEST(rounded((r.msb - r.mse) / (r.msb + (k - 1) * r.mse), 2) == 0.71,
               tt::tolerance(1e-9));
    BOOST_TEST(rounded((r.msb - r.mse) / r.msb, 2) == 0.91, tt::tolerance(1e-9));

    BOOST_TEST(r.icc1_1->f == 1.794678, tt::tolerance(1e-6));
    BOOST_TEST(r.icc1_1->df1 == 5);
    BOOST_TEST(r.icc1_1->df2 == 18);
    BOOST_TEST(rounded(r.icc1_1->lower, 3) == -0.133, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.icc1_1->upper, 3) == 0.723, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.icc1_1->p, 3) == 0.165, tt::tolerance(1e-9));

    BOOST_TEST(r.icc2_1->f == 11.027248, tt::tolerance(1e-6));
    BOOST_TEST(r.icc2_1->df1 == 5);
    BOOST_TEST(r.icc2_1->df2 == 15);
    BOOST_TEST(rounded(r.icc2_1->lower, 3) == 0.019, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.icc2_1->upper, 3) == 0.761, tt::tolerance(1e-9));
    BOOST_TEST(r.icc2_1->p == 0.000134567, tt::tolerance(1e-4));

    BOOST_TEST(rounded(r.icc2_k->lower, 3) == 0.071, tt::tolerance(1e-9));
    BOOST_TEST(rounded(r.icc2_k->upper, 3) == 0.927, tt::tolerance(1e-9));
    BOOST_TEST(r.icc2_k->f == r.icc2_1->f);
    BOOST_TEST(r.icc2_k->p == r.icc2_1->p);
}

// Three candidates, two interviewers, 1-5 scale:
//          ana  ben   mean
//   c1      5    4    4.5
//   c2      3    3    3
//   c3      2    1    1.5
//   mean  10/3  8/3   grand 3
// SS total   = 2^2 + 1^2 + 0 + 0 + 1^2 + 2^2                 = 10
// SS targets = 2 * (1.5^2 + 0^2 + 1.5^2)                      = 9    BMS = 9/2      = 4.5
// SS within  = 10 - 9                                         = 1    WMS = 1/3
// SS raters  = 3 * ((1/3)^2 + (1/3)^2)                        = 2/3  JMS = (2/3)/1  = 2/3
// SS error   = residuals x - row - col + grand: +-1/6 (c1, c3), +-1/3 (c2)
//            = 4/36 + 2/9                                     = 1/3  EMS = (1/3)/2  = 1/6
// ICC(1,1) = (4.5 - 1/3)/(4.5 + 1/3)                   = (25/6)/(29/6)   = 25/29
// ICC(2,1) = (4.5 - 1/6)/(4.5 + 1/6 + 2(2/3 - 1/6)/3)  = (13/3)/5        = 13/15
// ICC(2,k) = (4.5 - 1/6)/(4.5 + (2/3 - 1/6)/3)         = (13/3)/(14/3)   = 13/14
// ICC(1,1) test: F = 4.5/(1/3) = 13.5 on (2, 3). With 2 numerator df the F
// tail has a closed form, P(F > f) = (1 + 2f/d2)^(-d2/2):
//   p = (1 + 9)^(-3/2) = 0.0316228;  F.975(2,3) = 1.5 (40^(2/3) - 1) = 16.0441,
//   F.975(3,2) = 39.1655 (tables).
//   FL = 13.5/16.0441 = 0.84143 -> (FL-1)/(FL+1) = -0.08611
//   FU = 13.5*39.1655 = 528.73  -> (FU-1)/(FU+1) =  0.99622
// ICC(2,1) test: F = 4.5/(1/6) = 27 on (2, 2), p = (1 + 27)^(-1) = 1/28.
BOOST_AUTO_TEST_CASE(small_crossed_panel_by_hand) {
    // Rater order differs between candidates: identity is the key, not the position.
    const std::vector<RatedTarget> panel{
        {{"ana", 5}, {"ben", 4}},
        {{"ben", 3}, {"ana", 3}},
        {{"ben", 1}, {"ana", 2}},
    };
    const auto r = extramile::panel_agreement(panel);
    BOOST_TEST(r.targets == 3);
    BOOST_TEST(r.raters == 2);
    BOOST_TEST(r.ratings == 6);
    BOOST_TEST(r.crossed);
    BOOST_TEST(r.note().empty());
    BOOST_TEST(r.msb == 4.5, tt::tolerance(1e-12));
    BOOST_TEST(r.msw == 1.0 / 3, tt::tolerance(1e-12));
    BOOST_TEST(r.msr == 2.0 / 3, tt::tolerance(1e-12));
    BOOST_TEST(r.mse == 1.0 / 6, tt::tolerance(1e-12));

    BOOST_REQUIRE(r.icc1_1);
    BOOST_TEST(r.icc1_1->value == 25.0 / 29, tt::tolerance(1e-12));
    BOOST_TEST(r.icc1_1->f == 13.5, tt::tolerance(1e-12));
    BOOST_TEST(r.icc1_1->df1 == 2);
    BOOST_TEST(r.icc1_1->df2 == 3);
    BOOST_TEST(r.icc1_1->p == std::pow(10.0, -1.5), tt::tolerance(1e-9));
    BOOST_TEST(r.icc1_1->lower == -0.0861121, tt::tolerance(1e-5));
    BOOST_TEST(r.icc1_1->upper == 0.9962245, tt::tolerance(1e-6));

    BOOST_REQUIRE(r.icc2_1);
    BOOST_TEST(r.icc2_1->value == 13.0 / 15, tt::tolerance(1e-12));
    BOOST_TEST(r.icc2_1->f == 27.0, tt::tolerance(1e-12));
    BOOST_TEST(r.icc2_1->df1 == 2);
    BOOST_TEST(r.icc2_1->df2 == 2);
    BOOST_TEST(r.icc2_1->p == 1.0 / 28, tt::tolerance(1e-9));

    BOOST_REQUIRE(r.icc2_k);
    BOOST_TEST(r.icc2_k->value == 13.0 / 14, tt::tolerance(1e-12));
    // Spearman-Brown of the ICC(2,1) bounds, by definition.
    const double l = r.icc2_1->lower, u = r.icc2_1->upper;
    BOOST_TEST(r.icc2_k->lower == 2 * l / (1 + l), tt::tolerance(1e-12));
    BOOST_TEST(r.icc2_k->upper == 2 * u / (1 + u), tt::tolerance(1e-12));
}

// Three candidates rated 2, 3 and 1 times (N = 6, n = 3):
//   c1: 4 5     mean 4.5
//   c2: 2 3 1   mean 2
//   c3: 3       mean 3          grand mean 18/6 = 3
// SS between = 2(1.5)^2 + 3(1)^2 + 1(0)^2 = 7.5      BMS = 7.5/2       = 3.75
// SS within  = (.25 + .25) + (0 + 1 + 1) + 0 = 2.5   WMS = 2.5/(6 - 3) = 5/6
// (c3 adds to the grand mean and SS between but nothing to SS within.)
// k0 = (N - sum n_i^2 / N)/(n - 1) = (6 - (4 + 9 + 1)/6)/2 = 11/6
// ICC(1,1) = (3.75 - 5/6)/(3.75 + (5/6)(5/6)) = (35/12)/(160/36) = 21/32 = 0.65625
// F = 3.75/(5/6) = 4.5 on (2, 3): p = (1 + 2*4.5/3)^(-3/2) = 1/8.
// FL = 4.5/16.0441 = 0.28048 -> (0.28048 - 1)/(0.28048 + 5/6) = -0.64600
// FU = 4.5*39.1655 = 176.245 -> 175.245/177.078               =  0.98965
BOOST_AUTO_TEST_CASE(unbalanced_panel_uses_k0) {
    const std::vector<RatedTarget> panel{
        {{"ana", 4}, {"ben", 5}},
        {{"ana", 2}, {"ben", 3}, {"cy", 1}},
        {{"cy", 3}},
    };
    const auto r = extramile::panel_agreement(panel);
    check_no_nan(r);
    BOOST_TEST(r.targets == 3);
    BOOST_TEST(r.raters == 3);
    BOOST_TEST(r.ratings == 6);
    BOOST_TEST(!r.crossed);
    BOOST_TEST(r.msb == 3.75, tt::tolerance(1e-12));
    BOOST_TEST(r.msw == 5.0 / 6, tt::tolerance(1e-12));
    BOOST_REQUIRE(r.icc1_1);
    BOOST_TEST(r.icc1_1->value == 21.0 / 32, tt::tolerance(1e-12));
    BOOST_TEST(r.icc1_1->f == 4.5, tt::tolerance(1e-12));
    BOOST_TEST(r.icc1_1->df1 == 2);
    BOOST_TEST(r.icc1_1->df2 == 3);
    BOOST_TEST(r.icc1_1->p == 0.125, tt::tolerance(1e-9));
    BOOST_TEST(r.icc1_1->lower == -0.6460016, tt::tolerance(1e-6));
    BOOST_TEST(r.icc1_1->upper == 0.9896468, tt::tolerance(1e-6));
    BOOST_TEST(!r.icc2_1);
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());
}

// Negative agreement is reported as computed, not clamped:
//          ana  ben   mean
//   c1      1    4    2.5
//   c2      4    2    3
//   c3      3    2    2.5
//   mean   8/3  8/3   grand 8/3
// SS targets = 2((1/6)^2 + (1/3)^2 + (1/6)^2) = 1/3  BMS = 1/6
// SS within  = 4.5 + 2 + 0.5 = 7                     WMS = 7/3
// SS raters  = 0 (equal rater means)                 JMS = 0
// SS error   = 7                                     EMS = 7/2
// ICC(1,1) = (1/6 - 14/6)/(1/6 + 14/6)                 = -13/15
// ICC(2,1) = (1/6 - 7/2)/(1/6 + 7/2 + 2(0 - 7/2)/3)   = (-10/3)/(4/3) = -5/2
// ICC(2,1) interval: Fj = 0, so v = (k-1)(n-1) b^2 / b^2 = 2, and
// F.975(2,2) = 39 exactly (1/(1+f) = 0.025). kJMS + (kn-k-n)EMS = 7/2.
//   lower = 3(1/6 - 39*7/2)/(39*7/2 + 3/6) = -409/137
//   upper = 3(39/6 - 7/2)/(7/2 + 3*39/6)   = 9/23
// ICC(2,1) = -5/2 is below -1/(k-1) = -1, where the Spearman-Brown step-up
// to ICC(2,k) is undefined (the formula would give +10/3), so ICC(2,k) is left out.
BOOST_AUTO_TEST_CASE(negative_agreement_is_reported_as_is) {
    const auto r = extramile::panel_agreement(grid({"ana", "ben"}, {{1, 4}, {4, 2}, {3, 2}}));
    check_no_nan(r);
    BOOST_TEST(r.crossed);
    BOOST_REQUIRE(r.icc1_1);
    BOOST_TEST(r.icc1_1->value == -13.0 / 15, tt::tolerance(1e-12));
    BOOST_REQUIRE(r.icc2_1);
    BOOST_TEST(r.icc2_1->value == -2.5, tt::tolerance(1e-12));
    BOOST_TEST(r.icc2_1->lower == -409.0 / 137, tt::tolerance(1e-9));
    BOOST_TEST(r.icc2_1->upper == 9.0 / 23, tt::tolerance(1e-9));
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());
}

// Two candidates, two interviewers, equal rater means (JMS = 0):
//   c1: 5 4, c2: 1 2. BMS = 9, EMS = 1, ICC(2,1) = 8/9, v = 1,
//   F.975(1,1) = tan(0.4875 pi)^2 = 647.79, lower = 2(9 - 647.79)/18 = -70.98.
// A single-rater bound below -1 has no Spearman-Brown image, so the ICC(2,k)
// interval is unbounded below: the estimate is kept, its lower limit is -inf,
// and a note says so. ICC(2,k) = (BMS - EMS)/(BMS + (JMS - EMS)/n) = 8/(9 - 1/2) = 16/17.
BOOST_AUTO_TEST_CASE(unbounded_average_interval_keeps_the_estimate) {
    const auto r = extramile::panel_agreement(grid({"ana", "ben"}, {{5, 4}, {1, 2}}));
    check_no_nan(r);
    BOOST_REQUIRE(r.icc2_1);
    BOOST_TEST(r.icc2_1->value == 8.0 / 9, tt::tolerance(1e-12));
    BOOST_TEST(r.icc2_1->lower == -70.976557, tt::tolerance(1e-6));
    BOOST_REQUIRE(r.icc2_k);
    BOOST_TEST(r.icc2_k->value == 16.0 / 17, tt::tolerance(1e-12));
    BOOST_TEST(std::isinf(r.icc2_k->lower));
    BOOST_TEST(r.icc2_k->lower < 0);
    BOOST_TEST(r.icc2_k->upper == 2 * r.icc2_1->upper / (1 + r.icc2_1->upper), tt::tolerance(1e-12));
    BOOST_TEST(r.note().find("no lower limit") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(one_target) {
    const auto r = extramile::panel_agreement({{{"ana", 3}, {"ben", 4}}});
    check_nothing_estimated(r);
    BOOST_TEST(r.targets == 1);
    BOOST_TEST(r.ratings == 2);
}

BOOST_AUTO_TEST_CASE(all_ratings_identical) {
    const auto r = extramile::panel_agreement(grid({"ana", "ben"}, {{3, 3}, {3, 3}, {3, 3}}));
    check_nothing_estimated(r);
    BOOST_TEST(r.crossed);
    BOOST_TEST(r.msb == 0);
    BOOST_TEST(r.msw == 0);
}

// Ratings that are exactly additive on paper (c is always 0.4 above b, b 0.3
// above a) leave residuals of rounding size, about 1e-32 in EMS, because 0.1
// has no exact binary form and the means are in thirds. Taken at face value
// that would be an F ratio near 1e31; it must be recognised as "no variance".
BOOST_AUTO_TEST_CASE(rounding_noise_is_not_variance) {
    const auto r = extramile::panel_agreement(
        grid({"a", "b", "c"}, {{0.1, 0.4, 0.8}, {0.7, 1.0, 1.4}, {0.3, 0.6, 1.0}}));
    check_no_nan(r);
    BOOST_TEST(r.crossed);
    BOOST_TEST(r.mse == 0);
    BOOST_TEST(r.msw > 0);
    BOOST_TEST(r.icc1_1.has_value());
    BOOST_TEST(!r.icc2_1);
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());

    const auto same = extramile::panel_agreement(
        grid({"a", "b", "c"}, {{0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}, {0.1, 0.1, 0.1}}));
    check_nothing_estimated(same);
    BOOST_TEST(same.msw == 0);
}

// WMS = 0 but BMS > 0: the formula would give ICC(1,1) = 1 with an infinite F
// and a [1, 1] interval; it is reported as missing, with the reason.
BOOST_AUTO_TEST_CASE(identical_ratings_within_each_target) {
    const auto r = extramile::panel_agreement(grid({"ana", "ben"}, {{4, 4}, {2, 2}, {5, 5}}));
    check_nothing_estimated(r);
    BOOST_TEST(r.msb > 0);
    BOOST_TEST(r.msw == 0);
}

// Ben is always exactly one point above Ana: EMS = 0 but WMS > 0, so the
// one-way estimate exists and the two-way ones do not.
BOOST_AUTO_TEST_CASE(constant_offset_between_raters) {
    const auto r = extramile::panel_agreement(grid({"ana", "ben"}, {{4, 5}, {2, 3}, {1, 2}}));
    check_no_nan(r);
    BOOST_TEST(r.crossed);
    BOOST_TEST(r.mse == 0);
    BOOST_TEST(r.icc1_1.has_value());
    BOOST_TEST(!r.icc2_1);
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());
}

// BMS = JMS = 0 with two targets and two raters makes the ICC(2,1)
// denominator 0. ICC(1,1) = -1 with F = 0 is still defined and reported.
BOOST_AUTO_TEST_CASE(cancelling_two_by_two) {
    const auto r = extramile::panel_agreement(grid({"ana", "ben"}, {{1, 2}, {2, 1}}));
    check_no_nan(r);
    BOOST_REQUIRE(r.icc1_1);
    BOOST_TEST(r.icc1_1->value == -1.0, tt::tolerance(1e-12));
    BOOST_TEST(r.icc1_1->p == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(!r.icc2_1);
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());
}

BOOST_AUTO_TEST_CASE(empty_input) {
    const auto r = extramile::panel_agreement({});
    check_nothing_estimated(r);
    BOOST_TEST(r.targets == 0);
    BOOST_TEST(r.raters == 0);
    BOOST_TEST(r.ratings == 0);
    BOOST_TEST(!r.crossed);

    // Candidates nobody rated are not targets.
    const auto unrated = extramile::panel_agreement({RatedTarget{}, RatedTarget{}});
    check_nothing_estimated(unrated);
    BOOST_TEST(unrated.targets == 0);
}

BOOST_AUTO_TEST_CASE(no_target_with_two_ratings) {
    const auto r = extramile::panel_agreement({{{"ana", 3}}, {{"ben", 4}}, {{"cy", 5}}});
    check_nothing_estimated(r);
    BOOST_TEST(r.targets == 3);
    BOOST_TEST(r.raters == 3);
    BOOST_TEST(!r.crossed);
}

BOOST_AUTO_TEST_CASE(non_finite_rating) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    check_nothing_estimated(extramile::panel_agreement(grid({"ana", "ben"}, {{4, nan}, {2, 3}})));
    check_nothing_estimated(extramile::panel_agreement(grid({"ana", "ben"}, {{4, inf}, {2, 3}})));
}

// Ana rated c2 twice and Ben never rated it: each candidate has two ratings
// from a panel of two raters, yet the design is not crossed. Both of Ana's
// ratings count for ICC(1,1):
//   c1: 4 3 (mean 3.5), c2: 2 3 (mean 2.5), grand 3
//   BMS = 2(.25) + 2(.25) = 1 on 1 df; WMS = (.5 + .5)/2 = 1/2
//   ICC(1,1) = (1 - 1/2)/(1 + 1/2) = 1/3
BOOST_AUTO_TEST_CASE(rater_rating_a_target_twice_is_not_crossed) {
    const std::vector<RatedTarget> panel{
        {{"ana", 4}, {"ben", 3}},
        {{"ana", 2}, {"ana", 3}},
    };
    const auto r = extramile::panel_agreement(panel);
    check_no_nan(r);
    BOOST_TEST(!r.crossed);
    BOOST_TEST(r.raters == 2);
    BOOST_TEST(r.ratings == 4);
    BOOST_REQUIRE(r.icc1_1);
    BOOST_TEST(r.icc1_1->value == 1.0 / 3, tt::tolerance(1e-12));
    BOOST_TEST(!r.icc2_1);
    BOOST_TEST(!r.icc2_k);
    BOOST_TEST(!r.note().empty());
}

BOOST_AUTO_TEST_SUITE_END()
