// The words that make `extramile` a command line program rather than the
// app: a subcommand's name, --help or --version as the first argument.
// Header-only and without dependencies, so the launcher (src/launcher.cpp)
// decides with them before anything of ours is loaded; the table of
// subcommands (command_line.cpp) refuses to run if it names others.
#pragma once

#include <array>
#include <string_view>

namespace extramile::cli {

inline constexpr std::array<std::string_view, 8> subcommand_names{
    "validate", "compare", "purge", "calibration", "validity", "decide", "print", "debrief",
};

// True when `first` (the first argument after the program's name) asks for
// a subcommand, --help or --version: no window is opened then.
constexpr bool is_command_line_word(std::string_view first) {
    for (const auto name : subcommand_names)
        if (first == name)
            return true;
    return first == "--help" || first == "-h" || first == "--version" || first == "help";
}

} // namespace extramile::cli
