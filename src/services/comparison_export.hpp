// The comparison as other programs read it: CSV and the JSON that
// formats.md defines (the text table is the command line's own).
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>

namespace extramile::services {

struct ComparisonInput {
    const Rubric& rubric;
    const std::string& digest;
    const Comparison& comparison;
};

std::string comparison_csv(const ComparisonInput& input);
nlohmann::json comparison_json(const ComparisonInput& input);
// The same JSON, written as it is made (for large comparisons).
void write_comparison_json(std::ostream& out, const ComparisonInput& input);

} // namespace extramile::services
