// Checks of a scorecard against the rubric it was scored with: every rating,
// note and flag must name something the rubric has, on its scale.
#pragma once

#include "core/base/file_error.hpp"
#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <string>
#include <vector>

namespace extramile {

// Problems found, each with the scorecard's file and line; empty when it fits.
std::vector<Problem> check_scorecard(const Scorecard& scorecard, const Rubric& rubric,
                                     const std::string& file_name);

} // namespace extramile
