#include "core/storage/retention.hpp"
#include "core/base/timestamp.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using namespace std::chrono;

namespace {

ScorecardFile scorecard(const std::string& file, const std::string& candidate, const std::string& started,
                        const std::string& submitted = {}) {
    ScorecardFile f;
    f.path = file;
    f.scorecard.candidate_name = candidate;
    f.scorecard.started = started;
    if (!submitted.empty())
        f.scorecard.events.push_back({"submitted", submitted, ""});
    return f;
}

const auto kNow = *parse_iso_utc("2026-11-23T12:00:00Z");

} // namespace

BOOST_AUTO_TEST_SUITE(retention)

BOOST_AUTO_TEST_CASE(iso_times_are_read_strictly) {
    BOOST_TEST(iso_utc(*parse_iso_utc("2024-02-29T23:59:59Z")) == "2024-02-29T23:59:59Z");
    BOOST_TEST(!parse_iso_utc("2023-02-29T10:00:00Z")); // no such day
    BOOST_TEST(!parse_iso_utc("2026-11-23T12:00:00"));  // not UTC
    BOOST_TEST(!parse_iso_utc("2026-11-23 12:00:00Z"));
    BOOST_TEST(!parse_iso_utc(""));
}

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
    const auto expired = expired_candidates({scorecard(path.string(), "Eva", "")}, 365, system_clock::now());
    BOOST_REQUIRE_EQUAL(expired.size(), 1u);
    BOOST_TEST(expired_candidates({scorecard(path.string(), "Eva", "")}, 500, system_clock::now()).empty());
    // A file that is gone has no age: it is never taken for old.
    BOOST_TEST(expired_candidates({scorecard((folder / "gone").string(), "Eva", "")}, 1, system_clock::now()).empty());
}

BOOST_AUTO_TEST_SUITE_END()
