// The comparison as people and programs read it: a text table, CSV and the
// JSON that formats.md defines.
#pragma once

#include "core/rubric.hpp"
#include "core/scoring.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>

namespace extramile::cli {

struct ComparisonInput {
    const Rubric& rubric;
    const std::string& digest;
    const Comparison& comparison;
};

std::string comparison_table(const ComparisonInput& input);
std::string comparison_csv(const ComparisonInput& input);
nlohmann::json comparison_json(const ComparisonInput& input);
// The same JSON, written as it is made (for large comparisons).
void write_comparison_json(std::ostream& out, const ComparisonInput& input);

} // namespace extramile::cli
