// Runs a tool of the machine the tests run on (pdftotext, pdfinfo) and
// returns what it printed. On POSIX that is a plain child process. A Windows
// test runs under wine, where those Linux tools are not Windows programs:
// there the test driver (tests/windows/host_tools.py, wrapped around the test
// program as its CMAKE_CROSSCOMPILING_EMULATOR) runs them on Linux for it,
// asked through files in the folder named by EXTRAMILE_HOST_TOOLS.
#pragma once

#include <string>
#include <vector>

namespace extramile::test {

// `command` is the program's name and its arguments (file names as the test
// has them: Windows paths under wine, which the driver maps to Linux ones).
// Fails the test when the tool cannot be run.
std::string run_host_tool(const std::vector<std::string>& command);

} // namespace extramile::test
