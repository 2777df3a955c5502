// compare reads only the scores of a scorecard (the text of its notes is
// checked, never kept: core/xml/top_level_xml.hpp) unless the notes are
// wanted; the comparison must be the same, byte for byte, as the one made
// from the whole files, however long the notes and whatever they hold.
#include "services/comparison_export.hpp"
#include "services/comparison_run.hpp"

#include "core/storage/atomic_file.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>

using namespace extramile;
using namespace extramile::services;
using extramile::test::data;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

// About 900 words, with what a long note holds: references, accents, an
// emoji, quotes, '>' and line ends of both kinds.
std::string long_note() {
    std::string note;
    for (int i = 0; i < 900; ++i)
        note += i % 9 == 0 ? "P&#233;rez &amp; M\u00fcller-\u0160imi\u0107 &#x1F600; said > \"yes\"\r\n" : "palabra ";
    return note;
}

std::string json_of(const ComparisonRun& run) {
    std::ostringstream out;
    write_comparison_json(out, {run.rubric.rubric, run.rubric.digest, run.comparison});
    return out.str();
}

} // namespace

BOOST_AUTO_TEST_SUITE(scores_only_comparison)

BOOST_AUTO_TEST_CASE(scores_only_reading_compares_as_the_whole_files_do_with_long_notes) {
    ScratchFolder scratch;
    const auto note = long_note();
    int files = 0;
    for (const auto& entry : fs::directory_iterator(data("panel"))) {
        auto text = read_bytes(entry.path());
        // Every note made long, and a second one on a competency.
        for (auto at = text.find("<note "); at != std::string::npos; at = text.find("<note ", at + 1)) {
            const auto from = text.find('>', at) + 1;
            text.replace(from, text.find("</note>", from) - from, note);
        }
        const auto end = text.find("</scorecard>");
        text.insert(end, "  <note competency=\"giving\">" + note + "</note>\n");
        // One file of another shape (a comment inside the root), which the
        // scores-only reading leaves to the full reader.
        if (files++ == 0)
            text.insert(text.find("<rating"), "<!-- looked at again -->\n  ");
        write_file_atomically(scratch / entry.path().filename().string(), text, 0600);
    }
    BOOST_REQUIRE_GT(files, 2);
    ComparisonRequest request;
    request.paths = {scratch.path()};
    request.rubric = data("good/sample.rubric.xml").string();
    const auto scores = run_comparison(request);
    request.with_notes = true;
    const auto whole = run_comparison(request);

    // The two readings are what they say: notes kept only when asked for.
    BOOST_REQUIRE_EQUAL(scores.scorecards.size(), static_cast<std::size_t>(files));
    BOOST_REQUIRE_EQUAL(whole.scorecards.size(), static_cast<std::size_t>(files));
    for (std::size_t i = 0; i < scores.scorecards.size(); ++i) {
        BOOST_TEST(scores.scorecards[i].scorecard.notes.empty());
        BOOST_TEST(!whole.scorecards[i].scorecard.notes.empty());
        BOOST_TEST(whole.scorecards[i].scorecard.notes.back().text.size() > 4000u);
    }
    BOOST_TEST(scores.problems.empty());
    BOOST_TEST(json_of(scores) == json_of(whole));
    BOOST_TEST(comparison_csv({scores.rubric.rubric, scores.rubric.digest, scores.comparison}) ==
               comparison_csv({whole.rubric.rubric, whole.rubric.digest, whole.comparison}));
}

BOOST_AUTO_TEST_SUITE_END()
