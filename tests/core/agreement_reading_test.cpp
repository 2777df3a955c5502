#include "core/scoring/agreement_reading.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;

namespace {
IccEstimate estimate(double value, double lower, double upper) {
    IccEstimate e;
    e.value = value, e.lower = lower, e.upper = upper;
    return e;
}
} // namespace

BOOST_AUTO_TEST_SUITE(agreement_reading)

BOOST_AUTO_TEST_CASE(levels_follow_koo_and_li) {
    BOOST_TEST((agreement_level(-0.2) == AgreementLevel::poor));
    BOOST_TEST((agreement_level(0.49) == AgreementLevel::poor));
    BOOST_TEST((agreement_level(0.50) == AgreementLevel::moderate));
    BOOST_TEST((agreement_level(0.75) == AgreementLevel::good));
    BOOST_TEST((agreement_level(0.90) == AgreementLevel::good));
    BOOST_TEST((agreement_level(0.91) == AgreementLevel::excellent));
}

BOOST_AUTO_TEST_CASE(prefers_the_two_way_estimate_when_crossed) {
    PanelAgreement a;
    a.icc1_1 = estimate(0.3, 0.1, 0.45);
    a.icc2_1 = estimate(0.8, 0.77, 0.88);
    auto r = read_agreement(a);
    BOOST_TEST(r.basis_name == "ICC(2,1)");
    BOOST_TEST((r.level == AgreementLevel::good));
    BOOST_TEST(!r.uncertain);
}

BOOST_AUTO_TEST_CASE(falls_back_to_one_way_and_flags_a_wide_interval) {
    PanelAgreement a;
    a.icc1_1 = estimate(0.6, -0.4, 0.95);
    auto r = read_agreement(a);
    BOOST_TEST(r.basis_name == "ICC(1,1)");
    BOOST_TEST((r.level == AgreementLevel::moderate));
    BOOST_TEST(r.uncertain);
}

BOOST_AUTO_TEST_CASE(no_estimate_is_not_enough_data) {
    PanelAgreement a;
    a.notes = {AgreementNote::one_rating_each};
    auto r = read_agreement(a);
    BOOST_TEST((r.level == AgreementLevel::not_enough_data));
    BOOST_TEST(!r.basis.has_value());
    BOOST_TEST(r.basis_name.empty());
}

BOOST_AUTO_TEST_SUITE_END()
