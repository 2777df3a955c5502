// Numbers on the printed pages as the page's language writes them: 84,4 in
// Spanish and Italian, 84.4 in English; a missing value is a dash.
#pragma once

#include <optional>
#include <string>

namespace extramile::report {

// `value` with `decimals` places; "–" when missing, "∞" or "−∞" for an
// interval open on that side.
std::string decimal(const std::optional<double>& value, int decimals, const std::string& language);

// `value` as short as it goes: 3, 2.5 (2,5).
std::string number(double value, const std::string& language);

// A fraction (0-1) as a whole percentage: "85%", "85 %".
std::string percent(double fraction, const std::string& language);

} // namespace extramile::report
