// A rubric edited by hand but left with its id and version, sitting in a
// rubric folder ahead of the one the panel used: compare still scores with
// the text the scorecards recorded, and says that two texts share the id.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace extramile::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// $EXTRAMILE_RUBRIC_PATH is split as PATH is (core/base/standard_places.hpp).
#ifdef _WIN32
const std::string separator = ";";
#else
const std::string separator = ":";
#endif

// The sample rubric with its first competency renamed but its id and version
// kept, in a folder of its own; returns the folder.
fs::path edited_sample(const ScratchFolder& scratch) {
    fs::create_directories(scratch / "edited");
    std::string text = read_bytes(data("good/sample.rubric.xml"));
    const std::string name = ">Disinterested generosity<";
    text.replace(text.find(name), name.size(), ">Generosity (edited)<");
    std::ofstream(scratch / "edited" / "sample.rubric.xml") << text;
    return scratch / "edited";
}

std::string all_warnings(const json& result) {
    std::string warnings;
    for (const auto& w : result["warnings"])
        warnings += w.get<std::string>() + "\n";
    return warnings;
}

} // namespace

BOOST_AUTO_TEST_SUITE(rubric_clash)

BOOST_AUTO_TEST_CASE(compare_uses_the_text_the_scorecards_recorded_and_names_the_clash) {
    ScratchFolder scratch;
    const auto edited_folder = edited_sample(scratch);
    const std::string genuine = data("good").string();
    const std::string path = edited_folder.string() + separator + genuine;

    // The edited copy comes first in the rubric path, yet the panel recorded
    // the genuine text's digest, so that one is used.
    const auto r = run_extramile({"compare", "--format", "json", data("panel").string()},
                                 {{"EXTRAMILE_RUBRIC_PATH", path}});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto result = json::parse(r.out);
    BOOST_TEST(result["rubric"]["competencies"][0]["name"] == "Disinterested generosity");
    BOOST_TEST(result["candidates"][0]["total"].get<double>() == 84.375);
    const auto warnings = all_warnings(result);
    BOOST_TEST(warnings.find("digests differ") == std::string::npos, warnings);
    BOOST_TEST(warnings.find((edited_folder / "sample.rubric.xml").string()) != std::string::npos, warnings);
    BOOST_TEST(warnings.find("whose text differs") != std::string::npos, warnings);

    // With only the edited text about, it is used, and every scorecard scored
    // with the other text says so.
    const auto alone = run_extramile({"compare", "--format", "json", data("panel").string()},
                                     {{"EXTRAMILE_RUBRIC_PATH", edited_folder.string()}});
    BOOST_TEST_REQUIRE(alone.exit_code == 0, alone.err);
    const auto edited = json::parse(alone.out);
    BOOST_TEST(edited["rubric"]["competencies"][0]["name"] == "Generosity (edited)");
    BOOST_TEST(all_warnings(edited).find("digests differ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(validate_checks_a_scorecard_against_the_text_it_recorded) {
    ScratchFolder scratch;
    const auto edited_folder = edited_sample(scratch);
    const std::string path = edited_folder.string() + separator + data("good").string();
    const auto r = run_extramile({"validate", data("panel/c-1--luca.scorecard.xml").string()},
                                 {{"EXTRAMILE_RUBRIC_PATH", path}});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.err.find("digests differ") == std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
