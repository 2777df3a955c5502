#include "run_program.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>

using extramile::test::run_extramile;

namespace {
std::string data(const std::string& relative) { return std::string(EXTRAMILE_TEST_DATA) + "/" + relative; }
std::string source(const std::string& relative) { return std::string(EXTRAMILE_SOURCE_DIR) + "/" + relative; }
} // namespace

BOOST_AUTO_TEST_SUITE(command_line)

BOOST_AUTO_TEST_CASE(version_and_help) {
    auto version = run_extramile({"--version"});
    BOOST_TEST(version.exit_code == 0);
    BOOST_TEST(version.out.rfind("extramile ", 0) == 0u);
    BOOST_TEST(version.out.find('.') != std::string::npos);

    auto help = run_extramile({"--help"});
    BOOST_TEST(help.exit_code == 0);
    BOOST_TEST(help.out.find("validate") != std::string::npos);
    BOOST_TEST(help.out.find("compare") != std::string::npos);

    for (const char* subcommand : {"validate", "compare", "calibration", "validity"}) {
        auto sub = run_extramile({subcommand, "--help"});
        BOOST_TEST(sub.exit_code == 0);
        BOOST_TEST(sub.out.find(std::string("Usage: extramile ") + subcommand) != std::string::npos);
        BOOST_TEST(sub.err.empty());
    }
}

BOOST_AUTO_TEST_CASE(wrong_usage_exits_2_and_says_why) {
    auto unknown = run_extramile({"frobnicate"});
    BOOST_TEST(unknown.exit_code == 2);
    BOOST_TEST(unknown.err.find("unknown subcommand \"frobnicate\"") != std::string::npos);
    auto bad_option = run_extramile({"compare", "--colour", "x"});
    BOOST_TEST(bad_option.exit_code == 2);
    BOOST_TEST(bad_option.err.find("compare --help") != std::string::npos);
    auto nothing = run_extramile({"validate"});
    BOOST_TEST(nothing.exit_code == 2);
}

BOOST_AUTO_TEST_CASE(the_bundled_rubrics_are_valid) {
    auto r = run_extramile({"validate", source("rubrics/generosity.rubric.xml"),
                            source("rubrics/servant-leadership.rubric.xml")});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out == "2 files valid (2 rubrics, 0 scorecards)\n");
    BOOST_TEST(r.err.empty());
}

BOOST_AUTO_TEST_CASE(a_bad_rubric_is_reported_as_file_line_message) {
    const auto file = data("bad/weight-zero.rubric.xml");
    auto r = run_extramile({"validate", data("good/sample.rubric.xml"), file});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.out.empty());
    BOOST_TEST(r.err.find(file + ":38: the weight \"0\" of competency \"service\" is not a positive "
                                 "number; write for example weight=\"15\"\n") != std::string::npos,
               r.err);
    BOOST_TEST(r.err.find("1 problem found") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(scorecards_are_checked_against_their_rubric) {
    auto good = run_extramile({"validate", "--rubric", data("good/sample.rubric.xml"),
                               data("good/ana-perez.scorecard.xml")});
    BOOST_TEST(good.exit_code == 0, good.err);
    BOOST_TEST(good.out == "1 file valid (0 rubrics, 1 scorecard)\n");

    // The rubric is found among the files given, too.
    const auto bad = data("bad/rating-outside-scale.scorecard.xml");
    auto r = run_extramile({"validate", data("good/sample.rubric.xml"), bad});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find(bad + ":9: rating 7 of \"trust\" is outside the scale (1 to 5, or \"na\")") !=
                   std::string::npos,
               r.err);
}

BOOST_AUTO_TEST_CASE(a_scorecard_whose_rubric_is_unknown_is_checked_alone_with_a_note) {
    // The panel folder holds no rubric, and the rubric path is emptied.
    auto r = run_extramile({"validate", data("panel/c-1--luca.scorecard.xml")},
                           {{"EXTRAMILE_RUBRIC_PATH", ""}, {"XDG_DATA_HOME", "/nonexistent"}});
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.err.find("note: rubric \"sample\"") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(the_digest_a_scorecard_records_is_printed_on_request) {
    // The panel fixture's scorecards record this digest of the sample rubric.
    auto r = run_extramile({"validate", "--digest", data("good/sample.rubric.xml")});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("sample.rubric.xml: "
                          "sha256:bba4221a914b531cd0f1c74ed9346a084986536c9d19b72675119f0bb9449260\n") !=
                   std::string::npos,
               r.out);
    BOOST_TEST(run_extramile({"validate", data("good/sample.rubric.xml")}).out.find("sha256:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_and_non_regular_files_are_problems_not_crashes) {
    auto r = run_extramile({"validate", data("nope.rubric.xml"), data("bad")});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("No such file") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("not a regular file") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
