// The rubric the scoring and ranking tests work their numbers on by hand
// (scale 1 to `max`; "a" weighs 3 and has a minimum of 3, "b" weighs 1),
// and a submitted scorecard of it.
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace extramile::test {

inline Rubric rubric_1_to(int max) {
    Rubric r;
    r.id = "r";
    r.version = "1";
    r.scale = {1, max, {}, {}};
    Competency a;
    a.id = "a";
    a.weight = 3;
    a.minimum = 3;
    Competency b;
    b.id = "b";
    b.weight = 1;
    r.competencies = {a, b};
    return r;
}

inline ScorecardFile card(const std::string& file, const std::string& id, long revision, const std::string& candidate,
                          const std::string& interviewer,
                          std::vector<std::pair<std::string, std::optional<int>>> ratings,
                          const std::string& digest = "sha256:x") {
    Scorecard s;
    s.id = id;
    s.revision = revision;
    s.status = ScorecardStatus::submitted;
    s.rubric = {"r", "1", digest};
    s.candidate_name = candidate;
    s.interviewer = interviewer;
    for (auto& [c, v] : ratings)
        s.rate(c, v);
    ScorecardFile f;
    f.set_path(file);
    f.scorecard = s;
    return f;
}

} // namespace extramile::test
