// Text crossing between core (UTF-8 std::string) and wx (wxString).
#pragma once

#include <wx/string.h>

#include <string>

namespace extramile::app {

inline wxString FromUtf8(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string ToUtf8(const wxString& s) {
    const auto buffer = s.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

} // namespace extramile::app
