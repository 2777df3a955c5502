// Times from files (ISO 8601, UTC) as the user reads them: local date and
// time in the user's language.
#pragma once

#include <wx/string.h>

#include <string_view>

namespace extramile::app {

// "1 Dec 2026 09:30" in the locale's own form; the text itself when it is
// not a time; "" for "".
wxString LocalDateTime(std::string_view iso);

} // namespace extramile::app
