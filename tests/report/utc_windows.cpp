// The report suite on Windows starts with TZ=UTC0, so that a TimeZone
// (time_zone.hpp) restores a zone when it ends and never removes TZ: under
// wine 8, once TZ has been removed, msvcrt's _tzset() keeps no summer time
// for any zone set afterwards (CET-1CEST reads 03:00 in July, not 04:00).
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <ctime>

namespace {

struct StartInUtc {
    StartInUtc() {
        _putenv_s("TZ", "UTC0");
        _tzset();
    }
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(StartInUtc);
