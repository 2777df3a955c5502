// Dispatch: a subcommand runs headless; otherwise the app starts.
#include "cli/command_line.hpp"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        // The window arrives with the interviewer's app; until then the help is shown.
        return extramile::cli::run_command_line(args, std::cout, std::cerr);
    } catch (const std::exception& e) {
        std::cerr << "extramile: " << e.what() << "\n";
        return 1;
    }
}
