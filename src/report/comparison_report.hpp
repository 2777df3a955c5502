// The comparison report: the candidates' table, a radar chart of the top
// candidates, panel agreement in plain words, and the warnings.
#pragma once

#include "document.hpp"

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <memory>
#include <string>

namespace extramile::report {

// `comparison` may already be blind (core/blind_review.hpp); `blind` says so on the page.
std::unique_ptr<Document> comparison_report(const Rubric& rubric, const Comparison& comparison,
                                            const std::string& lang, const PageSetup& setup, bool blind);

} // namespace extramile::report
