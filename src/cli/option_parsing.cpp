#include "cli/option_parsing.hpp"

#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;

ParsedOptions parse_options(const std::string& subcommand, const std::string& operands,
                            const po::options_description& options,
                            const std::vector<std::string>& args, std::ostream& out,
                            std::ostream& err) {
    ParsedOptions result;
    po::options_description all;
    all.add(options);
    all.add_options()("operand", po::value<std::vector<std::string>>(), "");
    po::positional_options_description positional;
    positional.add("operand", -1);
    try {
        po::store(po::command_line_parser(args).options(all).positional(positional).run(),
                  result.values);
        // --help must work even when required options are missing.
        if (!result.values.count("help"))
            po::notify(result.values);
    } catch (const po::error& e) {
        err << "extramile " << subcommand << ": " << e.what() << "\n"
            << "Try 'extramile " << subcommand << " --help'.\n";
        result.exit_code = 2;
        return result;
    }
    if (result.values.count("help")) {
        out << "Usage: extramile " << subcommand << " [OPTIONS] " << operands << "\n\n"
            << options;
        return result;
    }
    if (result.values.count("operand"))
        result.positional = result.values["operand"].as<std::vector<std::string>>();
    result.proceed = true;
    return result;
}

} // namespace extramile::cli
