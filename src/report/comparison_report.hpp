// The comparison report: one page with the candidates' table (rank, panel,
// coverage, total, each competency, the interviewers' recommendations, role
// and flags), its legend and a radar chart of the leading candidates; then
// panel agreement in plain words, and the warnings.
#pragma once

#include "document.hpp"

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace extramile::report {

// What the compare view shows, so the page shows the same.
struct ComparisonReportOptions {
    std::string role;                    // only candidates of this role; empty: every role
    std::vector<std::string> candidates; // only these (CandidateResult::key); empty: all
    bool blind = false;                  // the comparison is already blind (make_blind): the page says so
};

std::unique_ptr<Document> comparison_report(const Rubric& rubric, const Comparison& comparison,
                                            const std::string& lang, const PageSetup& setup,
                                            const ComparisonReportOptions& options);

// Every candidate, as the app and the command line print today.
std::unique_ptr<Document> comparison_report(const Rubric& rubric, const Comparison& comparison,
                                            const std::string& lang, const PageSetup& setup, bool blind);

} // namespace extramile::report
