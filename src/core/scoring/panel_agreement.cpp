#include "core/scoring/panel_agreement.hpp"

#include <boost/math/distributions/fisher_f.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <set>
#include <string_view>

namespace extramile {
namespace {

namespace policies = boost::math::policies;

// Boost's default policy throws when a quantile overflows or a df is out of
// range (a Satterthwaite df can be arbitrarily small). Getting NaN or inf
// back instead lets every estimate pass through one finiteness check.
using QuietPolicy = policies::policy<policies::domain_error<policies::ignore_error>,
                                     policies::overflow_error<policies::ignore_error>,
                                     policies::evaluation_error<policies::ignore_error>>;
using FDistribution = boost::math::fisher_f_distribution<double, QuietPolicy>;

// Two-sided 95% intervals use the upper 2.5% point.
constexpr double upper_quantile = 0.975;

double f_critical(double df1, double df2) {
    return boost::math::quantile(FDistribution(df1, df2), upper_quantile);
}

double f_upper_tail(double f, double df1, double df2) {
    return boost::math::cdf(boost::math::complement(FDistribution(df1, df2), f));
}

bool finite(const IccEstimate& e) {
    return std::isfinite(e.value) && std::isfinite(e.lower) && std::isfinite(e.upper) &&
           std::isfinite(e.f) && std::isfinite(e.df1) && std::isfinite(e.df2) && std::isfinite(e.p);
}

void add_note(PanelAgreement& out, AgreementNote why) {
    if (std::find(out.notes.begin(), out.notes.end(), why) != out.notes.end())
        return;
    out.notes.push_back(why);
}

// Identical ratings give sums of squares that are rounding noise rather than
// exactly 0 once means are taken (e.g. means in thirds). Naive summation of
// `count` values no larger than `scale` errs by at most about count * eps *
// scale per deviation, so anything below the square of that, summed, cannot
// be told from 0 and is treated as 0. Real rating data are many orders of
// magnitude above this floor, so it never hides genuine variance.
double noise_floor(double scale, double count) {
    const double per_deviation = 4.0 * count * std::numeric_limits<double>::epsilon() * scale;
    return count * per_deviation * per_deviation;
}

bool fully_crossed(const std::vector<const RatedTarget*>& targets, std::size_t raters) {
    if (targets.empty() || raters < 2)
        return false;
    for (const RatedTarget* target : targets) {
        if (target->size() != raters)
            return false;
        // With as many distinct keys as there are raters overall, the target
        // was rated by every rater; a repeated key means someone rated twice.
        std::set<std::string_view> seen;
        for (const auto& rating : *target)
            if (!seen.insert(rating.first).second)
                return false;
    }
    return true;
}

// One-way random model, Shrout & Fleiss Case 1, with unequal group sizes
// handled by k0 (the number of ratings per target that the expected between
// mean square implies).
std::optional<IccEstimate> icc_1_1(double bms, double wms, double n, double total, double k0) {
    IccEstimate e;
    e.value = (bms - wms) / (bms + (k0 - 1) * wms);
    e.f = bms / wms;
    e.df1 = n - 1;
    e.df2 = total - n;
    const double f_low = e.f / f_critical(e.df1, e.df2);
    const double f_high = e.f * f_critical(e.df2, e.df1);
    e.lower = (f_low - 1) / (f_low + k0 - 1);
    e.upper = (f_high - 1) / (f_high + k0 - 1);
    e.p = f_upper_tail(e.f, e.df1, e.df2);
    if (!finite(e))
        return std::nullopt;
    return e;
}

// Two-way random model, absolute agreement, Shrout & Fleiss Case 2. The
// interval treats the linear combination of JMS and EMS in the ICC's
// denominator as a scaled chi-square with Satterthwaite's df v.
std::optional<IccEstimate> icc_2_1(double bms, double jms, double ems, double n, double k) {
    IccEstimate e;
    e.value = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
    e.f = bms / ems;
    e.df1 = n - 1;
    e.df2 = (n - 1) * (k - 1);
    e.p = f_upper_tail(e.f, e.df1, e.df2);

    const double rho = e.value;
    const double fj = jms / ems;
    const double a = k * rho;
    const double b = n * (1 + (k - 1) * rho) - k * rho;
    const double v =
        (k - 1) * (n - 1) * (a * fj + b) * (a * fj + b) / ((n - 1) * a * a * fj * fj + b * b);
    if (!(v > 0) || !std::isfinite(v))
        return std::nullopt;
    const double f_star = f_critical(n - 1, v);
    const double f_star_flipped = f_critical(v, n - 1);
    const double raters_and_error = k * jms + (k * n - k - n) * ems;
    e.lower = n * (bms - f_star * ems) / (f_star * raters_and_error + n * bms);
    e.upper = n * (f_star_flipped * bms - ems) / (raters_and_error + n * f_star_flipped * bms);
    if (!finite(e))
        return std::nullopt;
    return e;
}

double spearman_brown(double rho, double k) {
    return k * rho / (1 + (k - 1) * rho);
}

} // namespace

std::string PanelAgreement::note() const {
    std::string text;
    for (const auto why : notes)
        text += (text.empty() ? "" : " ") + std::string(agreement_note_text(why));
    return text;
}

PanelAgreement panel_agreement(const std::vector<RatedTarget>& input) {
    PanelAgreement out;

    std::vector<const RatedTarget*> targets;
    std::set<std::string> raters; // ordered, so rater columns do not depend on input order
    bool all_finite = true;
    double scale = 0;
    for (const RatedTarget& target : input) {
        if (target.empty())
            continue;
        targets.push_back(&target);
        for (const auto& [rater, value] : target) {
            raters.insert(rater);
            if (std::isfinite(value))
                scale = std::max(scale, std::abs(value));
            else
                all_finite = false;
        }
        out.ratings += static_cast<int>(target.size());
    }
    out.targets = static_cast<int>(targets.size());
    out.raters = static_cast<int>(raters.size());
    out.crossed = fully_crossed(targets, raters.size());

    if (!all_finite) {
        add_note(out, AgreementNote::not_numbers);
        return out;
    }
    if (out.targets == 0) {
        add_note(out, AgreementNote::nobody_rated);
        return out;
    }
    if (out.targets < 2) {
        add_note(out, AgreementNote::too_few_candidates);
        return out;
    }
    if (out.ratings == out.targets) {
        add_note(out, AgreementNote::one_rating_each);
        return out;
    }

    const double n = out.targets;
    const double total = out.ratings;
    const double noise = noise_floor(scale, total);

    // Deviations from the first rating keep the sums of squares accurate even
    // for ratings far from 0; `grand` is the mean deviation.
    const double origin = targets.front()->front().second;
    double grand = 0;
    for (const RatedTarget* target : targets)
        for (const auto& rating : *target)
            grand += rating.second - origin;
    grand /= total;

    std::vector<double> target_means; // as deviations from origin
    double ssb = 0, ssw = 0, sum_sq_sizes = 0;
    for (const RatedTarget* target : targets) {
        const double size = static_cast<double>(target->size());
        double mean = 0;
        for (const auto& rating : *target)
            mean += rating.second - origin;
        mean /= size;
        target_means.push_back(mean);
        ssb += size * (mean - grand) * (mean - grand);
        for (const auto& rating : *target) {
            const double d = rating.second - origin - mean;
            ssw += d * d;
        }
        sum_sq_sizes += size * size;
    }
    if (ssb <= noise)
        ssb = 0;
    if (ssw <= noise)
        ssw = 0;
    out.msb = ssb / (n - 1);
    out.msw = ssw / (total - n);

    double ssj = 0, sse = 0, k = 0;
    if (out.crossed) {
        k = out.raters;
        std::map<std::string_view, std::size_t> column;
        for (const std::string& rater : raters)
            column.emplace(rater, column.size());
        std::vector<double> rater_means(raters.size(), 0.0);
        for (const RatedTarget* target : targets)
            for (const auto& [rater, value] : *target)
                rater_means[column.at(rater)] += value - origin;
        for (double& mean : rater_means) {
            mean /= n;
            ssj += n * (mean - grand) * (mean - grand);
        }
        for (std::size_t i = 0; i < targets.size(); ++i)
            for (const auto& [rater, value] : *targets[i]) {
                const double residual =
                    value - origin - target_means[i] - rater_means[column.at(rater)] + grand;
                sse += residual * residual;
            }
        if (ssj <= noise)
            ssj = 0;
        if (sse <= noise)
            sse = 0;
        out.msr = ssj / (k - 1);
        out.mse = sse / ((n - 1) * (k - 1));
    }

    // With no variation within targets the F ratio is infinite. The formula
    // would give ICC(1,1) = 1 with a [1, 1] interval, but ratings on a short
    // discrete scale tie often even when true agreement is well below 1, so a
    // zero-width interval would claim a certainty the data cannot carry. We
    // report no estimate and say in the note that agreement is perfect.
    if (ssw == 0) {
        add_note(out, ssb == 0 ? AgreementNote::all_the_same : AgreementNote::identical_within);
        return out;
    }

    const double k0 = (total - sum_sq_sizes / total) / (n - 1);
    out.icc1_1 = icc_1_1(out.msb, out.msw, n, total, k0);
    if (!out.icc1_1)
        add_note(out, AgreementNote::one_way_failed);

    if (!out.crossed) {
        add_note(out, AgreementNote::panel_incomplete);
        return out;
    }
    // EMS = 0 with WMS > 0: the raters differ only by fixed offsets, so the
    // two-way F ratios are infinite, for the same reason as above.
    if (sse == 0) {
        add_note(out, AgreementNote::fixed_offsets);
        return out;
    }
    // The ICC(2,1) denominator is BMS + k JMS/n + (kn - k - n) EMS/n, which
    // is 0 only when BMS = JMS = 0 with two targets and two raters.
    if (!(out.msb + (k - 1) * out.mse + k * (out.msr - out.mse) / n > 0)) {
        add_note(out, AgreementNote::two_way_degenerate);
        return out;
    }
    out.icc2_1 = icc_2_1(out.msb, out.msr, out.mse, n, k);
    if (!out.icc2_1) {
        add_note(out, AgreementNote::two_way_interval);
        return out;
    }

    // ICC(2,k) is the Spearman-Brown step-up of ICC(2,1) and the same
    // interval event maps through the step-up (McGraw & Wong 1996, case 2A).
    // The step-up is increasing only above -1/(k-1); a single-rater value or
    // bound at or below that corresponds to an average-of-k value of minus
    // infinity, which we cannot report as a number.
    const IccEstimate& single = *out.icc2_1;
    if (!(1 + (k - 1) * single.value > 0)) {
        add_note(out, AgreementNote::average_undefined);
        return out;
    }
    IccEstimate average = single;
    average.value = (out.msb - out.mse) / (out.msb + (out.msr - out.mse) / n);
    average.upper = spearman_brown(single.upper, k); // upper >= value, so defined
    if (1 + (k - 1) * single.lower > 0) {
        average.lower = spearman_brown(single.lower, k);
    } else {
        // The estimate stands; only its interval is open below. Reported as
        // minus infinity (null in JSON) rather than hiding a valid estimate.
        average.lower = -std::numeric_limits<double>::infinity();
        add_note(out, AgreementNote::average_unbounded);
    }
    const bool defined = std::isfinite(average.value) && std::isfinite(average.upper) &&
                         !std::isnan(average.lower);
    if (defined)
        out.icc2_k = average;
    else
        add_note(out, AgreementNote::average_failed);
    return out;
}

} // namespace extramile
