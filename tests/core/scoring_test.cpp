// Scoring rules that the panel fixture does not reach, each worked by hand.
#include "core/scoring/scoring.hpp"

#include "hand_worked_scoring.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;
using extramile::test::card;
using extramile::test::rubric_1_to;

namespace {

const CandidateResult& only(const Comparison& c) {
    BOOST_TEST_REQUIRE(c.candidates.size() == 1u);
    return c.candidates.front();
}

} // namespace

BOOST_AUTO_TEST_SUITE(scoring)

// Candidates are worked out in blocks on every core; what is said about the
// files is still said in file order, and each candidate's ratings come in
// the order of its files, whichever candidates the files interleave.
BOOST_AUTO_TEST_CASE(warnings_and_ratings_keep_the_file_order_across_candidates) {
    std::vector<ScorecardFile> cards;
    std::vector<std::string> expected;
    for (int i = 0; i < 600; ++i) {
        const auto file = "f" + std::to_string(1000 + i);
        const auto candidate = "candidate " + std::to_string(i % 300);
        cards.push_back(card(file, "s" + std::to_string(i), 1, candidate, "I" + std::to_string(i),
                             {{"a", 1 + i % 5}, {"c", 2}}, i % 7 == 0 ? "sha256:other" : "sha256:x"));
        if (i % 7 == 0)
            expected.push_back(file + " was scored against another text of rubric \"r\" (the digests differ); "
                                      "its ratings were counted.");
        expected.push_back(file + ": the rating of \"c\" does not fit the rubric and was ignored.");
    }
    const auto c = compare(rubric_1_to(5), "sha256:x", cards);
    BOOST_TEST(c.warnings == expected, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(c.candidates.size() == 300u);
    for (const auto& candidate : c.candidates) {
        const auto& ratings = candidate.competencies.at("a").ratings;
        BOOST_TEST_REQUIRE(ratings.size() == 2u);
        const int first = std::stoi(ratings[0].interviewer.substr(1));
        BOOST_TEST(ratings[1].interviewer == "I" + std::to_string(first + 300));
        BOOST_TEST(candidate.name == "candidate " + std::to_string(first));
        BOOST_TEST(ratings[0].file->string() == "f" + std::to_string(1000 + first));
    }
}

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

// Formats.md, "Scores": a candidate with one competency rated (by one
// interviewer) scored 100 and ranked above everyone fully rated.
BOOST_AUTO_TEST_CASE(an_incomplete_candidate_never_ranks_first) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "Ana", "Luca", {{"a", 5}}),               // a only: coverage 3/4
                      card("2", "s2", 1, "Bea", "Luca", {{"a", 3}, {"b", 3}})});   // total 50, complete
    BOOST_TEST_REQUIRE(c.candidates.size() == 2u);
    BOOST_TEST(c.candidates[0].name == "Bea");
    BOOST_TEST(c.candidates[0].complete());
    const auto& ana = c.candidates[1];
    BOOST_TEST(ana.total.value() == 100.0); // what is rated, as before: the total says nothing of coverage
    BOOST_TEST(ana.coverage == 0.75);
    BOOST_TEST(ana.has_flag("incomplete"));
    BOOST_TEST(!ana.complete());
}

// Both minimum-bar competencies "na": 100 and unflagged, before.
BOOST_AUTO_TEST_CASE(a_bar_nobody_assessed_is_flagged_and_ranks_with_the_incomplete) {
    auto r = rubric_1_to(5);
    r.competencies[1].minimum = 2; // both have bars now
    Competency c3;
    c3.id = "c";
    c3.weight = 1;
    r.competencies.push_back(c3);
    auto c = compare(r, "sha256:x",
                     {card("1", "s1", 1, "Ana", "Luca", {{"a", std::nullopt}, {"b", std::nullopt}, {"c", 5}}),
                      card("2", "s2", 1, "Bea", "Luca", {{"a", 3}, {"b", 3}, {"c", 2}})});
    BOOST_TEST(c.candidates[0].name == "Bea");
    const auto& ana = c.candidates[1];
    BOOST_TEST(ana.total.value() == 100.0);
    BOOST_TEST(ana.competencies.at("a").minimum_not_assessed);
    BOOST_TEST(ana.competencies.at("b").minimum_not_assessed);
    BOOST_TEST(!ana.competencies.at("c").minimum_not_assessed); // no bar
    BOOST_TEST(ana.has_flag("minimum-not-assessed"));
    BOOST_TEST(ana.coverage == 0.2); // 1 of 5 weight
}

// Spreads: 5/1/5 on a is polarised (both ends of the scale), spread 4; 3/4/5 on b spread 2.
BOOST_AUTO_TEST_CASE(disagreement_has_a_size) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "Ana", "Luca", {{"a", 5}, {"b", 3}}),
                      card("2", "s2", 1, "Ana", "Marta", {{"a", 1}, {"b", 4}}),
                      card("3", "s3", 1, "Ana", "Pia", {{"a", 5}, {"b", 5}})});
    const auto& ana = only(c);
    BOOST_TEST(ana.competencies.at("a").spread.value() == 4);
    BOOST_TEST(ana.competencies.at("a").polarised);
    BOOST_TEST(ana.competencies.at("b").spread.value() == 2);
    BOOST_TEST(!ana.competencies.at("b").polarised);
    BOOST_TEST(ana.largest_spread.value() == 4);
}

// a = 11/3, b = 4: total = 100 * (3*(8/3)/4 + 1*(3/4)) / 4 = 68.75 = 50 + 18.75.
BOOST_AUTO_TEST_CASE(the_contributions_add_up_to_the_total) {
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("1", "s1", 1, "Ana", "Luca", {{"a", 5}, {"b", 4}}),
                      card("2", "s2", 1, "Ana", "Marta", {{"a", 3}, {"b", 4}}),
                      card("3", "s3", 1, "Ana", "Pia", {{"a", 3}})});
    const auto& ana = only(c);
    BOOST_TEST(ana.total.value() == 68.75, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(ana.competencies.at("a").contribution.value() == 50.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(ana.competencies.at("b").contribution.value() == 18.75, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(recommendations_are_counted_and_a_split_panel_flagged) {
    auto luca = card("1", "s1", 1, "Ana", "Luca", {{"a", 5}, {"b", 5}});
    luca.scorecard.recommendation = Recommendation::strong_yes;
    auto marta = card("2", "s2", 1, "Ana", "Marta", {{"a", 1}, {"b", 1}});
    marta.scorecard.recommendation = Recommendation::strong_no;
    auto pia = card("3", "s3", 1, "Ana", "Pia", {{"a", 3}, {"b", 3}});
    pia.scorecard.recommendation = Recommendation::yes;
    // Kept in a variable: a reference into the temporary would dangle.
    const auto comparison = compare(rubric_1_to(5), "sha256:x", {luca, marta, pia});
    const auto& ana = only(comparison);
    BOOST_TEST(ana.recommendation_counts == (std::array<int, 4>{1, 0, 1, 1}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(ana.recommendations.size() == 3u);
    BOOST_TEST(ana.recommendations[1].interviewer == "Marta");
    BOOST_TEST((ana.recommendations[1].value == Recommendation::strong_no));
    BOOST_TEST(ana.has_flag("split-recommendation"));
}

BOOST_AUTO_TEST_CASE(a_row_shows_when_a_copy_decided_or_drafts_counted) {
    auto draft = card("d.scorecard.xml", "s2", 1, "Ana", "Marta", {{"a", 3}, {"b", 3}});
    draft.scorecard.status = ScorecardStatus::draft;
    auto c = compare(rubric_1_to(5), "sha256:x",
                     {card("a.scorecard.xml", "s1", 3, "Ana", "Luca", {{"a", 2}, {"b", 2}}),
                      card("a.scorecard.sync-conflict-20261201-081323-4OPKA3A.xml", "s1", 4, "Ana", "Luca",
                           {{"a", 4}, {"b", 4}}),
                      draft},
                     CompareOptions{true});
    const auto& ana = only(c);
    BOOST_TEST(ana.has_flag("sync-conflict"));
    BOOST_TEST(ana.has_flag("drafts-included"));
    BOOST_TEST(ana.drafts_included == 1);
}

BOOST_AUTO_TEST_SUITE_END()
