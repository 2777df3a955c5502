#include "core/base/command_line_io.hpp"

#ifdef _WIN32
#include "core/base/utf8_path.hpp"

#include <windows.h>
#include <shellapi.h>

#include <algorithm>
#include <string_view>
#endif

namespace extramile {

#ifdef _WIN32

namespace {

// cmd and PowerShell hand "*.xml" to the program as it was typed: a Windows
// program expands it itself. The names that match the last part of the
// argument (* and ? cannot be in a Windows file name, so an argument with
// them names no file as it is), in order, with the folder part kept as
// typed; an argument that matches nothing stays as it is, and the command
// then says which file it could not open.
void add_expanded(const std::wstring& arg, std::vector<std::string>& args) {
    const auto last = arg.find_last_of(L"\\/:");
    const std::wstring folder = last == std::wstring::npos ? std::wstring() : arg.substr(0, last + 1);
    if (arg.find_first_of(L"*?", folder.size()) == std::wstring::npos) {
        args.push_back(utf8_of(std::filesystem::path(arg)));
        return;
    }
    std::vector<std::wstring> names;
    WIN32_FIND_DATAW found{};
    if (const HANDLE search = ::FindFirstFileW(arg.c_str(), &found); search != INVALID_HANDLE_VALUE) {
        do
            if (std::wstring_view(found.cFileName) != L"." && std::wstring_view(found.cFileName) != L"..")
                names.push_back(folder + found.cFileName);
        while (::FindNextFileW(search, &found));
        ::FindClose(search);
    }
    if (names.empty())
        names.push_back(arg);
    std::sort(names.begin(), names.end());
    for (const auto& name : names)
        args.push_back(utf8_of(std::filesystem::path(name)));
}

} // namespace

std::vector<std::string> program_arguments(int, char**) {
    std::vector<std::string> args;
    int count = 0;
    // The same splitting rules the C runtime uses for argv.
    wchar_t** wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    if (!wide)
        return args;
    for (int i = 1; i < count; ++i)
        add_expanded(wide[i], args);
    ::LocalFree(wide);
    return args;
}

Utf8Console::Utf8Console() {
    // No console (the GUI build, output redirected to a file or pipe): the
    // bytes go as they are, and UTF-8 is what a reader of them expects.
    if (const UINT current = ::GetConsoleOutputCP(); current != 0 && current != CP_UTF8 &&
                                                     ::SetConsoleOutputCP(CP_UTF8))
        previous_ = current;
}

Utf8Console::~Utf8Console() {
    if (previous_ != 0)
        ::SetConsoleOutputCP(previous_);
}

#else

std::vector<std::string> program_arguments(int argc, char** argv) {
    return std::vector<std::string>(argv + (argc > 0 ? 1 : 0), argv + argc);
}

Utf8Console::Utf8Console() = default;
Utf8Console::~Utf8Console() = default;

#endif

} // namespace extramile
