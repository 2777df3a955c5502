// A rubric's digest tells whether a scorecard was scored against exactly this
// rubric. It is "sha256:" and the lower-case hex SHA-256 of the rubric's
// canonical form: the XML that rubric_to_xml(rubric, true) writes, which
// keeps every text and number a rater sees and drops what does not change the
// meaning (comments, indentation, line wrapping inside texts, the order of
// attributes, extensions from other namespaces). See docs/formats.md.
#pragma once

#include "core/base/sha256.hpp"
#include "core/model/rubric.hpp"

#include <string>
#include <string_view>

namespace extramile {

std::string rubric_digest(const Rubric& rubric);

} // namespace extramile
