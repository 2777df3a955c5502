// Why nothing could be compared, in the command line's words: shared by
// every subcommand that compares a folder first (compare, decide).
#pragma once

#include "services/comparison_run.hpp"

#include <iosfwd>
#include <string>

namespace extramile::cli {

void explain(const services::ComparisonFailure& failure, const std::string& subcommand, std::ostream& err);

} // namespace extramile::cli
