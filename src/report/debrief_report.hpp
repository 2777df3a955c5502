// The debrief page of a candidate, printed for the panel's talk: the
// recommendations, the red flags anyone ticked, then competency by
// competency (where the panel disagrees most first) each interviewer's
// rating with its anchor, the flags ticked and the notes. Several
// candidates make one document, each starting on a page of their own; the
// running header of every page names its candidate.
#pragma once

#include "document.hpp"

#include "core/model/rubric.hpp"
#include "core/scoring/debrief.hpp"

#include <memory>
#include <string>
#include <vector>

namespace extramile::report {

std::unique_ptr<Document> debrief_report(const Rubric& rubric, const std::vector<Debrief>& debriefs,
                                         const std::string& lang, const PageSetup& setup);

} // namespace extramile::report
