// Blind review: the comparison with every trace of who the candidates are
// replaced by stable codes, so a panel judges the evidence, not the names.
#pragma once

#include "core/scoring/scoring.hpp"

#include <string>

namespace extramile {

// A code for a candidate that stays the same across runs and folders
// ("C-" and 6 hex digits of the SHA-256 of the grouping key).
std::string blind_code(const std::string& candidate_key);

// Replaces names and ids by blind codes and drops the file paths (file
// names often carry the candidate's name). Warnings that quote file paths
// are reworded without them.
void make_blind(Comparison& comparison);

// Interview notes often name the candidate ("Ana named three people"): every
// whole-word occurrence of `name`, and of each of its words of two letters or
// more, becomes `code`. Matching is exact (case and accents as written);
// longer matches are replaced first so "Ana Pérez" becomes one code.
std::string redact_name(const std::string& text, const std::string& name, const std::string& code);

} // namespace extramile
