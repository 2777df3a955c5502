#include "core/storage/scorecard_folder.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using namespace extramile::test;

BOOST_AUTO_TEST_SUITE(scorecard_folder)

BOOST_AUTO_TEST_CASE(the_result_does_not_depend_on_the_number_of_threads) {
    ScratchFolder folder;
    for (const auto& entry : std::filesystem::directory_iterator(data("panel")))
        std::filesystem::copy_file(entry.path(), folder / entry.path().filename().string());
    std::ofstream(folder / "broken.scorecard.xml") << "<scorecard";
    std::filesystem::create_directories(folder / ".hidden");
    std::ofstream(folder / ".hidden" / "x.scorecard.xml") << "<scorecard";
    const auto one = load_scorecards({folder.path()}, ReadDetail::everything, 1);
    BOOST_REQUIRE_EQUAL(one.scorecards.size(), 7u);
    BOOST_REQUIRE_EQUAL(one.problems.size(), 1u); // the hidden folder is passed over
    for (unsigned threads : {2u, 3u, 8u, 0u}) {
        const auto many = load_scorecards({folder.path()}, ReadDetail::everything, threads);
        BOOST_REQUIRE_EQUAL(many.scorecards.size(), one.scorecards.size());
        for (std::size_t i = 0; i < one.scorecards.size(); ++i) {
            BOOST_TEST(many.scorecards[i].path() == one.scorecards[i].path());
            BOOST_TEST((many.scorecards[i].scorecard == one.scorecards[i].scorecard));
        }
        BOOST_TEST(many.problems.size() == 1u);
    }
}

BOOST_AUTO_TEST_CASE(reading_scores_only_keeps_ratings_and_drops_notes) {
    const auto full = load_scorecards({data("panel")}, ReadDetail::everything);
    const auto scores = load_scorecards({data("panel")}, ReadDetail::scores);
    BOOST_REQUIRE_EQUAL(full.scorecards.size(), scores.scorecards.size());
    const auto& a = full.scorecards.front().scorecard;
    const auto& b = scores.scorecards.front().scorecard;
    BOOST_TEST((a.ratings == b.ratings));
    BOOST_TEST(a.candidate_name == b.candidate_name);
    BOOST_REQUIRE(!a.notes.empty());
    BOOST_TEST(!a.notes.front().text.empty());
    BOOST_TEST(b.notes.empty());
}

BOOST_AUTO_TEST_CASE(a_load_reports_progress_and_stops_when_asked) {
    LoadControl control;
    const auto loaded = load_scorecards({data("panel")}, ReadDetail::scores, 2, &control);
    BOOST_TEST(!loaded.cancelled);
    BOOST_TEST(control.total.load() == 7u);
    BOOST_TEST(control.read.load() == 7u);

    LoadControl stopped;
    stopped.cancel.request();
    const auto none = load_scorecards({data("panel")}, ReadDetail::scores, 2, &stopped);
    BOOST_TEST(none.cancelled);
    BOOST_TEST(none.scorecards.empty());
    BOOST_TEST(stopped.read.load() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
