#include "services/calibration_export.hpp"

#include <cmath>

namespace extramile::services {

namespace {

using nlohmann::json;

double round4(double value) { return std::round(value * 10000.0) / 10000.0; }
json number_or_null(const std::optional<double>& value) { return value ? json(round4(*value)) : json(nullptr); }

} // namespace

std::optional<std::string> gap_code(OffsetGap gap) {
    switch (gap) {
    case OffsetGap::none:
        return std::nullopt;
    case OffsetGap::no_ratings:
        return "no-ratings";
    case OffsetGap::alone:
        return "alone";
    case OffsetGap::other_group:
        return "other-group";
    }
    return std::nullopt;
}

const char* severity_name(Severity severity) { return severity == Severity::lenient ? "lenient" : "severe"; }

std::string calibration_note(const Calibration& calibration, const InterviewerCalibration& person) {
    switch (person.gap) {
    case OffsetGap::no_ratings:
        return "No offset: no counted rating (every rating was \"na\").";
    case OffsetGap::alone:
        return "No offset: shares no rated competency of any candidate with another interviewer, so "
               "their ratings cannot be told apart from their candidates'.";
    case OffsetGap::other_group:
        return "No offset: linked through shared candidates only to " + std::to_string(person.group_size - 1) +
               (person.group_size == 2 ? " other interviewer" : " other interviewers") +
               ", none of whom shares a candidate with the " + std::to_string(calibration.fitted_interviewers) +
               " interviewers whose offsets are given; offsets of groups that never met cannot be compared.";
    case OffsetGap::none:
        break;
    }
    if (person.offset && !person.offset_ci95)
        return "No interval: the shared ratings fit the model exactly (no residual degrees of freedom); "
               "more shared candidates are needed.";
    return {};
}

json interviewers_json(const Calibration& calibration) {
    json out = json::array();
    for (const auto& p : calibration.interviewers) {
        const auto gap = gap_code(p.gap);
        const auto note = calibration_note(calibration, p);
        out.push_back({{"name", p.name},
                       {"scorecards", p.scorecards},
                       {"ratings", p.ratings},
                       {"mean", number_or_null(p.mean)},
                       {"sd", number_or_null(p.sd)},
                       {"offset", number_or_null(p.offset)},
                       {"standard_error", number_or_null(p.standard_error)},
                       {"offset_ci95", p.offset_ci95 ? json::array({round4(p.offset_ci95->first),
                                                                    round4(p.offset_ci95->second)})
                                                     : json(nullptr)},
                       {"flag", p.flag ? json(severity_name(*p.flag)) : json(nullptr)},
                       {"recommendation_agreement", number_or_null(p.recommendation_agreement)},
                       {"recommendations_decided", p.recommendations_decided},
                       {"group_size", p.group_size},
                       {"gap", gap ? json(*gap) : json(nullptr)},
                       {"note", note.empty() ? json(nullptr) : json(note)}});
    }
    return out;
}

json calibration_model_json(const Calibration& calibration) {
    return {{"fitted_interviewers", calibration.fitted_interviewers},
            {"fitted_ratings", calibration.fitted_ratings},
            {"fitted_cells", calibration.fitted_cells},
            {"residual_df", calibration.residual_df},
            {"residual_sd", number_or_null(calibration.residual_sd)},
            {"flag_threshold", round4(calibration.flag_threshold)}};
}

} // namespace extramile::services
