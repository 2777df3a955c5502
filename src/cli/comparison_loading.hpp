// What every subcommand that reads a folder of scorecards does first (compare,
// calibration, validity, decide): run the comparison, say what went wrong in the
// command line's words, and make it blind when asked.
#pragma once

#include "cli/option_parsing.hpp"
#include "services/comparison_run.hpp"

#include <iosfwd>
#include <string>

namespace extramile::cli {

// The request the parsed command line asks for: the operands as paths (UTF-8
// text made into paths once, core/base/utf8_path.hpp), --rubric and
// --include-drafts.
services::ComparisonRequest comparison_request(const ParsedOptions& parsed);

// Null when nothing could be compared (said on `err`, prefixed
// "extramile SUBCOMMAND: "). Files that could not be read are listed on
// `err` (counted only, in blind review) and the rest is compared.
// The run is kept until the program ends, never freed: freeing a big one
// piece by piece (every scorecard, rating and path) was a tenth of the time
// of `compare` on 10,000 scorecards with short notes, and a subcommand ends
// once it has written its output, when the system takes the memory back at
// once.
services::ComparisonRun* load_comparison(const std::string& subcommand, const services::ComparisonRequest& request,
                                         bool blind, std::ostream& err);

// load_comparison without blind review, for a comparison written as it is
// made (compare --format json): the scorecards kept as records
// (services::run_compact_comparison).
services::CompactRun* load_compact_comparison(const std::string& subcommand,
                                             const services::ComparisonRequest& request, std::ostream& err);

// Why nothing could be compared, said on `err` as load_comparison says it
// (for a subcommand that runs the comparison through another service: decide).
void explain(const services::ComparisonFailure& failure, const std::string& subcommand, std::ostream& err);

} // namespace extramile::cli
