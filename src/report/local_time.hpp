// Times on the printed pages: a scorecard keeps them in UTC (ISO 8601); a
// reader wants the local date and time in the page's language. Local means
// the time zone of the machine that prints (TZ), as for any document.
#pragma once

#include <chrono>
#include <string>

namespace extramile::report {

// "20 November 2026", "20 de noviembre de 2026", "20 novembre 2026".
std::string local_date(std::chrono::system_clock::time_point when, const std::string& language);
// "20 November 2026, 10:00 CET".
std::string local_date_time(std::chrono::system_clock::time_point when, const std::string& language);

// When an interview took place, from its start and end timestamps (either
// may be empty): "20 November 2026, 10:00–11:05 CET" on one day, both in
// full across midnight. A timestamp that cannot be read is printed as written.
std::string interview_time(const std::string& started, const std::string& ended, const std::string& language);

} // namespace extramile::report
