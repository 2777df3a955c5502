#include "core/base/timestamp.hpp"

#include <cstdio>

namespace extramile {

namespace chrono = std::chrono;

std::string iso_utc(chrono::system_clock::time_point when) {
    const auto seconds = chrono::floor<chrono::seconds>(when);
    const auto day = chrono::floor<chrono::days>(seconds);
    const chrono::year_month_day date(day);
    const chrono::hh_mm_ss time(seconds - day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buffer;
}

namespace {

// Reads exactly `digits` decimal digits at text[at...].
bool number(std::string_view text, std::size_t at, std::size_t digits, int& value) {
    if (at + digits > text.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + digits; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::optional<chrono::sys_seconds> parse_timestamp(std::string_view text) {
    int y, mo, d, h, mi, s;
    // YYYY-MM-DDTHH:MM:SS
    if (!number(text, 0, 4, y) || text.size() < 19 || text[4] != '-' || !number(text, 5, 2, mo) ||
        text[7] != '-' || !number(text, 8, 2, d) || text[10] != 'T' || !number(text, 11, 2, h) ||
        text[13] != ':' || !number(text, 14, 2, mi) || text[16] != ':' || !number(text, 17, 2, s))
        return std::nullopt;
    const chrono::year_month_day date{chrono::year(y), chrono::month(static_cast<unsigned>(mo)),
                                      chrono::day(static_cast<unsigned>(d))};
    // A leap second (23:59:60) is the last second of its minute.
    if (!date.ok() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    auto rest = text.substr(19);
    if (rest.starts_with('.')) {
        std::size_t digits = 1;
        while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
            ++digits;
        if (digits == 1)
            return std::nullopt;
        rest.remove_prefix(digits); // fractions of a second: below what a scorecard needs
    }
    chrono::minutes offset{0};
    if (rest == "Z" || rest.empty()) {
        // UTC (or no zone given, read as UTC)
    } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
        int oh, om;
        if (!number(rest, 1, 2, oh) || !number(rest, 4, 2, om) || om > 59 || oh * 60 + om > 14 * 60)
            return std::nullopt;
        offset = chrono::minutes(oh * 60 + om) * (rest[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const auto local = chrono::sys_days(date) + chrono::hours(h) + chrono::minutes(mi) +
                       chrono::seconds(s == 60 ? 59 : s);
    return chrono::time_point_cast<chrono::seconds>(local - offset);
}

} // namespace extramile
