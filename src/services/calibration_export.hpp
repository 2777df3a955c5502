// Interviewer calibration as other programs and people read it: the
// "interviewers" array of formats.md (compare's JSON and `extramile
// calibration --format json`), and the plain note that says why an
// interviewer has no offset or no interval.
#pragma once

#include "core/scoring/calibration.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace extramile::services {

// "alone", "other-group", "no-ratings"; nullopt when there is an offset.
std::optional<std::string> gap_code(OffsetGap gap);
// "lenient" or "severe".
const char* severity_name(Severity severity);

// The sentence for `person` in `calibration`: why there is no offset, or no
// interval; empty when there is nothing to explain.
std::string calibration_note(const Calibration& calibration, const InterviewerCalibration& person);

// [{"name", "scorecards", "ratings", "mean", "sd", "offset", "standard_error",
//   "offset_ci95", "flag", "recommendation_agreement", "recommendations_decided",
//   "group_size", "gap", "note"}], in the order of calibration.interviewers.
nlohmann::json interviewers_json(const Calibration& calibration);
// The fit itself: {"fitted_interviewers", "fitted_ratings", "fitted_cells",
// "residual_df", "residual_sd", "flag_threshold"}.
nlohmann::json calibration_model_json(const Calibration& calibration);

} // namespace extramile::services
