// Ranks as HR reads them: tied candidates share one (1, 2, 2, 4), and the
// groups formats.md ranks apart (complete, incomplete, unrated) never tie.
#include "core/scoring/ranking.hpp"

#include "hand_worked_scoring.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;
using extramile::test::rubric_1_to;

namespace {

ScorecardFile card(const std::string& candidate, const std::string& interviewer,
                   std::vector<std::pair<std::string, std::optional<int>>> ratings) {
    const auto id = candidate + "-" + interviewer;
    return test::card(id + ".scorecard.xml", id, 1, candidate, interviewer, std::move(ratings));
}

std::vector<std::string> names(const Comparison& c) {
    std::vector<std::string> out;
    for (const auto& candidate : c.candidates)
        out.push_back(candidate.name);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(ranking)

BOOST_AUTO_TEST_CASE(tied_candidates_share_a_rank_and_the_next_rank_skips) {
    const std::vector<ScorecardFile> cards{
        card("Yara", "I1", {{"a", 5}, {"b", 1}}),  // 75
        card("Xavi", "I1", {{"a", 5}, {"b", 1}}),  // 75, the same evidence
        card("Zoe", "I1", {{"a", 4}, {"b", 5}}),   // 81.25
        card("Walt", "I1", {{"a", 5}}),            // 100 but incomplete: after the complete
        card("Vera", "I1", {{"a", std::nullopt}}), // unrated
        card("Umar", "I1", {{"b", std::nullopt}}), // unrated
        card("Tess", "I1", {{"a", 5}, {"b", 2}}),  // 81.25 by other ratings: tied with Zoe
    };
    const auto c = compare(rubric_1_to(5), "sha256:x", cards);
    BOOST_TEST(names(c) == (std::vector<std::string>{"Tess", "Zoe", "Xavi", "Yara", "Walt", "Umar",
                                                     "Vera"}),
               boost::test_tools::per_element());
    BOOST_TEST(competition_ranks(c.candidates) == (std::vector<int>{1, 1, 3, 3, 5, 6, 6}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_filter_ranks_within_what_it_shows) {
    const std::vector<ScorecardFile> cards{
        card("Ana", "I1", {{"a", 5}, {"b", 5}}),
        card("Bea", "I1", {{"a", 4}, {"b", 4}}),
        card("Cai", "I1", {{"a", 4}, {"b", 4}}),
        card("Dan", "I1", {{"a", 3}, {"b", 3}}),
    };
    const auto c = compare(rubric_1_to(5), "sha256:x", cards);
    BOOST_TEST_REQUIRE(names(c) == (std::vector<std::string>{"Ana", "Bea", "Cai", "Dan"}),
                       boost::test_tools::per_element());
    // Ana filtered out: the tied pair is first.
    BOOST_TEST(competition_ranks(std::vector<const CandidateResult*>{
                   &c.candidates[1], &c.candidates[2], &c.candidates[3]}) ==
                   (std::vector<int>{1, 1, 3}),
               boost::test_tools::per_element());
    BOOST_TEST(competition_ranks(std::vector<const CandidateResult*>{}).empty());
}

BOOST_AUTO_TEST_CASE(totals_apart_only_in_their_last_bits_stand_alike) {
    CandidateResult a;
    a.coverage = 1;
    a.total = 70.0;
    auto b = a;
    b.total = 70.0 + 1e-11;
    auto c = a;
    c.total = 70.001;
    BOOST_TEST((standing_of(a) == standing_of(b)));
    BOOST_TEST((standing_of(c) > standing_of(a)));
    auto incomplete = a;
    incomplete.coverage = 0.5;
    BOOST_TEST((standing_of(a) > standing_of(incomplete)));
    CandidateResult unrated;
    BOOST_TEST((standing_of(incomplete) > standing_of(unrated)));
}

BOOST_AUTO_TEST_SUITE_END()
