// The comparison as a person reads it in a terminal: aligned columns, the
// flags in words, panel agreement and the warnings.
#pragma once

#include "services/comparison_export.hpp"

#include <string>

namespace extramile::cli {

std::string comparison_table(const services::ComparisonInput& input);

} // namespace extramile::cli
