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

// One warning as data, for a front end that says it in its own words (the
// app, translated); `ValidityReport::warnings` says the same in English.
struct ValidityWarning {
    enum class Kind {
        unmatched_row,     // `line` names no compared candidate (`text`: the id)
        few_pairs,         // total.n < 30
        range_restriction, // total.n < candidates (total_sd_* give the spread)
        no_rater_column,   // the file names no rater
        one_rater,         // one person (`text`) rated every performance
        nothing_matched,   // no row names a compared candidate
    };
    Kind kind = Kind::few_pairs;
    int line = 0;
    std::string text;
};

struct ValidityReport {
    int n = 0;                 // performance rows matched to a compared candidate
    int candidates = 0;        // candidates compared with a total
    Correlation total;         // total (0-100) against performance
    std::map<std::string, Correlation> competencies; // competency mean against performance, by id
    std::vector<std::string> competency_order;        // the rubric's order
    std::optional<double> total_sd_matched;           // sample SD of the totals of the matched
    std::optional<double> total_sd_all;               // ... of every compared candidate with a total
    std::vector<std::string> warnings;                // plain sentences
    std::vector<ValidityWarning> warning_details;     // the same, one for one, as data
};

// `file` is the performance file's name, for the warnings about its lines.
ValidityReport validity(const Rubric& rubric, const Comparison& comparison, const PerformanceFile& performance,
                        const std::string& file);

// {"n", "candidates", "total": {"n", "pearson", "pearson_ci95", "spearman"},
//  "competencies": {ID: {...}}, "total_sd": {"matched", "all"}, "warnings"}
nlohmann::json validity_json(const ValidityReport& report);

} // namespace extramile::services
