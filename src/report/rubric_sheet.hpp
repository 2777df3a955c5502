// The rubric sheet for a paper interview: every competency with its
// questions, probes, room for notes, a tick box for every anchor and flag.
#pragma once

#include "document.hpp"

#include "core/model/rubric.hpp"

#include <memory>
#include <string>

namespace extramile::report {

// Blank lines to fill in where a field is empty.
struct SheetHeader {
    std::string candidate, interviewer, date;
};

std::unique_ptr<Document> rubric_sheet(const Rubric& rubric, const std::string& lang, const PageSetup& setup,
                                       const SheetHeader& header = {});

} // namespace extramile::report
