// Windows only: a path as the wide-character file functions take it. An
// absolute path gets the extended-length prefix (\\?\C:\..., \\?\UNC\...),
// so paths longer than MAX_PATH (260) work without the system-wide
// LongPathsEnabled setting; the prefix turns off the Win32 name parsing, so
// the path is made absolute, normal and backslashed first.
#pragma once

#ifdef _WIN32

#include <filesystem>
#include <string>

namespace extramile::win32 {

inline std::wstring long_path(const std::filesystem::path& given) {
    const std::wstring& raw = given.native();
    if (raw.starts_with(L"\\\\?\\") || raw.starts_with(L"\\\\.\\"))
        return raw; // already extended, or a device (\\.\pipe\..., \\.\NUL)
    std::error_code ignored;
    std::filesystem::path p = std::filesystem::absolute(given, ignored);
    if (p.empty())
        return given.wstring();
    p = p.lexically_normal();
    p.make_preferred();
    std::wstring text = p.native();
    if (text.starts_with(L"\\\\.\\"))
        return text; // a reserved name (NUL, CON) made absolute: the device
    if (text.starts_with(L"\\\\"))
        return L"\\\\?\\UNC\\" + text.substr(2); // \\server\share\...
    if (text.size() >= 2 && text[1] == L':')
        return L"\\\\?\\" + text;
    return text;
}

} // namespace extramile::win32

#endif
