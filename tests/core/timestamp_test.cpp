#include "core/base/timestamp.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;
using namespace std::chrono;

namespace {
std::string utc(std::string_view text) {
    const auto when = parse_timestamp(text);
    return when ? iso_utc(*when) : "none";
}
} // namespace

BOOST_AUTO_TEST_SUITE(timestamp)

BOOST_AUTO_TEST_CASE(utc_is_written_to_the_second_and_read_back) {
    BOOST_TEST(iso_utc(sys_days(2024y / February / 29) + 23h + 59min + 59s + 700ms) == "2024-02-29T23:59:59Z");
    BOOST_TEST(iso_utc(sys_days(1969y / December / 31) + 23h) == "1969-12-31T23:00:00Z");
    BOOST_TEST(utc("2024-02-29T23:59:59Z") == "2024-02-29T23:59:59Z");
}

BOOST_AUTO_TEST_CASE(offsets_and_fractions_are_read_as_iso_8601_defines_them) {
    BOOST_TEST(utc("2026-11-22T11:00:00+01:00") == "2026-11-22T10:00:00Z");
    BOOST_TEST(utc("2026-11-22T10:00:00+00:00") == "2026-11-22T10:00:00Z");
    BOOST_TEST(utc("2026-11-22T10:00:00-05:30") == "2026-11-22T15:30:00Z");
    BOOST_TEST(utc("2026-12-31T23:30:00-01:00") == "2027-01-01T00:30:00Z");
    BOOST_TEST(utc("2026-11-22T10:00:00.250Z") == "2026-11-22T10:00:00Z");
    BOOST_TEST(utc("2026-11-22T10:00:00") == "2026-11-22T10:00:00Z"); // no zone: read as UTC
    BOOST_TEST(utc("2016-12-31T23:59:60Z") == "2016-12-31T23:59:59Z"); // a leap second
}

BOOST_AUTO_TEST_CASE(dates_that_do_not_exist_are_refused) {
    for (const char* bad : {"2026-02-31T10:00:00Z", "2023-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
                            "2026-00-10T10:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T10:60:00Z",
                            "2026-11-22T10:00:00+15:00", "2026-11-22T10:00:00+01:60", "2026-11-22 10:00:00Z",
                            "2026-11-22T10:00:00.Z", "2026-11-22T10:00Z", "20/11/2026 9:00", "", "2026-11-22T10:00:00ZZ",
                            "2026-11-22T10:00:00+0100"})
        BOOST_TEST(!parse_timestamp(bad), bad);
}

BOOST_AUTO_TEST_SUITE_END()
