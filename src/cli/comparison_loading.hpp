// What every subcommand that reads a folder of scorecards does first (compare,
// calibration, validity, decide): run the comparison, say what went wrong in the
// command line's words, and make it blind when asked.
#pragma once

#include "cli/option_parsing.hpp"
#include "services/comparison_run.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace extramile::cli {

// The request the parsed command line asks for: the operands as paths (UTF-8
// text made into paths once, core/base/utf8_path.hpp), --rubric and
// --include-drafts.
services::ComparisonRequest comparison_request(const ParsedOptions& parsed);

// nullopt when nothing could be compared (said on `err`, prefixed
// "extramile SUBCOMMAND: "). Files that could not be read are listed on
// `err` (counted only, in blind review) and the rest is compared.
std::optional<services::ComparisonRun> load_comparison(const std::string& subcommand,
                                                       const services::ComparisonRequest& request, bool blind,
                                                       std::ostream& err);

// Why nothing could be compared, said on `err` as load_comparison says it
// (for a subcommand that runs the comparison through another service: decide).
void explain(const services::ComparisonFailure& failure, const std::string& subcommand, std::ostream& err);

} // namespace extramile::cli
