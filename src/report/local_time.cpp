#include "local_time.hpp"

#include "report_labels.hpp"

#include "core/base/timestamp.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace extramile::report {

namespace {

std::tm local(std::chrono::system_clock::time_point when) {
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm out{};
#ifdef _WIN32
    _tzset();
    localtime_s(&out, &t);
#else
    tzset(); // localtime_r need not read TZ again: a test or a long-running app may change it
    localtime_r(&t, &out);
#endif
    return out;
}

std::string format(const std::tm& tm, const char* pattern) {
    std::array<char, 64> buffer{};
    const auto n = std::strftime(buffer.data(), buffer.size(), pattern, &tm);
    return std::string(buffer.data(), n);
}

std::string date_of(const std::tm& tm, const std::string& language) {
    static constexpr std::array<Label, 12> months{Label::january, Label::february, Label::march,     Label::april,
                                                  Label::may,     Label::june,     Label::july,      Label::august,
                                                  Label::september, Label::october, Label::november, Label::december};
    return substitute(label(Label::date_format, language),
                      {std::to_string(tm.tm_mday), label(months.at(static_cast<std::size_t>(tm.tm_mon)), language),
                       std::to_string(tm.tm_year + 1900)});
}

// 24-hour time everywhere: unambiguous on paper in all three languages.
std::string time_of(const std::tm& tm) { return format(tm, "%H:%M"); }
// --- platform split: how a zone is written ---
#ifdef _WIN32
// Windows names zones in words ("W. Europe Standard Time", in the system's
// language): too long for a page and not what people write. The offset is
// what Windows does tell exactly: "UTC+01:00".
std::string zone_of(const std::tm& tm) {
    // Seconds west of UTC, and the summer shift, as the C runtime keeps them
    // after _tzset() (msvcrt.dll has the variables, not _get_timezone()).
    const long east = -(_timezone + (tm.tm_isdst > 0 ? _dstbias : 0));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "UTC%c%02ld:%02ld", east < 0 ? '-' : '+', std::labs(east) / 3600,
                  std::labs(east) % 3600 / 60);
    return buffer;
}
#else
std::string zone_of(const std::tm& tm) { return format(tm, "%Z"); }
#endif

std::string with_zone(std::string text, const std::tm& tm) {
    const auto zone = zone_of(tm);
    return zone.empty() ? text : text + " " + zone;
}

} // namespace

std::string local_date(std::chrono::system_clock::time_point when, const std::string& language) {
    return date_of(local(when), language);
}

std::string local_date_time(std::chrono::system_clock::time_point when, const std::string& language) {
    const auto tm = local(when);
    return with_zone(substitute(label(Label::date_time_format, language), {date_of(tm, language), time_of(tm)}), tm);
}

std::string interview_time(const std::string& started, const std::string& ended, const std::string& language) {
    const auto start = parse_timestamp(started);
    const auto end = parse_timestamp(ended);
    if (!start && !end)
        return started.empty() || ended.empty() ? started + ended : started + " – " + ended;
    if (!start || !end) {
        const auto known = local_date_time(start ? *start : *end, language);
        const auto& other = start ? ended : started;
        return other.empty() ? known : start ? known + " – " + other : other + " – " + known;
    }
    const auto a = local(*start), b = local(*end);
    if (a.tm_year == b.tm_year && a.tm_yday == b.tm_yday && zone_of(a) == zone_of(b))
        return with_zone(substitute(label(Label::date_time_format, language),
                                    {date_of(a, language), time_of(a) + "–" + time_of(b)}),
                         a);
    return local_date_time(*start, language) + " – " + local_date_time(*end, language);
}

} // namespace extramile::report
