// Blind review: the comparison with every trace of who the candidates are
// replaced by codes, so a panel judges the evidence, not the names.
#pragma once

#include "core/scoring/scoring.hpp"

#include <string>
#include <vector>

namespace extramile {

// A candidate's code: "C-" and 6 hex digits of the HMAC-SHA256 of the
// grouping key under the folder's secret (core/storage/blind_key.hpp). The
// same folder gives the same codes in the app, the command line and the
// PDF; without the secret, a code cannot be worked back to a name.
std::string blind_code(const std::string& candidate_key, const std::string& secret);

// Replaces names and ids by blind codes and drops the file paths (file
// names often carry the candidate's name); warnings, which quote file
// paths, are replaced by their count. Candidates ranked alike, in the order
// of their names before, go in the order of their codes. Returns where each
// candidate was before (`result[i]` is the position in the comparison given
// of the candidate now at i), for a view that also holds the named one.
std::vector<std::size_t> make_blind(Comparison& comparison, const std::string& secret);

// Puts the candidates in the order make_blind returned (`before[i]` is the
// position of the one that goes to i): a view keeps its named comparison
// in the order of the blind one it shows.
void put_in_order(std::vector<CandidateResult>& candidates, const std::vector<std::size_t>& before);

// A decision record as a blind review shows it: the candidate is `code`
// (blind_code() of their key), and their name, id and e-mail addresses in
// the reasons become the code too (redact_candidate). Who decided and the
// panel stay: blind review hides the candidate, not the interviewers.
void make_blind(Decision& decision, const std::string& code);

// Interview notes often name the candidate ("Ana named three people"). Each
// occurrence of the name, or of any part of it of two letters or more
// (particles such as "de", "la", "van", "di" only beside another part), is
// found whatever its case and accents ("ELODIE", "Elodie" for "Élodie"), as
// whole words, a part of a hyphenated name alone included ("Müller" for
// "Müller-Šimić"), and a run of them becomes one `code`. The candidate's id
// and every e-mail address become the code too.
std::string redact_candidate(const std::string& text, const std::string& name, const std::string& id,
                             const std::string& code);

} // namespace extramile
