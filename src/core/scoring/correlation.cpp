#include "core/scoring/correlation.hpp"

#include <boost/math/distributions/normal.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace extramile {

namespace {

// Pearson's r by the centred sums (two passes: no cancellation from sums of
// squares of large numbers); nullopt when either does not vary.
std::optional<double> pearson_r(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    // Below this the "variation" is rounding in the mean, not in the data.
    const auto flat = [&](double ss, double mean) {
        const double unit = 8 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(mean));
        return ss <= n * unit * unit;
    };
    if (flat(sxx, mx) || flat(syy, my))
        return std::nullopt;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

} // namespace

std::vector<double> mean_ranks(const std::vector<double>& values) {
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0; // ranks i+1 .. j+1
        for (std::size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

Correlation correlate(const std::vector<std::pair<double, double>>& pairs) {
    Correlation result;
    result.n = static_cast<int>(pairs.size());
    if (result.n < 3)
        return result;
    std::vector<double> x, y;
    for (const auto& [a, b] : pairs) {
        x.push_back(a);
        y.push_back(b);
    }
    result.pearson = pearson_r(x, y);
    if (result.pearson && result.n > 3) {
        const double z = std::atanh(*result.pearson); // infinite at |r| = 1: the interval is that point
        const double half = boost::math::quantile(boost::math::normal(), 0.975) / std::sqrt(result.n - 3.0);
        result.pearson_ci95 = std::pair{std::tanh(z - half), std::tanh(z + half)};
    }
    result.spearman = pearson_r(mean_ranks(x), mean_ranks(y));
    return result;
}

} // namespace extramile
