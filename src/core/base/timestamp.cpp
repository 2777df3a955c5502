#include "core/base/timestamp.hpp"

#include <ctime>
#include <iomanip>
#include <sstream>

namespace extramile {

std::string iso_utc(std::chrono::system_clock::time_point when) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(when);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

std::optional<std::chrono::system_clock::time_point> parse_iso_utc(const std::string& text) {
    if (text.size() != 20 || text.back() != 'Z')
        return std::nullopt;
    std::tm utc{};
    std::istringstream in(text.substr(0, 19));
    in >> std::get_time(&utc, "%Y-%m-%dT%H:%M:%S");
    if (in.fail())
        return std::nullopt;
    const std::time_t seconds = timegm(&utc);
    // timegm normalises impossible dates (Feb 30th); a round trip refuses them.
    if (iso_utc(std::chrono::system_clock::from_time_t(seconds)) != text)
        return std::nullopt;
    return std::chrono::system_clock::from_time_t(seconds);
}

} // namespace extramile
