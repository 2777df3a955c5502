// What Windows said of its last failure, in its words, with its number, for
// the Windows test support (libstdc++ reports most Windows failures as
// "Input/output error", and a bare "could not start" says nothing).
#pragma once

#include <windows.h>

#include <string>

namespace extramile::test {

inline std::string last_windows_error() {
    const DWORD code = ::GetLastError();
    char* text = nullptr;
    ::FormatMessageA(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                     nullptr, code, 0, reinterpret_cast<char*>(&text), 0, nullptr);
    std::string said = text ? text : "";
    ::LocalFree(text);
    while (!said.empty() && (said.back() == '\n' || said.back() == '\r' || said.back() == ' '))
        said.pop_back();
    return said + " (Windows error " + std::to_string(code) + ")";
}

} // namespace extramile::test
