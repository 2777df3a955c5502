// Text crossing between core (UTF-8 std::string) and wx (wxString).
#pragma once

#include "core/base/utf8_path.hpp"

#include <wx/string.h>

#include <filesystem>
#include <string>

namespace extramile::app {

inline wxString FromUtf8(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string ToUtf8(const wxString& s) {
    const auto buffer = s.utf8_str();
    return std::string(buffer.data(), buffer.length());
}

// File names: never through a std::string on their own (core/base/utf8_path.hpp).
inline std::filesystem::path ToPath(const wxString& s) { return path_from_utf8(ToUtf8(s)); }
inline wxString FromPath(const std::filesystem::path& p) { return FromUtf8(utf8_of(p)); }

} // namespace extramile::app
