// The headless side of `extramile`: subcommands that need no display.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace extramile::cli {

// True when the arguments ask for a subcommand, --help or --version, i.e.
// when the program should not start the window.
bool wants_command_line(const std::vector<std::string>& args);

// Runs the subcommand in `args` (without the program name). Returns the exit
// code: 0 success, 1 invalid input, 2 wrong usage.
int run_command_line(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace extramile::cli
