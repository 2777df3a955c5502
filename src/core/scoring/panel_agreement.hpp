// Panel agreement: intraclass correlations as in Shrout & Fleiss (1979),
// computed from the ANOVA mean squares, with 95% confidence intervals from
// the F distribution (Boost.Math).
#pragma once

#include "core/scoring/agreement_note.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace extramile {

struct IccEstimate {
    double value = 0;
    double lower = 0; // 95% confidence interval
    double upper = 0;
    // The F test of "no agreement beyond chance" (ICC = 0): BMS/WMS on
    // (n-1, N-n) df for ICC(1,1), BMS/EMS on (n-1, (n-1)(k-1)) df for
    // ICC(2,1) and ICC(2,k). The ICC(1,1) interval is built on this F; the
    // ICC(2,.) intervals need Satterthwaite's approximate df instead.
    double f = 0;
    double df1 = 0;
    double df2 = 0;
    double p = 1; // upper-tail p-value of f
};

struct PanelAgreement {
    int targets = 0;      // candidates with at least one rating
    int raters = 0;       // distinct interviewers
    int ratings = 0;      // ratings used
    bool crossed = false; // every target rated once by every rater, and at least two raters
    // Mean squares in Shrout & Fleiss's notation: msb = BMS (between targets),
    // msw = WMS (within targets), msr = JMS (between raters), mse = EMS
    // (residual). msr/mse only when crossed with at least two targets.
    // A sum of squares at the level of rounding noise is reported as 0.
    double msb = 0, msw = 0, msr = 0, mse = 0;
    std::optional<IccEstimate> icc1_1; // one-way random, single rater
    std::optional<IccEstimate> icc2_1; // two-way random, absolute agreement, single rater
    std::optional<IccEstimate> icc2_k; // the same, mean of k raters
    // Why an estimate is missing (empty when all are there): as codes, for a
    // page to word in its language; note() says them in English.
    std::vector<AgreementNote> notes;
    // The English sentences of `notes`, one after another (the `note` of
    // formats.md, which the JSON and the command line's table give).
    std::string note() const;
};

// One target (candidate): the ratings it received, as (rater key, value).
using RatedTarget = std::vector<std::pair<std::string, double>>;

// ICC(1,1) needs at least two targets and some target with two ratings; with
// unequal numbers of ratings per target it uses the adjusted group size k0
// (the usual one-way ANOVA correction). ICC(2,1) and ICC(2,k) are given only
// when the design is fully crossed (every target rated once by the same k >= 2
// raters, n >= 2 targets).
//
// An estimate is left out (with the reason in `notes`) rather than given as
// NaN or infinity: when there is no within-target (WMS) or residual (EMS)
// variance, when some rating is not a finite number, and for ICC(2,k) when
// the ICC(2,1) interval reaches below -1/(k-1), where the Spearman-Brown
// step-up makes the ICC(2,k) interval unbounded below. Nothing is clamped:
// negative estimates and bounds are reported as computed.
PanelAgreement panel_agreement(const std::vector<RatedTarget>& targets);

} // namespace extramile
