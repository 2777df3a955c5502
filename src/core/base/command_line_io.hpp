// How the program's words cross its command line, as UTF-8 on every
// platform: the arguments it was given, and the console it prints to. On
// POSIX both are bytes already. On Windows argv is in the ANSI code page
// (which cannot hold every name), so the arguments are read again from
// GetCommandLineW, and a wildcard in one (*.xml) is expanded there, as the
// shell does on POSIX; and a console shows bytes in its own code page (850, 437,
// ...), so it is switched to UTF-8 while the program prints.
#pragma once

#include <string>
#include <vector>

namespace extramile {

// The arguments after the program's name, as UTF-8 (on Windows with "*" and
// "?" in an argument's last part expanded to the names that match, sorted).
std::vector<std::string> program_arguments(int argc, char** argv);

// While it lives, a console the program writes to shows UTF-8 (Windows:
// SetConsoleOutputCP, restored afterwards so the console the user typed in
// is left as it was). Nothing to do elsewhere.
class Utf8Console {
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console&) = delete;
    Utf8Console& operator=(const Utf8Console&) = delete;

private:
    unsigned previous_ = 0; // the code page to restore; 0: none was changed
};

} // namespace extramile
