#include "core/storage/retention.hpp"
#include "core/base/timestamp.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using namespace std::chrono;

namespace {

ScorecardFile scorecard(const std::filesystem::path& file, const std::string& candidate, const std::string& started,
                        const std::string& submitted = {}) {
    ScorecardFile f;
    f.set_path(file);
    f.scorecard.candidate_name = candidate;
    f.scorecard.started = started;
    if (!submitted.empty())
        f.scorecard.events.push_back({"submitted", submitted, "", ""});
    return f;
}

const system_clock::time_point kNow = *parse_timestamp("2026-11-23T12:00:00Z");

} // namespace

BOOST_AUTO_TEST_SUITE(retention)

BOOST_AUTO_TEST_CASE(a_candidate_expires_when_every_interview_is_old) {
    const std::vector<ScorecardFile> files{
        scorecard("a1", "Ana", "2025-01-10T09:00:00Z"),
        scorecard("a2", "Ana", "2025-01-11T09:00:00Z"),
        scorecard("b1", "Bruno", "2025-01-10T09:00:00Z"),
        scorecard("b2", "Bruno", "2025-01-10T09:00:00Z", "2026-11-01T09:00:00Z"), // submitted recently
    };
    const auto expired = expired_candidates(files, 365, kNow);
    BOOST_REQUIRE_EQUAL(expired.size(), 1u);
    BOOST_TEST(expired[0].name == "Ana");
    BOOST_TEST(expired[0].files.size() == 2u);
    BOOST_TEST(iso_utc(expired[0].last_activity) == "2025-01-11T09:00:00Z");
}

BOOST_AUTO_TEST_CASE(the_period_is_counted_in_whole_days) {
    const std::vector<ScorecardFile> files{scorecard("c", "Chiara", "2026-11-13T11:59:59Z"),
                                           scorecard("d", "Dario", "2026-11-13T12:00:01Z")};
    const auto expired = expired_candidates(files, 10, kNow);
    BOOST_REQUIRE_EQUAL(expired.size(), 1u);
    BOOST_TEST(expired[0].name == "Chiara");
}

BOOST_AUTO_TEST_CASE(without_recorded_times_the_file_time_counts) {
    test::ScratchFolder folder;
    const auto path = folder / "x.scorecard.xml";
    std::ofstream(path) << "x";
    std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() - days(400));
    const auto expired = expired_candidates({scorecard(path, "Eva", "")}, 365, system_clock::now());
    BOOST_REQUIRE_EQUAL(expired.size(), 1u);
    BOOST_TEST(expired_candidates({scorecard(path, "Eva", "")}, 500, system_clock::now()).empty());
    // A file that is gone has no age: it is never taken for old.
    BOOST_TEST(expired_candidates({scorecard(folder / "gone", "Eva", "")}, 1, system_clock::now()).empty());
}

// purge read only times ending in Z: with "+00:00" it fell back to the
// file's time, so yesterday's interview in a file last touched long ago was
// removed, and a 2019 interview in a freshly synced file was kept.
BOOST_AUTO_TEST_CASE(times_with_offsets_count_not_the_file_time) {
    test::ScratchFolder folder;
    const auto old_file = folder / "old.scorecard.xml";
    const auto fresh_file = folder / "fresh.scorecard.xml";
    std::ofstream(old_file) << "x";
    std::ofstream(fresh_file) << "x";
    std::filesystem::last_write_time(old_file, std::filesystem::file_time_type::clock::now() - days(900));
    const auto now = system_clock::now();
    const auto yesterday = iso_utc(now - days(1)).substr(0, 19) + "+00:00";
    const auto expired = expired_candidates({scorecard(old_file.string(), "Ana", yesterday),
                                             scorecard(fresh_file.string(), "Bruno", "2019-03-04T10:00:00+01:00")},
                                            365, now);
    BOOST_REQUIRE_EQUAL(expired.size(), 1u);
    BOOST_TEST(expired[0].name == "Bruno");
    BOOST_TEST(iso_utc(expired[0].last_activity) == "2019-03-04T09:00:00Z");
}

// NFC and NFD spellings of one name counted as two candidates: the old file
// of a candidate with a recent interview (under the other spelling) went.
BOOST_AUTO_TEST_CASE(one_candidate_whatever_the_spelling) {
    const std::string composed = "\u00cd\u00f1igo \u00d1\u00fa\u00f1ez";                 // Íñigo Ñúñez
    const std::string decomposed = "I\u0301n\u0303igo N\u0303u\u0301n\u0303ez";          // as macOS writes it
    const std::string upper = "\u00cd\u00d1IGO  \u00d1\u00da\u00d1EZ";                   // ÍÑIGO  ÑÚÑEZ
    const std::vector<ScorecardFile> files{scorecard("a", composed, "2024-01-10T09:00:00Z"),
                                           scorecard("b", decomposed, "2026-11-20T09:00:00Z"),
                                           scorecard("c", upper, "2023-05-01T09:00:00Z")};
    BOOST_TEST(expired_candidates(files, 365, kNow).empty());
    const auto all = expired_candidates(files, 1, kNow + days(30));
    BOOST_REQUIRE_EQUAL(all.size(), 1u);
    BOOST_TEST(all[0].files.size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
