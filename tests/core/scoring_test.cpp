// Scoring rules that the panel fixture does not reach, each worked by hand.
#include "core/scoring/scoring.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;

namespace {

Rubric rubric_1_to(int max) {
    Rubric r;
    r.id = "r";
    r.version = "1";
    r.scale = {1, max, {}, {}};
    Competency a;
    a.id = "a";
    a.weight = 3;
    a.minimum = 3;
    Competency b;
    b.id = "b";
    b.weight = 1;
    r.competencies = {a, b};
    return r;
}

ScorecardFile card(const std::string& file, const std::string& id, long revision, const std::string& candidate,
                   const std::string& interviewer, std::vector<std::pair<std::string, std::optional<int>>> ratings,
                   const std::string& digest = "sha256:x") {
    Scorecard s;
    s.id = id;
    s.revision = revision;
    s.status = ScorecardStatus::submitted;
    s.rubric = {"r", "1", digest};
    s.candidate_name = candidate;
    s.interviewer = interviewer;
    for (auto& [c, v] : ratings)
        s.rate(c, v);
    return {file, s};
}

const CandidateResult& only(const Comparison& c) {
    BOOST_TEST_REQUIRE(c.candidates.size() == 1u);
    return c.candidates.front();
}

} // namespace

BOOST_AUTO_TEST_SUITE(scoring)

BOOST_AUTO_TEST_CASE(disagreement_is_40_percent_of_the_range) {
    const auto five = rubric_1_to(5);  // range 4: 1.6 -> 2 points
    BOOST_TEST(!is_disagreement(five.scale, 3, 4));
    BOOST_TEST(is_disagreement(five.scale, 3, 5));
    const auto ten = rubric_1_to(10); // range 9: 3.6 -> 4 points
    BOOST_TEST(!is_disagreement(ten.scale, 2, 5));
    BOOST_TEST(is_disagreement(ten.scale, 2, 6));
}

// One interviewer: a = 5, b = na. Only a counts: total = 100 * 3*(4/4) / 3 = 100.
BOOST_AUTO_TEST_CASE(a_competency_without_ratings_drops_out_with_its_weight) {
    auto c = compare(rubric_1_to(5), "sha256:x", {card("1", "s1", 1, "Ana", "Luca", {{"a", 5}, {"b", std::nullopt}})});
    const auto& ana = only(c);
    BOOST_TEST(ana.total.value() == 100.0);
    BOOST_TEST(!ana.competencies.at("b").mean.has_value());
    BOOST_TEST(ana.competencies.at("b").ratings.size() == 1u); // the "na" is still shown
}

// a = (2+2)/2 = 2 < 3 while b = 5: total = 100 * (3*(1/4) + 1*(4/4)) / 4 = 43.75; flagged.
BOOST_AUTO_TEST_CASE(a_minimum_bar_is_flagged_whatever_the_total) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "Ana", "Luca", {{"a", 2}, {"b", 5}}),
                      card("2", "s2", 1, "Ana", "Marta", {{"a", 2}, {"b", 5}})});
    const auto& ana = only(c);
    BOOST_TEST(ana.total.value() == 43.75);
    BOOST_TEST(ana.competencies.at("a").below_minimum);
    BOOST_TEST((std::find(ana.flags.begin(), ana.flags.end(), "below-minimum") != ana.flags.end()));
}

BOOST_AUTO_TEST_CASE(sync_copies_count_once_and_the_highest_revision_wins) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("a.scorecard.xml", "s1", 3, "Ana", "Luca", {{"a", 2}}),
                      card("a (conflicted copy).scorecard.xml", "s1", 5, "Ana", "Luca", {{"a", 4}})});
    const auto& ana = only(c);
    BOOST_TEST(ana.interviewers.size() == 1u);
    BOOST_TEST(ana.competencies.at("a").mean.value() == 4.0);
    BOOST_TEST_REQUIRE(c.warnings.size() == 1u);
    BOOST_TEST(c.warnings[0].find("counted once") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(equal_revisions_with_different_content_are_a_conflict) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("b.scorecard.xml", "s1", 4, "Ana", "Luca", {{"a", 2}}),
                      card("a.scorecard.xml", "s1", 4, "Ana", "Luca", {{"a", 5}})});
    BOOST_TEST(only(c).competencies.at("a").mean.value() == 5.0); // the path that sorts first
    BOOST_TEST_REQUIRE(c.warnings.size() == 1u);
    BOOST_TEST(c.warnings[0].find("conflict") == 0u);
}

BOOST_AUTO_TEST_CASE(names_group_when_there_is_no_id) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "  Ana   Pérez ", "Luca", {{"a", 3}}),
                      card("2", "s2", 1, "ana pérez", "Marta", {{"a", 5}})});
    BOOST_TEST(only(c).competencies.at("a").mean.value() == 4.0);
}

BOOST_AUTO_TEST_CASE(another_rubric_is_left_out_and_another_text_is_flagged) {
    auto other = card("other.scorecard.xml", "s9", 1, "Zoë", "Luca", {{"a", 1}});
    other.scorecard.rubric.id = "leadership";
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "Ana", "Luca", {{"a", 3}}, "sha256:old"), other});
    const auto& ana = only(c);
    BOOST_TEST((std::find(ana.flags.begin(), ana.flags.end(), "rubric-changed") != ana.flags.end()));
    BOOST_TEST(c.warnings.size() == 2u);
}

BOOST_AUTO_TEST_CASE(unrated_candidates_sort_last) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "Zoë", "Luca", {}), card("2", "s2", 1, "Bea", "Luca", {{"a", 1}}),
                      card("3", "s3", 1, "Ana", "Luca", {{"a", 5}})});
    BOOST_TEST_REQUIRE(c.candidates.size() == 3u);
    BOOST_TEST(c.candidates[0].name == "Ana");
    BOOST_TEST(c.candidates[1].name == "Bea");
    BOOST_TEST(c.candidates[2].name == "Zoë");
    BOOST_TEST(!c.candidates[2].total.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
