// Does the interview predict? The comparison's totals and competency means
// against job performance recorded later (core/storage/performance_file),
// with the warnings a reader needs before trusting the numbers. What
// `extramile validity` prints and formats.md's "Validity" JSON.
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/correlation.hpp"
#include "core/scoring/scoring.hpp"
#include "core/storage/performance_file.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace extramile::services {

struct ValidityReport {
    int n = 0;                 // performance rows matched to a compared candidate
    int candidates = 0;        // candidates compared with a total
    Correlation total;         // total (0-100) against performance
    std::map<std::string, Correlation> competencies; // competency mean against performance, by id
    std::vector<std::string> competency_order;        // the rubric's order
    std::optional<double> total_sd_matched;           // sample SD of the totals of the matched
    std::optional<double> total_sd_all;               // ... of every compared candidate with a total
    std::vector<std::string> warnings;                // plain sentences
};

// `file` is the performance file's name, for the warnings about its lines.
ValidityReport validity(const Rubric& rubric, const Comparison& comparison, const PerformanceFile& performance,
                        const std::string& file);

// {"n", "candidates", "total": {"n", "pearson", "pearson_ci95", "spearman"},
//  "competencies": {ID: {...}}, "total_sd": {"matched", "all"}, "warnings"}
nlohmann::json validity_json(const ValidityReport& report);

} // namespace extramile::services
