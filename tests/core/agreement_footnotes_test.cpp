#include "core/scoring/agreement_footnotes.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;

namespace {

Rubric rubric_of(const std::vector<std::string>& ids) {
    Rubric rubric;
    for (const auto& id : ids)
        rubric.competencies.emplace_back().id = id;
    return rubric;
}

PanelAgreement noted(std::vector<AgreementNote> notes) {
    PanelAgreement agreement;
    agreement.notes = std::move(notes);
    return agreement;
}

} // namespace

BOOST_AUTO_TEST_SUITE(agreement_footnotes_suite)

BOOST_AUTO_TEST_CASE(a_reason_shared_is_one_footnote_numbered_in_the_rubrics_order) {
    // The map's order (by id) is not the rubric's: "b" comes first in the
    // rubric and its reason is footnote 1.
    const auto rubric = rubric_of({"b", "a", "c", "d"});
    const std::map<std::string, PanelAgreement> agreement{
        {"a", noted({AgreementNote::too_few_candidates})},
        {"b", noted({AgreementNote::panel_incomplete, AgreementNote::average_undefined})},
        {"c", noted({AgreementNote::too_few_candidates})},
        {"d", noted({})}};
    const auto footnotes = agreement_footnotes(rubric, agreement);
    BOOST_REQUIRE_EQUAL(footnotes.notes.size(), 2u);
    BOOST_TEST((footnotes.notes[0] ==
                std::vector<AgreementNote>{AgreementNote::panel_incomplete, AgreementNote::average_undefined}));
    BOOST_TEST((footnotes.notes[1] == std::vector<AgreementNote>{AgreementNote::too_few_candidates}));
    BOOST_TEST((footnotes.of == std::vector<std::size_t>{1, 2, 2, 0}));
}

BOOST_AUTO_TEST_CASE(the_same_reasons_in_another_order_or_in_part_are_another_footnote) {
    const auto rubric = rubric_of({"a", "b", "c"});
    const std::map<std::string, PanelAgreement> agreement{
        {"a", noted({AgreementNote::panel_incomplete, AgreementNote::average_undefined})},
        {"b", noted({AgreementNote::panel_incomplete})},
        {"c", noted({AgreementNote::panel_incomplete, AgreementNote::average_undefined})}};
    const auto footnotes = agreement_footnotes(rubric, agreement);
    BOOST_TEST(footnotes.notes.size() == 2u);
    BOOST_TEST((footnotes.of == std::vector<std::size_t>{1, 2, 1}));
}

BOOST_AUTO_TEST_CASE(a_competency_without_an_estimate_record_has_no_footnote) {
    const auto rubric = rubric_of({"a", "missing"});
    const auto footnotes = agreement_footnotes(rubric, {{"a", noted({AgreementNote::nobody_rated})}});
    BOOST_TEST((footnotes.of == std::vector<std::size_t>{1, 0}));
    BOOST_TEST(agreement_footnotes(rubric, {}).notes.empty());
}

BOOST_AUTO_TEST_SUITE_END()
