// On Windows the console hands "*.xml" to the program as typed (POSIX
// shells expand it before the program starts): extramile expands it itself
// (core/base/command_line_io), as cmd users expect.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace extramile::test;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(windows_wildcards)

BOOST_AUTO_TEST_CASE(a_pattern_names_the_files_that_match_it) {
    ScratchFolder scratch;
    const auto folder = scratch / "Entrevistas José";
    fs::create_directory(folder);
    fs::copy_file(data("good/sample.rubric.xml"), folder / "sample.rubric.xml");
    fs::copy_file(source("rubrics/generosity.rubric.xml"), folder / "generosity.rubric.xml");
    fs::copy_file(data("good/sample.rubric.xml"), folder / "notes.txt");

    const auto both = run_extramile({"validate", (folder / "*.rubric.xml").string()});
    BOOST_TEST(both.exit_code == 0, both.err);
    BOOST_TEST(both.out.find("2 files valid (2 rubrics") != std::string::npos, both.out);

    // ? stands for one letter; the folder part keeps the spelling given.
    const auto one = run_extramile({"validate", "--digest", (folder / "s?mple.rubric.xml").string()});
    BOOST_TEST(one.exit_code == 0, one.err);
    BOOST_TEST(one.out.find("Entrevistas José\\sample.rubric.xml: ") != std::string::npos, one.out);

    // A pattern that matches nothing reaches the command as typed, which names it.
    const auto none = run_extramile({"validate", (folder / "*.scorecard.xml").string()});
    BOOST_TEST(none.exit_code == 1);
    BOOST_TEST(none.err.find("*.scorecard.xml") != std::string::npos, none.err);
}

BOOST_AUTO_TEST_SUITE_END()
