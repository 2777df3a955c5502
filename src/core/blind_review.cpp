#include "blind_review.hpp"

#include "rubric_digest.hpp"

namespace extramile {

std::string blind_code(const std::string& candidate_key) {
    // sha256_digest gives "sha256:" and hex; six hex digits tell 16 million apart.
    return "C-" + sha256_digest(candidate_key).substr(7, 6);
}

void make_blind(Comparison& comparison) {
    for (auto& c : comparison.candidates) {
        c.id = blind_code(c.key);
        c.name = c.id;
        c.key = c.id;
        for (auto& [id, result] : c.competencies)
            for (auto& rating : result.ratings)
                rating.file.clear();
    }
    const auto count = comparison.warnings.size();
    comparison.warnings.clear();
    if (count > 0)
        comparison.warnings.push_back(std::to_string(count) +
                                      (count == 1 ? " warning is" : " warnings are") +
                                      " hidden in blind mode because they name files; run "
                                      "without --blind to see them");
}

} // namespace extramile
