// A time zone for a test's duration, in POSIX TZ form (no tz database
// needed). The Windows C runtime reads TZ too, but only its "CET-1CEST"
// part: it applies the US rules for summer time to any zone with a summer
// name, which gives the same answer as the EU rules for the dates the
// report tests use (July, late November). The pages write a zone as its
// name on POSIX and as its offset on Windows (report/local_time.cpp):
// zone("CET", "UTC+01:00") is what a page says.
#pragma once

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace extramile::test {

inline std::string zone(const char* name, const char* offset) {
#ifdef _WIN32
    static_cast<void>(name);
    return offset;
#else
    static_cast<void>(offset);
    return name;
#endif
}

class TimeZone {
public:
    explicit TimeZone(const char* zone) {
        if (const char* old = std::getenv("TZ"))
            old_ = old;
        set(zone);
    }
    ~TimeZone() { set(old_ ? old_->c_str() : nullptr); }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    static void set(const char* zone) {
#ifdef _WIN32
        _putenv_s("TZ", zone ? zone : ""); // "" removes it
        _tzset();
#else
        zone ? setenv("TZ", zone, 1) : unsetenv("TZ");
        tzset();
#endif
    }
    std::optional<std::string> old_;
};

} // namespace extramile::test
