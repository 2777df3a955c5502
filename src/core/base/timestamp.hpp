// Times as scorecards store them: ISO 8601 (xs:dateTime). Extra Mile writes
// UTC to the second ("2026-11-22T10:00:00Z"); it reads what other programs
// and people write too: fractions of a second, and Z or an offset
// ("2026-11-22T11:00:00+01:00"). std::chrono's calendar, no C library time
// functions, so it is the same on every platform.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace extramile {

std::string iso_utc(std::chrono::system_clock::time_point when);
inline std::string now_iso_utc() { return iso_utc(std::chrono::system_clock::now()); }

// The instant `text` names, or nullopt for anything that is not a date and
// time that exists (2026-02-31 does not, nor 24:00, nor an offset beyond
// ±14:00). A time without a zone is read as UTC.
std::optional<std::chrono::sys_seconds> parse_timestamp(std::string_view text);

} // namespace extramile
