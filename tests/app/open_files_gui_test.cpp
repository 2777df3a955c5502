// Files handed to the app (by the desktop on a double click, or dropped on
// a window: both go through the same path) open for what they are.
#include "app_process.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>

using namespace extramile::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(open_files)

BOOST_AUTO_TEST_CASE(a_rubric_that_validates_joins_the_users_rubrics) {
    ScratchFolder scratch;
    fs::copy_file(data("good/sample.rubric.xml"), scratch / "sample.rubric.xml");
    AppProcess app({(scratch / "sample.rubric.xml").string()}, scratch / "home");
    BOOST_TEST_REQUIRE(app.wait_for_window("Rubric added"), app.log());
    const auto kept = scratch / "home" / ".local/share/extramile/rubrics/sample.rubric.xml";
    BOOST_TEST(fs::exists(kept));
    press("Return"); // the message; then the start page, where the rubric is listed
    BOOST_TEST(app.wait_for_window("Extra Mile"), app.log());
    press("ctrl+q");
    BOOST_TEST(app.wait_exit() == 0);
}

BOOST_AUTO_TEST_CASE(a_rubric_with_mistakes_is_refused_and_not_kept) {
    ScratchFolder scratch;
    fs::copy_file(data("bad/weight-zero.rubric.xml"), scratch / "weight-zero.rubric.xml");
    AppProcess app({(scratch / "weight-zero.rubric.xml").string()}, scratch / "home");
    BOOST_TEST_REQUIRE(app.wait_for_window("Add rubric"), app.log());
    BOOST_TEST(!fs::exists(scratch / "home" / ".local/share/extramile/rubrics/weight-zero.rubric.xml"));
    press("Return");
    BOOST_TEST(app.wait_for_window("Extra Mile"), app.log());
    press("ctrl+q");
    BOOST_TEST(app.wait_exit() == 0);
}

BOOST_AUTO_TEST_CASE(a_decision_record_opens_the_comparison_of_its_folder) {
    // A decision is read beside the scorecards it is about (tests/data/panel).
    ScratchFolder scratch;
    fs::copy(data("panel"), scratch / "panel");
    fs::copy_file(data("good/ana-perez--c-1.decision.xml"), scratch / "panel" / "ana-perez--c-1.decision.xml");
    setenv("EXTRAMILE_RUBRIC_PATH", data("good").c_str(), 1);
    AppProcess app({(scratch / "panel" / "ana-perez--c-1.decision.xml").string()}, scratch / "home");
    unsetenv("EXTRAMILE_RUBRIC_PATH");
    // The title names the folder compared once it is read.
    BOOST_TEST_REQUIRE(app.wait_for_window("Compare candidates.*panel"), app.log());
    BOOST_TEST(!app.wait_for_window("Cannot open", 1s));
}

BOOST_AUTO_TEST_SUITE_END()
