// `extramile`, the program a user runs on Linux. It loads nothing but the C
// and C++ runtimes and hands the same arguments, in the same process (exec),
// to one of two programs: extramile-cli for a subcommand, --help or
// --version (it does not load wx or GTK: loading them took 25 ms of every
// command, a sixth of a compare of 10,000 short scorecards), extramile-app
// for anything else (the windows). A script sees the exit code it would
// have seen, the desktop the same process and the same program name.
// Both programs are looked for beside this one (a build tree), then where
// they are installed (EXTRAMILE_LIBEXEC_FROM_BIN, relative to the bin folder).
#include "cli/command_words.hpp"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>

#include <unistd.h>

#ifndef EXTRAMILE_LIBEXEC_FROM_BIN
#define EXTRAMILE_LIBEXEC_FROM_BIN "../libexec"
#endif
#ifndef EXTRAMILE_APP_PROGRAM
#define EXTRAMILE_APP_PROGRAM "extramile-app"
#endif

namespace {

std::string own_folder() {
    char buffer[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (length <= 0)
        return {};
    const std::string self(buffer, static_cast<std::size_t>(length));
    return self.substr(0, self.rfind('/'));
}

} // namespace

int main(int argc, char** argv) {
    const bool command_line = argc > 1 && extramile::cli::is_command_line_word(argv[1]);
    const char* program = command_line ? "extramile-cli" : EXTRAMILE_APP_PROGRAM;
    const std::string folder = own_folder();
    if (folder.empty()) {
        std::fprintf(stderr, "extramile: cannot tell where this program is (/proc/self/exe: %s)\n",
                     std::strerror(errno));
        return 127;
    }
    const std::string places[] = {folder + "/" + program, folder + "/" EXTRAMILE_LIBEXEC_FROM_BIN "/" + program};
    for (const auto& place : places) {
        ::execv(place.c_str(), argv);
        if (errno != ENOENT) {
            std::fprintf(stderr, "extramile: cannot start %s: %s\n", place.c_str(), std::strerror(errno));
            return 126;
        }
    }
    std::fprintf(stderr, "extramile: %s is missing (looked for %s and %s); install Extra Mile again\n", program,
                 places[0].c_str(), places[1].c_str());
    return 127;
}
