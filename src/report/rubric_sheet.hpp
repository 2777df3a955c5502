// The interview sheet for a paper interview: a cover (who, when, how to
// rate, what never to ask, a summary of the ratings and the overall
// recommendation), then every competency with its questions, probes and
// room to write in proportion to the minutes planned, a notes box, tick
// boxes for its flags and for its rating against the anchors.
#pragma once

#include "document.hpp"

#include "core/model/rubric.hpp"

#include <memory>
#include <string>

namespace extramile::report {

// Blank boxes to fill in where a field is empty.
struct SheetHeader {
    std::string candidate, interviewer, date, role;
};

std::unique_ptr<Document> rubric_sheet(const Rubric& rubric, const std::string& lang, const PageSetup& setup,
                                       const SheetHeader& header = {});

// The lines to write on under a question: three a minute planned, at least six.
int writing_room(const Question& question);

} // namespace extramile::report
