// One walk of a compared folder finds the three kinds of file a comparison
// reads, each where its own reader looked for it before (three walks of a
// folder of 10,000 scorecards): scorecards and decision records anywhere
// below, rubrics only directly in the folder, nothing hidden.
#include "core/storage/compared_files.hpp"

#include "core/storage/decision_folder.hpp"
#include "core/storage/scorecard_folder.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <set>

using namespace extramile;
using namespace extramile::test;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(compared_files)

BOOST_AUTO_TEST_CASE(one_walk_finds_scorecards_decisions_and_the_rubrics_beside_them) {
    ScratchFolder folder;
    fs::create_directories(folder / "round 2" / "late");
    fs::create_directories(folder / ".git");
    const auto write = [](const fs::path& file, const std::string& text) { std::ofstream(file) << text; };
    write(folder / "ana.scorecard.xml", "<scorecard/>");
    write(folder / "round 2" / "late" / "bo.scorecard.xml", "<scorecard/>");
    write(folder / "ana.scorecard.sync-conflict-20261201-101010-ABCDEFG.xml", "<scorecard/>");
    write(folder / "mailed.xml", "<?xml version=\"1.0\"?>\n<scorecard/>");
    write(folder / "notes.xml", "<other/>");
    write(folder / "ana-perez--c-1.decision.xml", "<decision/>");
    write(folder / "round 2" / "bo.decision.sync-conflict-20261201-101010-ABCDEFG.xml", "<decision/>");
    write(folder / "team.rubric.xml", "<rubric/>");
    write(folder / "round 2" / "old.rubric.xml", "<rubric/>");
    write(folder / ".ana.scorecard.xml.tmp", "<scorecard/>");
    write(folder / ".git" / "x.scorecard.xml", "<scorecard/>");
    write(folder / ".hidden.decision.xml", "<decision/>");
    // Named like a decision, a scorecard inside: both readers see it, and the
    // decision reader says it is no decision.
    write(folder / "luca.decision-old.xml", "<scorecard/>");

    std::vector<Problem> problems;
    const auto found = list_compared_files({folder.path()}, problems);
    BOOST_TEST(problems.empty());
    const std::vector<fs::path> scorecards{folder / "ana.scorecard.sync-conflict-20261201-101010-ABCDEFG.xml",
                                           folder / "ana.scorecard.xml", folder / "luca.decision-old.xml",
                                           folder / "mailed.xml",
                                           folder / "round 2" / "late" / "bo.scorecard.xml"};
    BOOST_TEST(std::vector<fs::path>(found.scorecards.begin(), found.scorecards.end()) == scorecards,
               boost::test_tools::per_element());
    const std::vector<fs::path> decisions{folder / "ana-perez--c-1.decision.xml", folder / "luca.decision-old.xml",
                                          folder / "round 2" / "bo.decision.sync-conflict-20261201-101010-ABCDEFG.xml"};
    BOOST_TEST(found.decisions == decisions, boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(found.rubrics.size(), 1u); // one list for the one folder named
    const std::vector<fs::path> rubrics{folder / "team.rubric.xml"}; // not the one below
    BOOST_TEST(found.rubrics[0] == rubrics, boost::test_tools::per_element());

    // The readers of each kind find the same.
    std::vector<Problem> listing;
    BOOST_TEST(list_scorecards({folder.path()}, listing) == scorecards, boost::test_tools::per_element());
    // (Each of these decision records is empty, so each is named in a problem.)
    const auto loaded = load_decisions({folder.path()});
    std::set<std::string> named;
    for (const auto& problem : loaded.problems)
        named.insert(problem.file);
    BOOST_TEST(loaded.decisions.empty());
    BOOST_TEST(named == (std::set<std::string>{decisions[0].string(), decisions[1].string(), decisions[2].string()}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_file_named_is_a_decision_when_named_like_one_else_a_scorecard) {
    ScratchFolder folder;
    std::vector<Problem> problems;
    const auto found = list_compared_files(
        {folder / "x.decision.xml", folder / "interview.xml", folder / "b.scorecard.xml", folder / "interview.xml"},
        problems);
    const std::vector<fs::path> scorecards{folder / "b.scorecard.xml", folder / "interview.xml"};
    BOOST_TEST(std::vector<fs::path>(found.scorecards.begin(), found.scorecards.end()) == scorecards,
               boost::test_tools::per_element()); // each once
    BOOST_TEST(found.decisions == std::vector<fs::path>{folder / "x.decision.xml"}, boost::test_tools::per_element());
    BOOST_REQUIRE_EQUAL(found.rubrics.size(), 4u); // one (empty) list per path named
    for (const auto& beside : found.rubrics)
        BOOST_TEST(beside.empty());
}

BOOST_AUTO_TEST_SUITE_END()
