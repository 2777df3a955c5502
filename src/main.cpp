// Dispatch: a subcommand runs headless; otherwise the app starts.
#include "cli/app_arguments.hpp"
#include "cli/command_line.hpp"
#include "core/base/command_line_io.hpp"

#ifdef EXTRAMILE_HAVE_APP
#include "app/app_launch.hpp"
#endif

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string> args = extramile::program_arguments(argc, argv); // UTF-8 everywhere
    const extramile::Utf8Console console;
    try {
        if (extramile::cli::wants_command_line(args))
            return extramile::cli::run_command_line(args, std::cout, std::cerr);
#ifdef EXTRAMILE_HAVE_APP
        int exit_code = 0;
        auto launch = extramile::cli::parse_app_arguments(args, std::cout, std::cerr, exit_code);
        if (!launch)
            return exit_code;
        return extramile::app::run_app(argc, argv, *launch);
#else
        return extramile::cli::run_command_line(args, std::cout, std::cerr);
#endif
    } catch (const std::exception& e) {
        std::cerr << "extramile: " << e.what() << "\n";
        return 1;
    }
}
