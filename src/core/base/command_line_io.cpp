#include "core/base/command_line_io.hpp"

#ifdef _WIN32
#include "core/base/utf8_path.hpp"

#include <windows.h>
#include <shellapi.h>
#endif

namespace extramile {

#ifdef _WIN32

std::vector<std::string> program_arguments(int, char**) {
    std::vector<std::string> args;
    int count = 0;
    // The same splitting rules the C runtime uses for argv.
    wchar_t** wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
    if (!wide)
        return args;
    for (int i = 1; i < count; ++i)
        args.push_back(utf8_of(std::filesystem::path(wide[i])));
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
