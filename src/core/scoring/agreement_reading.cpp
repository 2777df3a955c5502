#include "core/scoring/agreement_reading.hpp"

namespace extramile {

AgreementLevel agreement_level(double icc) {
    if (icc < 0.50)
        return AgreementLevel::poor;
    if (icc < 0.75)
        return AgreementLevel::moderate;
    if (icc <= 0.90)
        return AgreementLevel::good;
    return AgreementLevel::excellent;
}

AgreementReading read_agreement(const PanelAgreement& agreement) {
    AgreementReading reading;
    if (agreement.icc2_1) {
        reading.basis = agreement.icc2_1;
        reading.basis_name = "ICC(2,1)";
    } else if (agreement.icc1_1) {
        reading.basis = agreement.icc1_1;
        reading.basis_name = "ICC(1,1)";
    } else {
        return reading;
    }
    reading.level = agreement_level(reading.basis->value);
    reading.uncertain = agreement_level(reading.basis->lower) != agreement_level(reading.basis->upper);
    return reading;
}

} // namespace extramile
