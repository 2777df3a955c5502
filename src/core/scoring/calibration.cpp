#include "core/scoring/calibration.hpp"

#include "core/base/unicode_text.hpp"
#include "core/scoring/rating_cells.hpp"
#include "core/scoring/scoring.hpp"

#include <boost/math/distributions/students_t.hpp>
// uBLAS checks its results again in builds without NDEBUG, through a copy
// whose storage calls std::allocator::construct, which C++20 removed: a
// Debug build (an ASan build, a contributor's) did not compile. The check
// only repeats the solve; the results are tested (calibration_test.cpp).
#ifndef BOOST_UBLAS_TYPE_CHECK
#define BOOST_UBLAS_TYPE_CHECK 0
#endif
#include <boost/numeric/ublas/lu.hpp>
#include <boost/numeric/ublas/matrix.hpp>
#include <boost/numeric/ublas/vector.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>

namespace extramile {

namespace {

namespace ublas = boost::numeric::ublas;
// std::vector storage: Boost 1.74's own unbounded_array calls
// std::allocator::construct, which C++20 removed.
using Matrix = ublas::matrix<double, ublas::row_major, std::vector<double>>;
using Vector = ublas::vector<double, std::vector<double>>;
using Pivots = ublas::permutation_matrix<std::size_t, std::vector<std::size_t>>;

// The counted ratings of a cell (a candidate's competency).
using Cell = std::span<const RatingCells::Rating>;

// Interviewers linked through shared cells: a union-find, each set one
// connected group.
class Groups {
public:
    explicit Groups(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), std::size_t{0}); }
    std::size_t root(std::size_t i) {
        while (parent_[i] != i)
            i = parent_[i] = parent_[parent_[i]];
        return i;
    }
    void link(std::size_t a, std::size_t b) { parent_[root(a)] = root(b); }

private:
    std::vector<std::size_t> parent_;
};

// Sums of squares below this are rounding noise, not a residual (the same
// reasoning as panel_agreement's floor: `count` terms, each off by a few
// ulps of the scale).
double noise_floor(double scale, double count) {
    const double per_term = 4.0 * count * std::numeric_limits<double>::epsilon() * scale;
    return count * per_term * per_term;
}

// The least-squares fit of rating = cell + interviewer + error, the cell
// levels absorbed. Eliminating each cell's level leaves the reduced normal
// equations C b = q in the interviewer terms alone:
//   C = sum over cells of diag(n_ci) - n_c n_c^T / n_c.   (n_ci: ratings of i in the cell)
//   q = sum over cells of (sum of i's ratings) - n_ci * cell mean
// C is a weighted graph Laplacian of the interviewers: its null space is the
// constant vector exactly when the group is connected, which is why only a
// connected group is fitted. Adding a * J/m (J the all-ones matrix) fills
// that null space without touching the rest, so (C + aJ/m) b = q has one
// solution, and since 1'q = 0 it is the one whose offsets sum to zero. The
// covariance of that solution is sigma^2 C^+, and the Moore-Penrose inverse is
// C^+ = (C + aJ/m)^-1 - J/(a m). a is the mean of C's diagonal, so the added
// direction's eigenvalue is of the size of the others (conditioning).
// Solved by LU with partial pivoting (Boost.uBLAS): direct and exact up to
// rounding, no iteration tolerance to choose, and the inverse gives every
// standard error at once.
struct Fit {
    std::vector<double> offset;         // by local index
    std::vector<double> variance_factor; // diagonal of C^+
    bool solved = false;
};

Fit fit_offsets(const std::vector<Cell>& cells, const std::vector<std::size_t>& local, std::size_t m) {
    Matrix c(m, m, 0.0);
    Vector q(m, 0.0);
    std::vector<double> count(m), sum(m);
    std::vector<std::size_t> present;
    for (const Cell& cell : cells) {
        present.clear();
        double cell_sum = 0;
        for (const auto& r : cell) {
            const auto i = local[r.rater];
            if (count[i] == 0)
                present.push_back(i);
            count[i] += 1;
            sum[i] += r.value;
            cell_sum += r.value;
        }
        const double n = static_cast<double>(cell.size());
        const double cell_mean = cell_sum / n;
        for (auto i : present) {
            c(i, i) += count[i];
            q(i) += sum[i] - count[i] * cell_mean;
            for (auto j : present)
                c(i, j) -= count[i] * count[j] / n;
        }
        for (auto i : present)
            count[i] = sum[i] = 0;
    }
    double a = 0;
    for (std::size_t i = 0; i < m; ++i)
        a += c(i, i);
    a /= static_cast<double>(m);
    Fit fit;
    if (!(a > 0))
        return fit;
    const double md = static_cast<double>(m);
    Matrix lu = c;
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < m; ++j)
            lu(i, j) += a / md;
    Pivots pivots(m);
    if (ublas::lu_factorize(lu, pivots) != 0)
        return fit;
    Matrix inverse = ublas::identity_matrix<double>(m);
    ublas::lu_substitute(lu, pivots, inverse);
    const Vector b = ublas::prod(inverse, q);
    fit.offset.assign(b.begin(), b.end());
    // Rounding leaves the sum a few ulps off 0; take it out exactly.
    const double drift = std::accumulate(fit.offset.begin(), fit.offset.end(), 0.0) / md;
    for (auto& o : fit.offset)
        o -= drift;
    for (std::size_t i = 0; i < m; ++i)
        fit.variance_factor.push_back(inverse(i, i) - 1.0 / (a * md));
    fit.solved = true;
    return fit;
}

} // namespace

double severity_threshold(const Scale& scale) { return 0.125 * (scale.max - scale.min); }

Calibration calibrate(const Rubric& rubric, const std::vector<CandidateResult>& candidates) {
    RatingCells cells;
    NameKeys keys; // few interviewers, many ratings
    for (const auto& c : candidates)
        cells.add(rubric, c, keys);
    return calibrate(rubric, cells);
}

Calibration calibrate(const Rubric& rubric, const RatingCells& input) {
    Calibration result;
    result.flag_threshold = severity_threshold(rubric.scale);
    auto& people = result.interviewers;
    for (std::size_t i = 0; i < input.keys.size(); ++i) {
        InterviewerCalibration person;
        person.key = input.keys[i];
        person.name = input.names[i];
        person.scorecards = input.scorecards[i];
        people.push_back(std::move(person));
    }
    // Per interviewer: Welford's running mean and sum of squared deviations.
    std::vector<double> mean_of(people.size(), 0), squares_of(people.size(), 0);
    std::vector<Cell> cells;
    cells.reserve(input.cells());
    for (std::size_t c = 0; c < input.cells(); ++c) {
        cells.push_back(input.cell(c));
        for (const auto& rating : cells.back()) {
            const auto i = rating.rater;
            auto& person = people[i];
            const double x = rating.value;
            ++person.ratings;
            const double delta = x - mean_of[i];
            mean_of[i] += delta / person.ratings;
            squares_of[i] += delta * (x - mean_of[i]);
        }
    }
    for (std::size_t i = 0; i < people.size(); ++i) {
        auto& person = people[i];
        if (person.ratings > 0)
            person.mean = mean_of[i];
        if (person.ratings > 1)
            person.sd = std::sqrt(std::max(0.0, squares_of[i]) / (person.ratings - 1));
    }

    // Groups linked through shared cells.
    Groups groups(people.size());
    for (const auto& cell : cells)
        for (std::size_t k = 1; k < cell.size(); ++k)
            groups.link(cell[0].rater, cell[k].rater);
    std::map<std::size_t, int> size_of, ratings_of;
    for (std::size_t i = 0; i < people.size(); ++i) {
        ++size_of[groups.root(i)];
        ratings_of[groups.root(i)] += people[i].ratings;
    }
    std::optional<std::size_t> fitted; // the root of the fitted group
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto r = groups.root(i);
        if (people[i].ratings == 0 || size_of[r] < 2)
            continue;
        // The largest group; then the one with more ratings; then the first
        // by key (people are not sorted yet, so compare keys, not indices).
        if (!fitted || size_of[r] > size_of[*fitted] ||
            (size_of[r] == size_of[*fitted] && ratings_of[r] > ratings_of[*fitted]))
            fitted = r;
        else if (size_of[r] == size_of[*fitted] && ratings_of[r] == ratings_of[*fitted] && r != *fitted) {
            const auto first_key = [&](std::size_t root) {
                std::string key;
                for (std::size_t j = 0; j < people.size(); ++j)
                    if (groups.root(j) == root && (key.empty() || people[j].key < key))
                        key = people[j].key;
                return key;
            };
            if (first_key(r) < first_key(*fitted))
                fitted = r;
        }
    }
    for (std::size_t i = 0; i < people.size(); ++i) {
        auto& person = people[i];
        person.group_size = size_of[groups.root(i)];
        if (person.ratings == 0)
            person.gap = OffsetGap::no_ratings;
        else if (person.group_size < 2)
            person.gap = OffsetGap::alone;
        else if (!fitted || groups.root(i) != *fitted)
            person.gap = OffsetGap::other_group;
    }

    if (fitted) {
        std::vector<std::size_t> local(people.size(), 0), members;
        for (std::size_t i = 0; i < people.size(); ++i)
            if (groups.root(i) == *fitted) {
                local[i] = members.size();
                members.push_back(i);
            }
        std::vector<Cell> group_cells;
        for (const auto& cell : cells)
            if (groups.root(cell.front().rater) == *fitted)
                group_cells.push_back(cell);
        const auto m = members.size();
        const auto fit = fit_offsets(group_cells, local, m);
        if (fit.solved) {
            int n = 0;
            double rss = 0;
            for (const Cell& cell : group_cells) {
                double level = 0;
                for (const auto& r : cell)
                    level += r.value - fit.offset[local[r.rater]];
                level /= static_cast<double>(cell.size());
                for (const auto& r : cell) {
                    const double residual = r.value - fit.offset[local[r.rater]] - level;
                    rss += residual * residual;
                }
                n += static_cast<int>(cell.size());
            }
            result.fitted_interviewers = static_cast<int>(m);
            result.fitted_ratings = n;
            result.fitted_cells = static_cast<int>(group_cells.size());
            result.residual_df = n - result.fitted_cells - (result.fitted_interviewers - 1);
            if (rss < noise_floor(rubric.scale.max, n))
                rss = 0;
            std::optional<double> t;
            if (result.residual_df > 0) {
                result.residual_sd = std::sqrt(rss / result.residual_df);
                t = boost::math::quantile(boost::math::students_t(result.residual_df), 0.975);
            }
            for (std::size_t k = 0; k < m; ++k) {
                auto& person = people[members[k]];
                person.offset = fit.offset[k];
                if (!result.residual_sd)
                    continue;
                const double se = *result.residual_sd * std::sqrt(std::max(0.0, fit.variance_factor[k]));
                person.standard_error = se;
                person.offset_ci95 = std::pair{fit.offset[k] - *t * se, fit.offset[k] + *t * se};
                const bool excludes_zero = person.offset_ci95->first > 0 || person.offset_ci95->second < 0;
                // A hair below the threshold still counts: 0.5 may come out as 0.49999999999999.
                if (excludes_zero && std::abs(fit.offset[k]) >= result.flag_threshold - 1e-9)
                    person.flag = fit.offset[k] > 0 ? Severity::lenient : Severity::severe;
            }
        } else {
            // Cannot happen for a connected group with ratings; never leave
            // numbers that were not computed.
            for (auto i : members)
                people[i].gap = OffsetGap::other_group;
        }
    }
    std::sort(people.begin(), people.end(),
              [](const InterviewerCalibration& a, const InterviewerCalibration& b) { return a.key < b.key; });
    return result;
}

std::map<std::string, std::optional<double>> severity_offsets(const Calibration& calibration) {
    std::map<std::string, std::optional<double>> offset_of;
    for (const auto& person : calibration.interviewers)
        offset_of[person.key] = person.offset;
    return offset_of;
}

void adjust_for_severity(const Rubric& rubric, const std::map<std::string, std::optional<double>>& offsets,
                         NameKeys& keys, CandidateResult& c) {
    const auto offset = [&](const std::string& interviewer) -> std::optional<double> {
        const auto found = offsets.find(keys(interviewer));
        return found == offsets.end() ? std::nullopt : found->second;
    };
    std::map<std::string, std::optional<double>> adjusted;
    bool every_mean_adjusted = true;
    for (const auto& competency : rubric.competencies) {
        const auto found = c.competencies.find(competency.id);
        if (found == c.competencies.end())
            continue;
        auto& r = found->second;
        r.adjusted_mean.reset();
        if (!r.mean)
            continue;
        double sum = 0;
        int n = 0;
        bool all = true;
        for (const auto& rating : r.ratings) {
            if (!rating.value)
                continue;
            const auto o = offset(rating.interviewer);
            if (!o) {
                all = false;
                break;
            }
            sum += *rating.value - *o;
            ++n;
        }
        if (all && n > 0)
            r.adjusted_mean = sum / n;
        else
            every_mean_adjusted = false;
        adjusted[competency.id] = r.adjusted_mean;
    }
    c.adjusted_total = every_mean_adjusted ? weighted_total(rubric, adjusted).total : std::nullopt;
}

void adjust_for_severity(const Rubric& rubric, const Calibration& calibration, std::vector<CandidateResult>& candidates) {
    const auto offsets = severity_offsets(calibration);
    NameKeys keys; // few interviewers, many ratings
    for (auto& c : candidates)
        adjust_for_severity(rubric, offsets, keys, c);
}

void add_recommendation_agreement(Calibration& calibration, const std::vector<CandidateResult>& candidates,
                                  const std::map<std::string, HireOutcome>& outcomes) {
    std::map<std::string, std::pair<int, int>> tally; // key -> (agreed, decided)
    NameKeys keys;
    for (const auto& c : candidates) {
        const auto outcome = outcomes.find(c.key);
        if (outcome == outcomes.end())
            continue;
        for (const auto& rec : c.recommendations) {
            if (!rec.value)
                continue;
            const bool says_hire = *rec.value == Recommendation::yes || *rec.value == Recommendation::strong_yes;
            auto& [agreed, decided] = tally[keys(rec.interviewer)];
            ++decided;
            if (says_hire == (outcome->second == HireOutcome::hire))
                ++agreed;
        }
    }
    for (auto& person : calibration.interviewers) {
        const auto found = tally.find(person.key);
        person.recommendations_decided = found == tally.end() ? 0 : found->second.second;
        person.recommendation_agreement =
            person.recommendations_decided > 0
                ? std::optional<double>(static_cast<double>(found->second.first) / person.recommendations_decided)
                : std::nullopt;
    }
}

} // namespace extramile
