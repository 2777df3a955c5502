// Times as scorecards store them: ISO 8601 in UTC, to the second.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace extramile {

std::string iso_utc(std::chrono::system_clock::time_point when);
inline std::string now_iso_utc() { return iso_utc(std::chrono::system_clock::now()); }

// Reads "YYYY-MM-DDTHH:MM:SSZ" (what iso_utc writes); nullopt for anything else.
std::optional<std::chrono::system_clock::time_point> parse_iso_utc(const std::string& text);

} // namespace extramile
