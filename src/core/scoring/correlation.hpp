// How two measures of the same people go together: Pearson's r with its
// 95% interval from Fisher's z, and Spearman's rho (Pearson's r of the
// ranks, ties given their mean rank). Used by `extramile validity`: the
// interview's totals against job performance recorded later.
#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace extramile {

struct Correlation {
    int n = 0;
    // nullopt where n < 3, or where either measure does not vary.
    std::optional<double> pearson;
    // tanh(atanh(r) -/+ z(0.975) / sqrt(n - 3)), z from Boost.Math's normal
    // distribution; nullopt without r or where n < 4 (no standard error).
    std::optional<std::pair<double, double>> pearson_ci95;
    std::optional<double> spearman; // nullopt where n < 3, or where either has one rank only
};

// `pairs`: (x, y) of one person each.
Correlation correlate(const std::vector<std::pair<double, double>>& pairs);

// The ranks 1..n of `values`, ties given the mean of the ranks they span.
std::vector<double> mean_ranks(const std::vector<double>& values);

} // namespace extramile
