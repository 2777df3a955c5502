// What the command line prints goes to a terminal, and names and file names
// come from files anyone may have written: a control character in them
// (ESC [1A ESC [2K erases lines; CR returns to the start) must never reach
// the terminal as itself. Everything printed that came from a file passes
// through here.
#pragma once

#include "core/base/file_error.hpp"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace extramile::cli {

// `text` with every C0 control (line feed and tab included), DEL and C1
// control shown as a visible escape (\n, \t, \x1b, \u009b); invalid UTF-8
// bytes as \xNN. Everything else is kept, accented letters included.
std::string terminal_safe(std::string_view text);

// Each problem on a line of its own, as FILE:LINE: message, made safe.
void print_problems(std::ostream& out, const std::vector<Problem>& problems, std::string_view suffix = {});

} // namespace extramile::cli
