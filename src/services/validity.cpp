#include "services/validity.hpp"

#include "services/export_text.hpp"

#include <cmath>
#include <set>

namespace extramile::services {

namespace {

using nlohmann::json;

double round4(double value) { return std::round(value * 10000.0) / 10000.0; }
json number_or_null(const std::optional<double>& value) { return value ? json(round4(*value)) : json(nullptr); }

std::optional<double> sample_sd(const std::vector<double>& values) {
    if (values.size() < 2)
        return std::nullopt;
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= static_cast<double>(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / static_cast<double>(values.size() - 1));
}

json correlation_json(const Correlation& c) {
    return {{"n", c.n},
            {"pearson", number_or_null(c.pearson)},
            {"pearson_ci95", c.pearson_ci95 ? json::array({round4(c.pearson_ci95->first), round4(c.pearson_ci95->second)})
                                            : json(nullptr)},
            {"spearman", number_or_null(c.spearman)}};
}

} // namespace

ValidityReport validity(const Rubric& rubric, const Comparison& comparison, const PerformanceFile& performance,
                        const std::string& file) {
    ValidityReport report;
    std::map<std::string, const CandidateResult*> by_id;
    std::vector<double> all_totals;
    for (const auto& c : comparison.candidates) {
        if (!c.id.empty())
            by_id.emplace(c.id, &c);
        if (c.total) {
            ++report.candidates;
            all_totals.push_back(*c.total);
        }
    }
    std::vector<std::pair<double, double>> total_pairs;
    std::map<std::string, std::vector<std::pair<double, double>>> competency_pairs;
    std::vector<double> matched_totals;
    std::set<std::string> raters;
    int unmatched = 0;
    for (const auto& record : performance.records) {
        const auto found = by_id.find(record.candidate_id);
        if (found == by_id.end()) {
            ++unmatched;
            report.warnings.push_back(file + ":" + std::to_string(record.line) + ": no compared candidate has the id \"" +
                                      record.candidate_id + "\"; the row was left out.");
            report.warning_details.push_back({ValidityWarning::Kind::unmatched_row, record.line, record.candidate_id});
            continue;
        }
        const auto& c = *found->second;
        ++report.n;
        if (!record.rater.empty())
            raters.insert(record.rater);
        if (c.total) {
            total_pairs.push_back({*c.total, record.performance});
            matched_totals.push_back(*c.total);
        }
        for (const auto& competency : rubric.competencies)
            if (const auto& mean = c.competencies.at(competency.id).mean)
                competency_pairs[competency.id].push_back({*mean, record.performance});
    }
    report.total = correlate(total_pairs);
    for (const auto& competency : rubric.competencies) {
        report.competency_order.push_back(competency.id);
        report.competencies[competency.id] = correlate(competency_pairs[competency.id]);
    }
    report.total_sd_matched = sample_sd(matched_totals);
    report.total_sd_all = sample_sd(all_totals);

    auto& w = report.warnings;
    auto& details = report.warning_details;
    using Kind = ValidityWarning::Kind;
    if (report.total.n < 30) {
        details.push_back({Kind::few_pairs, 0, {}});
        w.push_back("Only " + std::to_string(report.total.n) +
                    " candidates have both an interview total and a performance: below 30 a correlation is "
                    "very uncertain (read the interval, not the number).");
    }
    if (report.total.n < report.candidates) {
        details.push_back({Kind::range_restriction, 0, {}});
        std::string sd;
        if (report.total_sd_matched && report.total_sd_all)
            sd = " The totals' standard deviation is " + fixed(*report.total_sd_matched, 1) + " among them and " +
                 fixed(*report.total_sd_all, 1) + " among all.";
        w.push_back("Range restriction: only " + std::to_string(report.total.n) + " of the " +
                    std::to_string(report.candidates) +
                    " candidates compared have a performance. When those are the ones hired, the low scorers "
                    "are missing and the correlation understates how well the interview predicts." + sd);
    }
    if (!performance.has_rater_column) {
        details.push_back({Kind::no_rater_column, 0, {}});
        w.push_back("The performance file names no rater (a \"rater\" column): if one person rated everyone, "
                    "their own leniency and taste are in every number.");
    } else if (raters.size() == 1) {
        details.push_back({Kind::one_rater, 0, *raters.begin()});
        w.push_back("Every performance was rated by one person (" + *raters.begin() +
                    "): their own leniency and taste are in every number.");
    }
    if (unmatched > 0 && report.n == 0) {
        details.push_back({Kind::nothing_matched, 0, {}});
        w.push_back("No row of the performance file names a compared candidate: check that its candidate_id "
                    "column holds the ids the scorecards give.");
    }
    return report;
}

json validity_json(const ValidityReport& report) {
    json competencies = json::object();
    for (const auto& id : report.competency_order)
        competencies[id] = correlation_json(report.competencies.at(id));
    return {{"n", report.n},
            {"candidates", report.candidates},
            {"total", correlation_json(report.total)},
            {"competencies", competencies},
            {"total_sd", {{"matched", number_or_null(report.total_sd_matched)}, {"all", number_or_null(report.total_sd_all)}}},
            {"warnings", report.warnings}};
}

} // namespace extramile::services
