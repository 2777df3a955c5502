// Panel agreement in plain words: which ICC speaks for a competency and what
// its value means, on the scale of Koo & Li (2016): below 0.50 poor,
// 0.50-0.75 moderate, 0.75-0.90 good, above 0.90 excellent.
#pragma once

#include "core/scoring/panel_agreement.hpp"

#include <optional>
#include <string>

namespace extramile {

enum class AgreementLevel { not_enough_data, poor, moderate, good, excellent };

struct AgreementReading {
    AgreementLevel level = AgreementLevel::not_enough_data;
    std::optional<IccEstimate> basis; // the estimate read
    std::string basis_name;           // "ICC(2,1)" or "ICC(1,1)"; empty without data
    // The 95% interval reaches another level: too few candidates or
    // interviewers to be sure, so the reading is a tendency only.
    bool uncertain = false;
};

AgreementLevel agreement_level(double icc);

// Single-rater agreement is what a calibration talk is about: ICC(2,1) when
// every interviewer rated every candidate, else ICC(1,1).
AgreementReading read_agreement(const PanelAgreement& agreement);

} // namespace extramile
