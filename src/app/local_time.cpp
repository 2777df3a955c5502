#include "local_time.hpp"

#include "wx_text.hpp"

#include "core/base/timestamp.hpp"

#include <wx/datetime.h>

namespace extramile::app {

wxString LocalDateTime(std::string_view iso) {
    if (iso.empty())
        return {};
    const auto when = parse_timestamp(iso);
    if (!when)
        return FromUtf8(std::string(iso));
    const wxDateTime local(static_cast<time_t>(when->time_since_epoch().count()));
    const bool today = local.IsSameDate(wxDateTime::Now());
    return today ? local.Format("%X") : local.Format("%x %X");
}

} // namespace extramile::app
