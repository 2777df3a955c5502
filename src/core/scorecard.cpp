#include "scorecard.hpp"

#include <cctype>

namespace extramile {

const Rating* Scorecard::rating_for(const std::string& competency) const {
    for (const auto& r : ratings)
        if (r.competency == competency)
            return &r;
    return nullptr;
}

void Scorecard::rate(const std::string& competency, std::optional<int> value) {
    for (auto& r : ratings)
        if (r.competency == competency) {
            r.value = value;
            return;
        }
    ratings.push_back({competency, value, 0});
}

const char* to_string(ScorecardStatus status) {
    return status == ScorecardStatus::submitted ? "submitted" : "draft";
}

const char* to_string(Recommendation recommendation) {
    switch (recommendation) {
    case Recommendation::strong_no: return "strong-no";
    case Recommendation::no: return "no";
    case Recommendation::yes: return "yes";
    case Recommendation::strong_yes: return "strong-yes";
    }
    return "no";
}

std::optional<ScorecardStatus> status_from_string(const std::string& text) {
    if (text == "draft")
        return ScorecardStatus::draft;
    if (text == "submitted")
        return ScorecardStatus::submitted;
    return std::nullopt;
}

std::optional<Recommendation> recommendation_from_string(const std::string& text) {
    for (auto r : {Recommendation::strong_no, Recommendation::no, Recommendation::yes,
                   Recommendation::strong_yes})
        if (text == to_string(r))
            return r;
    return std::nullopt;
}

std::string candidate_key(const Scorecard& scorecard) {
    if (!scorecard.candidate_id.empty())
        return "id:" + scorecard.candidate_id;
    // Byte-wise lower-casing folds ASCII only; accented letters compare as written.
    std::string key = "name:";
    bool pending_space = false;
    for (unsigned char ch : scorecard.candidate_name) {
        if (std::isspace(ch)) {
            pending_space = key.size() > 5;
            continue;
        }
        if (pending_space)
            key += ' ';
        pending_space = false;
        key += static_cast<char>(std::tolower(ch));
    }
    return key;
}

} // namespace extramile
