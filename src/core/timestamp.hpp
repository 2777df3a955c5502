// Times as scorecards store them: ISO 8601 in UTC, to the second.
#pragma once

#include <chrono>
#include <string>

namespace extramile {

std::string iso_utc(std::chrono::system_clock::time_point when);
inline std::string now_iso_utc() { return iso_utc(std::chrono::system_clock::now()); }

} // namespace extramile
