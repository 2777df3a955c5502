// `compare --format json` keeps a big folder's scorecards as records and
// makes each candidate as it is written (services::run_compact_comparison);
// the app and every other output compare the scorecards in full. The two
// must give the same document, byte for byte, on a folder that holds what
// real ones do: a sync engine's conflicting copy and an older one, drafts
// (overdue, and one a submitted copy stands before), another rubric, a
// file that does not read, another text of the rubric, a rating of no
// competency of the rubric, and a decision.
#include "services/comparison_export.hpp"
#include "services/comparison_run.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/storage/overdue_drafts.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <sstream>

using namespace extramile;
using namespace extramile::services;
using extramile::test::data;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "the fixture holds " + from);
    return text.replace(at, from.size(), to);
}

std::string panel(const std::string& name) { return read_bytes(data("panel/" + name + ".scorecard.xml")); }

void write(const ScratchFolder& folder, const std::string& name, const std::string& text) {
    write_file_atomically(folder / name, text, 0600);
}

// A folder of every kind of file a comparison meets.
void fill(const ScratchFolder& folder) {
    for (const auto& entry : fs::directory_iterator(data("panel")))
        write(folder, entry.path().filename().string(), read_bytes(entry.path()));
    write(folder, "sample.rubric.xml", read_bytes(data("good/sample.rubric.xml")));
    write(folder, "ana-perez--c-1.decision.xml", read_bytes(data("good/ana-perez--c-1.decision.xml")));
    // Syncthing's copy of one revision with another rating: a conflict.
    write(folder, "c-2--luca.sync-conflict-20261201-101010-ABCDEFG.scorecard.xml",
          replaced(panel("c-2--luca"), "competency=\"giving\" value=\"", "competency=\"giving\" value=\"1\" x=\""));
    // Nextcloud's copy of an older revision.
    write(folder, "c-3--marta (conflicted copy 2026-12-01 101010).scorecard.xml",
          replaced(panel("c-3--marta"), "revision=\"3\"", "revision=\"2\""));
    // A draft copy of a submitted scorecard, at a lower revision: nothing overdue.
    write(folder, "c-1--marta.sync-conflict-20261130-090000-ZZZZZZZ.scorecard.xml",
          replaced(replaced(panel("c-1--marta"), "revision=\"3\"", "revision=\"2\""), "status=\"submitted\"",
                   "status=\"draft\""));
    // Another candidate's old draft, and one scored against another text of the rubric.
    const auto other = [](std::string text, const std::string& id, const std::string& candidate) {
        text = replaced(text, "00000000-0000-4000-8000-0000000000", "10000000-0000-4000-8000-0000000000" + id);
        return replaced(text, "candidate id=\"c-4\"", "candidate id=\"" + candidate + "\"");
    };
    write(folder, "c-5--luca.scorecard.xml",
          replaced(other(panel("c-4--luca"), "05", "c-5"), "<interviewer", "<session started=\"2026-10-01T09:00:00Z\"/>\n  <interviewer"));
    write(folder, "c-6--luca.scorecard.xml",
          replaced(replaced(other(panel("c-4--luca"), "06", "c-6"), "status=\"draft\"", "status=\"submitted\""),
                   "sha256:bba4", "sha256:0ba4"));
    write(folder, "c-7--luca.scorecard.xml",
          replaced(replaced(other(panel("c-4--luca"), "07", "c-7"), "status=\"draft\"", "status=\"submitted\""),
                   "competency=\"giving\"", "competency=\"patience\""));
    write(folder, "c-8--luca.scorecard.xml",
          replaced(other(panel("c-4--luca"), "08", "c-8"), "rubric id=\"sample\"", "rubric id=\"another\""));
    write(folder, "broken.scorecard.xml", "<scorecard xmlns=\"urn:extramile:scorecard:1\"");
    // An old draft with a short id (held inside its string) and its
    // submitted copy at a higher revision: nothing overdue.
    const auto short_id = [&](std::string text) {
        text = replaced(text, "10000000-0000-4000-8000-000000000005", "sc-9");
        return replaced(text, "candidate id=\"c-5\"", "candidate id=\"c-9\"");
    };
    const auto old_draft = read_bytes(folder / "c-5--luca.scorecard.xml");
    write(folder, "c-9--luca.scorecard.xml", short_id(old_draft));
    write(folder, "c-9--luca.sync-conflict-20261202-080000-AAAAAAA.scorecard.xml",
          replaced(replaced(short_id(old_draft), "status=\"draft\"", "status=\"submitted\""), "revision=\"1\"",
                   "revision=\"2\""));
}

std::string json_in_full(const ComparisonRequest& request, std::chrono::system_clock::time_point now) {
    const auto run = run_comparison(request);
    const auto overdue = overdue_drafts(run.scorecards, 2, now);
    std::ostringstream out;
    write_comparison_json(out, ComparisonInput{run.rubric.rubric, run.rubric.digest, run.comparison, &overdue, 2});
    return out.str();
}

std::string json_as_records(const ComparisonRequest& request, std::chrono::system_clock::time_point now) {
    const auto run = run_compact_comparison(request);
    const auto overdue = overdue_drafts(run.drafts, 2, now);
    std::ostringstream out;
    write_comparison_json(out, CompactInput{run.rubric.rubric, run.rubric.digest, run.comparison, &overdue, 2});
    return out.str();
}

} // namespace

BOOST_AUTO_TEST_SUITE(compact_comparison)

BOOST_AUTO_TEST_CASE(records_give_the_document_the_scorecards_in_full_give) {
    ScratchFolder folder;
    fill(folder);
    const auto now = std::chrono::system_clock::now();
    for (const bool drafts : {false, true}) {
        ComparisonRequest request;
        request.paths = {folder.path()};
        request.include_drafts = drafts;
        const auto full = json_in_full(request, now);
        const auto records = json_as_records(request, now);
        BOOST_TEST(records == full);
        // The folder holds what it is meant to.
        const auto json = nlohmann::json::parse(full);
        const auto warnings = json["warnings"].dump();
        for (const char* said : {"conflict: ", "older or identical copy", "rubric \\\"another\\\"",
                                 "another text of rubric", "does not fit the rubric", "broken.scorecard.xml"})
            BOOST_TEST(warnings.find(said) != std::string::npos, said << " among the warnings");
        // c-5's old draft; not the draft copies of c-1 and c-9 a submitted revision stands before.
        BOOST_TEST_REQUIRE(json["overdue"]["drafts"].size() == 1u);
        BOOST_TEST(json["overdue"]["drafts"][0]["candidate_id"] == "c-5");
        bool decided = false;
        for (const auto& c : json["candidates"])
            decided = decided || !c["decision"].is_null();
        BOOST_TEST(decided);
    }
}

BOOST_AUTO_TEST_CASE(records_fail_as_the_scorecards_in_full_fail) {
    ScratchFolder folder;
    write(folder, "broken.scorecard.xml", "<scorecard");
    ComparisonRequest request;
    request.paths = {folder.path()};
    try {
        run_compact_comparison(request);
        BOOST_FAIL("an unreadable folder compared");
    } catch (const ComparisonFailed& e) {
        BOOST_TEST(static_cast<int>(e.failure().reason) == static_cast<int>(ComparisonFailure::Reason::no_scorecards));
        BOOST_TEST(e.failure().problems.size() == 1u);
    }
}

BOOST_AUTO_TEST_SUITE_END()
