// Checks of a decision record against the rubric of its comparison: every
// reason about a competency names one the rubric has.
#pragma once

#include "core/base/file_error.hpp"
#include "core/model/decision.hpp"
#include "core/model/rubric.hpp"

#include <string>
#include <vector>

namespace extramile {

std::vector<Problem> check_decision(const Decision& decision, const Rubric& rubric, const std::string& file_name);

} // namespace extramile
