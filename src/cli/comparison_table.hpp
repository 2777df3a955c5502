// The comparison as a person reads it in a terminal: aligned columns, the
// flags in words, panel agreement and the warnings.
#pragma once

#include "services/comparison_export.hpp"

#include <string>
#include <vector>

namespace extramile::cli {

std::string comparison_table(const services::ComparisonInput& input);

// The drafts older than `days` days, by interviewer and candidate, for HR to chase.
std::string overdue_table(const std::vector<OverdueDraft>& drafts, int days);

} // namespace extramile::cli
