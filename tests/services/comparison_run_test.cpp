// Which rubric a comparison scores with when the folders beside the
// scorecards disagree: those beside come first, in the order the paths were
// named (a folder's own rubrics, or those in the folder of a file named),
// whatever the one walk of each folder lists first.
#include "services/comparison_run.hpp"

#include "core/storage/atomic_file.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;
using namespace extramile::services;
using extramile::test::data;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

// The sample rubric (same id and version) with a text of its own.
void write_rubric(const fs::path& file, const std::string& name) {
    auto text = read_bytes(data("good/sample.rubric.xml"));
    const std::string english = "<name xml:lang=\"en\">Disinterested generosity</name>";
    text.replace(text.find(english), english.size(), "<name xml:lang=\"en\">" + name + "</name>");
    write_file_atomically(file, text, 0600);
}

} // namespace

BOOST_AUTO_TEST_SUITE(comparison_run)

BOOST_AUTO_TEST_CASE(rubrics_beside_the_scorecards_count_in_the_order_the_paths_were_named) {
    ScratchFolder scratch;
    for (const char* side : {"A", "B"})
        fs::create_directories(scratch / side);
    fs::copy_file(data("panel/c-1--luca.scorecard.xml"), scratch / "A" / "c-1--luca.scorecard.xml");
    fs::copy_file(data("panel/c-2--luca.scorecard.xml"), scratch / "B" / "c-2--luca.scorecard.xml");
    write_rubric(scratch / "A" / "team.rubric.xml", "Giving, as team A words it");
    write_rubric(scratch / "B" / "team.rubric.xml", "Giving, as team B words it");

    const auto used = [&](std::vector<fs::path> paths) {
        ComparisonRequest request;
        request.paths = std::move(paths);
        request.rubric = "sample";
        return run_comparison(request).rubric.path;
    };
    // A file of A named before the folder B: A's rubric, as when each was looked in on its own.
    BOOST_TEST(used({scratch / "A" / "c-1--luca.scorecard.xml", scratch / "B"}) == scratch / "A" / "team.rubric.xml");
    BOOST_TEST(used({scratch / "B", scratch / "A" / "c-1--luca.scorecard.xml"}) == scratch / "B" / "team.rubric.xml");
    BOOST_TEST(used({scratch / "A", scratch / "B"}) == scratch / "A" / "team.rubric.xml");
    BOOST_TEST(used({scratch / "B" / "c-2--luca.scorecard.xml", scratch / "A"}) == scratch / "B" / "team.rubric.xml");
}

BOOST_AUTO_TEST_SUITE_END()
