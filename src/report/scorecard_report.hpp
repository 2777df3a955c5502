// The report of one scorecard: who, when, the ratings with their anchors,
// the notes, the flags and the recommendation.
#pragma once

#include "document.hpp"

#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <memory>
#include <string>

namespace extramile::report {

std::unique_ptr<Document> scorecard_report(const Rubric& rubric, const Scorecard& scorecard, const std::string& lang,
                                           const PageSetup& setup);

} // namespace extramile::report
