// Shared option handling of the subcommands, on Boost.Program_options:
// --help, positional arguments and usage errors said the same way everywhere.
#pragma once

#include <boost/program_options.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace extramile::cli {

struct ParsedOptions {
    bool proceed = false; // false: --help was shown or the usage was wrong
    int exit_code = 0;
    boost::program_options::variables_map values;
    std::vector<std::string> positional;
};

ParsedOptions parse_options(const std::string& subcommand, const std::string& operands,
                            const boost::program_options::options_description& options,
                            const std::vector<std::string>& args, std::ostream& out,
                            std::ostream& err);

} // namespace extramile::cli
