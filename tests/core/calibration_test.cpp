// Interviewer calibration (core/scoring/calibration): the severity offsets
// of rating = (candidate x competency) + interviewer + error, on cases
// worked by hand and on simulated panels whose true offsets are known.
#include "core/scoring/scoring.hpp"

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <cmath>

using namespace extramile;

namespace {

// A 1-5 rubric with `n` competencies c0, c1, ... of weight 1.
Rubric rubric_with(int n) {
    Rubric r;
    r.id = "r";
    r.version = "1";
    r.scale = {1, 5, {}, {}};
    for (int i = 0; i < n; ++i) {
        Competency c;
        c.id = "c" + std::to_string(i);
        r.competencies.push_back(c);
    }
    return r;
}

int next_id = 0;

ScorecardFile card(const std::string& candidate, const std::string& interviewer,
                   std::vector<std::pair<std::string, std::optional<int>>> ratings) {
    Scorecard s;
    s.id = "s" + std::to_string(++next_id);
    s.revision = 1;
    s.status = ScorecardStatus::submitted;
    s.rubric = {"r", "1", "sha256:x"};
    s.candidate_id = candidate;
    s.candidate_name = candidate;
    s.interviewer = interviewer;
    for (auto& [c, v] : ratings)
        s.rate(c, v);
    ScorecardFile f;
    f.set_path(candidate + "-" + interviewer + ".scorecard.xml");
    f.scorecard = s;
    return f;
}

const InterviewerCalibration& person(const Comparison& c, const std::string& name) {
    const auto found = std::find_if(c.calibration.interviewers.begin(), c.calibration.interviewers.end(),
                                    [&](const InterviewerCalibration& p) { return p.name == name; });
    BOOST_TEST_REQUIRE((found != c.calibration.interviewers.end()));
    return *found;
}

const CandidateResult& candidate(const Comparison& c, const std::string& id) {
    const auto found = std::find_if(c.candidates.begin(), c.candidates.end(),
                                    [&](const CandidateResult& r) { return r.id == id; });
    BOOST_TEST_REQUIRE((found != c.candidates.end()));
    return *found;
}

} // namespace

BOOST_AUTO_TEST_SUITE(calibration)

BOOST_AUTO_TEST_CASE(the_flag_threshold_is_an_eighth_of_the_range) {
    BOOST_TEST(severity_threshold({1, 5, {}, {}}) == 0.5);
    BOOST_TEST(severity_threshold({0, 10, {}, {}}) == 1.25);
}

// Ana always rates 2 above Bo on the same candidates, without noise:
// offsets +1 and -1, no residual, an interval of width 0 that excludes 0,
// |1| >= 0.5: lenient and severe. df = 4 ratings - 2 cells - 1 = 1.
BOOST_AUTO_TEST_CASE(a_constant_difference_is_split_into_two_offsets) {
    const auto c = compare(rubric_with(1), "sha256:x",
                           {card("x", "Ana", {{"c0", 4}}), card("x", "Bo", {{"c0", 2}}),
                            card("y", "Ana", {{"c0", 5}}), card("y", "Bo", {{"c0", 3}})});
    const auto& ana = person(c, "Ana");
    const auto& bo = person(c, "Bo");
    BOOST_TEST(*ana.offset == 1.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*bo.offset == -1.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(c.calibration.residual_df == 1);
    BOOST_TEST(*c.calibration.residual_sd == 0.0);
    BOOST_TEST((ana.flag == Severity::lenient));
    BOOST_TEST((bo.flag == Severity::severe));
    BOOST_TEST(ana.scorecards == 2);
    BOOST_TEST(ana.ratings == 2);
    BOOST_TEST(*ana.mean == 4.5);
    BOOST_TEST(*ana.sd == std::sqrt(0.5), boost::test_tools::tolerance(1e-12));
    // Adjusted: x = ((4 - 1) + (2 + 1)) / 2 = 3.
    BOOST_TEST(*candidate(c, "x").competencies.at("c0").adjusted_mean == 3.0, boost::test_tools::tolerance(1e-12));
}

// Differences Ana - Bo of 2 and 1: offsets +-0.75; residuals +-0.25, so
// RSS = 0.25 on 1 df, sigma = 0.5; Var(offset) = sigma^2 * C+_ii with
// C = [[1,-1],[-1,1]], C+ = C/4: SE = 0.25. t(0.975, 1) = 12.7062:
// 0.75 +- 3.1766 holds 0, so no flag however large the offset.
// Cleo alone rated z (5): a cell of one rating adds no information and no
// degree of freedom, and z's adjusted mean is 5 - 0.75 = 4.25.
BOOST_AUTO_TEST_CASE(standard_errors_come_from_the_residual_variance) {
    const auto c = compare(rubric_with(1), "sha256:x",
                           {card("x", "Ana", {{"c0", 4}}), card("x", "Bo", {{"c0", 2}}),
                            card("y", "Ana", {{"c0", 5}}), card("y", "Bo", {{"c0", 4}}),
                            card("z", "Ana", {{"c0", 5}})});
    const auto& ana = person(c, "Ana");
    BOOST_TEST(*ana.offset == 0.75, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*person(c, "Bo").offset == -0.75, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(c.calibration.residual_df == 1);
    BOOST_TEST(*c.calibration.residual_sd == 0.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*ana.standard_error == 0.25, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(ana.offset_ci95->first == 0.75 - 12.706204736174707 * 0.25, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(ana.offset_ci95->second == 0.75 + 12.706204736174707 * 0.25, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(!ana.flag.has_value());
    const auto& z = candidate(c, "z");
    BOOST_TEST(*z.competencies.at("c0").mean == 5.0);
    BOOST_TEST(*z.competencies.at("c0").adjusted_mean == 4.25, boost::test_tools::tolerance(1e-12));
    // One competency: total = 100 * (4.25 - 1) / 4 = 81.25 beside the raw 100.
    BOOST_TEST(*z.total == 100.0);
    BOOST_TEST(*z.adjusted_total == 81.25, boost::test_tools::tolerance(1e-9));
}

// A chain without a cycle: x by Ana 5, Bo 3; y by Bo 4, Cleo 4. Then
// oA - oB = 2, oB - oC = 0, oA + oB + oC = 0: oB = oC = -2/3, oA = 4/3.
// 4 ratings - 2 cells - 2 = 0 df: offsets without interval or flag.
BOOST_AUTO_TEST_CASE(an_exact_fit_has_offsets_but_no_interval) {
    const auto c = compare(rubric_with(1), "sha256:x",
                           {card("x", "Ana", {{"c0", 5}}), card("x", "Bo", {{"c0", 3}}),
                            card("y", "Bo", {{"c0", 4}}), card("y", "Cleo", {{"c0", 4}})});
    BOOST_TEST(c.calibration.residual_df == 0);
    BOOST_TEST(!c.calibration.residual_sd.has_value());
    BOOST_TEST(*person(c, "Ana").offset == 4.0 / 3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*person(c, "Bo").offset == -2.0 / 3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(*person(c, "Cleo").offset == -2.0 / 3, boost::test_tools::tolerance(1e-12));
    for (const auto& p : c.calibration.interviewers) {
        BOOST_TEST(!p.offset_ci95.has_value());
        BOOST_TEST(!p.flag.has_value());
    }
}

// Two panels that never met: {Ana, Bo} on x (one competency), {Cleo, Dan}
// on y and w (two competencies, more ratings, so theirs is the fitted
// group); Eva alone on z; Fede rated nothing but "na".
BOOST_AUTO_TEST_CASE(interviewers_not_linked_to_the_fitted_group_get_no_offset_and_a_reason) {
    const auto c = compare(
        rubric_with(2), "sha256:x",
        {card("x", "Ana", {{"c0", 4}}), card("x", "Bo", {{"c0", 2}}), card("y", "Cleo", {{"c0", 4}, {"c1", 3}}),
         card("y", "Dan", {{"c0", 3}, {"c1", 2}}), card("w", "Cleo", {{"c0", 5}, {"c1", 2}}),
         card("w", "Dan", {{"c0", 4}, {"c1", 1}}), card("z", "Eva", {{"c0", 1}, {"c1", 1}}),
         card("z", "Fede", {{"c0", std::nullopt}, {"c1", std::nullopt}})});
    BOOST_TEST(c.calibration.fitted_interviewers == 2);
    BOOST_TEST(*person(c, "Cleo").offset == 0.5, boost::test_tools::tolerance(1e-12));
    BOOST_TEST((person(c, "Cleo").gap == OffsetGap::none));
    for (const auto* name : {"Ana", "Bo"}) {
        BOOST_TEST(!person(c, name).offset.has_value());
        BOOST_TEST((person(c, name).gap == OffsetGap::other_group));
        BOOST_TEST(person(c, name).group_size == 2);
    }
    BOOST_TEST((person(c, "Eva").gap == OffsetGap::alone));
    BOOST_TEST(!person(c, "Eva").offset.has_value());
    BOOST_TEST((person(c, "Fede").gap == OffsetGap::no_ratings));
    BOOST_TEST(person(c, "Fede").scorecards == 1);
    BOOST_TEST(person(c, "Fede").ratings == 0);
    // Without an offset for Ana, x has no adjusted mean or total: never a
    // number that mixes adjusted and raw ratings.
    BOOST_TEST(!candidate(c, "x").competencies.at("c0").adjusted_mean.has_value());
    BOOST_TEST(!candidate(c, "x").adjusted_total.has_value());
    BOOST_TEST(candidate(c, "y").adjusted_total.has_value());
}

// Recommendation agreement is a hook until decision records exist: yes or
// strong-yes agrees with hire, no or strong-no with no-hire.
BOOST_AUTO_TEST_CASE(recommendation_agreement_counts_decided_candidates_only) {
    auto a = card("x", "Ana", {{"c0", 4}});
    a.scorecard.recommendation = Recommendation::strong_yes;
    auto b = card("x", "Bo", {{"c0", 2}});
    b.scorecard.recommendation = Recommendation::strong_no;
    auto a2 = card("y", "Ana", {{"c0", 4}});
    a2.scorecard.recommendation = Recommendation::yes;
    auto c = compare(rubric_with(1), "sha256:x", {a, b, a2});
    add_recommendation_agreement(c.calibration, c.candidates,
                                 {{candidate(c, "x").key, HireOutcome::no_hire}});
    BOOST_TEST(*person(c, "Ana").recommendation_agreement == 0.0);
    BOOST_TEST(person(c, "Ana").recommendations_decided == 1);
    BOOST_TEST(*person(c, "Bo").recommendation_agreement == 1.0);
}

// Simulated panels with known offsets: 40 candidates, 6 interviewers, 4 per
// panel (a rotating, incomplete but connected design), 4 competencies, true
// levels between 2 and 4, normal noise, ratings rounded and kept on 1-5.
namespace {

constexpr std::array<double, 6> true_offsets{0.6, -0.6, 0.3, -0.3, 0.0, 0.0};
const std::array<std::string, 6> names{"I0", "I1", "I2", "I3", "I4", "I5"};

Comparison simulate(unsigned seed, double noise_sd) {
    boost::random::mt19937 random(seed);
    boost::random::uniform_real_distribution<double> level(2.0, 4.0);
    boost::random::normal_distribution<double> noise(0.0, noise_sd);
    const auto rubric = rubric_with(4);
    std::vector<ScorecardFile> cards;
    for (int k = 0; k < 40; ++k) {
        std::array<double, 4> levels;
        for (auto& l : levels)
            l = level(random);
        for (int p = 0; p < 4; ++p) {
            const int i = (k + p) % 6;
            std::vector<std::pair<std::string, std::optional<int>>> ratings;
            for (int comp = 0; comp < 4; ++comp) {
                const double x = std::round(levels[comp] + true_offsets[i] + noise(random));
                ratings.push_back({"c" + std::to_string(comp), static_cast<int>(std::clamp(x, 1.0, 5.0))});
            }
            cards.push_back(card("k" + std::to_string(k), names[i], ratings));
        }
    }
    return compare(rubric, "sha256:x", cards);
}

} // namespace

BOOST_AUTO_TEST_CASE(known_offsets_are_recovered_within_a_fifth_of_a_point) {
    const auto c = simulate(20261201, 0.5);
    BOOST_TEST(c.calibration.fitted_interviewers == 6);
    BOOST_TEST(c.calibration.fitted_ratings == 40 * 4 * 4);
    double sum = 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto& p = person(c, names[i]);
        BOOST_TEST_CONTEXT(names[i]) {
            BOOST_TEST(std::abs(*p.offset - true_offsets[i]) <= 0.2);
            BOOST_TEST(p.offset_ci95.has_value());
        }
        sum += *p.offset;
    }
    BOOST_TEST(std::abs(sum) < 1e-9);
    // 0.6 is past the 0.5 threshold and measured to about +-0.1; 0.3 is not.
    BOOST_TEST((person(c, "I0").flag == Severity::lenient));
    BOOST_TEST((person(c, "I1").flag == Severity::severe));
    BOOST_TEST(!person(c, "I2").flag.has_value());
    BOOST_TEST(!person(c, "I4").flag.has_value());
}

// Over many seeded replications the 95% intervals hold the true offset
// about 95% of the time. 300 replications x 6 interviewers: the share's
// standard error is about 0.005, so 0.90-0.99 fails only for a real fault
// (intervals from the wrong variance, the wrong quantile, or biased offsets).
BOOST_AUTO_TEST_CASE(the_95_percent_intervals_cover_at_the_nominal_rate) {
    int covered = 0, intervals = 0;
    double widest = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const auto c = simulate(seed, 0.7);
        for (std::size_t i = 0; i < names.size(); ++i) {
            const auto& p = person(c, names[i]);
            BOOST_TEST_REQUIRE(p.offset_ci95.has_value());
            ++intervals;
            if (p.offset_ci95->first <= true_offsets[i] && true_offsets[i] <= p.offset_ci95->second)
                ++covered;
            widest = std::max(widest, p.offset_ci95->second - p.offset_ci95->first);
        }
    }
    const double coverage = static_cast<double>(covered) / intervals;
    BOOST_TEST_MESSAGE("coverage " << coverage << " over " << intervals << " intervals; widest " << widest);
    BOOST_TEST(coverage >= 0.90);
    BOOST_TEST(coverage <= 0.99);
    BOOST_TEST(widest < 1.0); // the intervals say something
}

BOOST_AUTO_TEST_SUITE_END()
