// The app's own command line: `extramile [--lang L] [FILE|FOLDER...]` and
// `extramile interview ...`, parsed here so that all parsing lives in cli.
#pragma once

#include "services/app_launch.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace extramile::cli {

// Returns nullopt after printing a usage error (exit code 2) or the help
// (exit code 0).
std::optional<services::AppLaunch> parse_app_arguments(const std::vector<std::string>& args, std::ostream& out,
                                                       std::ostream& err, int& exit_code);

} // namespace extramile::cli
