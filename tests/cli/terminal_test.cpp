// A name or a file name written to erase the terminal (ESC [1A ESC [2K, a
// carriage return, a line feed) never reaches it as such: names with control
// characters are refused at reading, and everything printed that came from
// a file is shown with its control characters escaped.
#include "run_program.hpp"
#include "test_paths.hpp"

#include "cli/terminal_text.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile::test;
namespace fs = std::filesystem;

namespace {

bool has_raw_control(const std::string& text) {
    for (unsigned char c : text)
        if ((c < 0x20 && c != '\n') || c == 0x7F)
            return true;
    return text.find("\xc2\x9b") != std::string::npos;
}

} // namespace

BOOST_AUTO_TEST_SUITE(terminal)

BOOST_AUTO_TEST_CASE(control_characters_are_shown_escaped) {
    using extramile::cli::terminal_safe;
    BOOST_TEST(terminal_safe("Ana\x1b[1A\x1b[2K\rBruno\n") == "Ana\\x1b[1A\\x1b[2K\\rBruno\\n");
    BOOST_TEST(terminal_safe("\x7f tab\there") == "\\x7f tab\\there");
    BOOST_TEST(terminal_safe("Pérez \xc2\x9b" "2K") == "Pérez \\u009b2K");
    BOOST_TEST(terminal_safe("bad \xff byte") == "bad \\xff byte");
    BOOST_TEST(terminal_safe("Íñigo Ñúñez 😀") == "Íñigo Ñúñez 😀");
}

BOOST_AUTO_TEST_CASE(a_hostile_file_name_cannot_move_the_cursor) {
    ScratchFolder scratch;
    const auto folder = scratch / "panel";
    fs::copy(data("panel"), folder);
    // A broken file whose name would erase the two lines above it.
    const std::string evil = "x\x1b[1A\x1b[2K\x1b[1A\x1b[2K\rA\nB.scorecard.xml";
    std::ofstream(folder / evil) << "not xml";
    std::ofstream(scratch / "perf.csv") << "candidate_id,performance\nc-1,4\nc-\x1b[2K,3\n";
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"compare", "--rubric", data("good/sample.rubric.xml").string(), folder.string()},
             {"validate", (folder / evil).string()},
             {"purge", "--older-than", "100000", "--dry-run", folder.string()},
             {"calibration", "--rubric", data("good/sample.rubric.xml").string(), folder.string()},
             {"validity", "--performance", (scratch / "perf.csv").string(), "--rubric",
              data("good/sample.rubric.xml").string(), folder.string()}}) {
        const auto run = run_extramile(args);
        BOOST_TEST(!has_raw_control(run.out), args.front() << " printed a control character:\n" << run.out);
        BOOST_TEST(!has_raw_control(run.err), args.front() << " printed a control character:\n" << run.err);
        BOOST_TEST(run.err.find("x\\x1b[1A\\x1b[2K") != std::string::npos, run.err);
    }
}

BOOST_AUTO_TEST_CASE(a_name_with_control_characters_is_refused) {
    ScratchFolder scratch;
    auto text = read_bytes(data("good/minimal.scorecard.xml"));
    const std::string from = "name=\"Ana Pérez Núñez\"";
    text.replace(text.find(from), from.size(), "name=\"Ana&#x9B;2K\"");
    std::ofstream(scratch / "c1.scorecard.xml") << text;
    const auto run = run_extramile({"validate", (scratch / "c1.scorecard.xml").string()});
    BOOST_TEST(run.exit_code == 1);
    BOOST_TEST(run.err.find("control character U+009B") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_SUITE_END()
