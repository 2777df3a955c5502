#include "core/model/scorecard_differences.hpp"

#include <set>

namespace extramile {

namespace {

std::string rating_text(const Rating* r) {
    if (!r)
        return {};
    return r->value ? std::to_string(*r->value) : "na";
}

} // namespace

std::vector<ScorecardDifference> differences(const Scorecard& mine, const Scorecard& theirs) {
    using Kind = ScorecardDifference::Kind;
    std::vector<ScorecardDifference> out;
    if (mine.candidate_name != theirs.candidate_name || mine.candidate_id != theirs.candidate_id)
        out.push_back({Kind::candidate, {}, {}, {}, 0, mine.candidate_name, theirs.candidate_name});
    if (mine.interviewer != theirs.interviewer)
        out.push_back({Kind::interviewer, {}, {}, {}, 0, mine.interviewer, theirs.interviewer});
    if (mine.status != theirs.status)
        out.push_back({Kind::status, {}, {}, {}, 0, to_string(mine.status), to_string(theirs.status)});

    std::set<std::string> competencies;
    for (const auto* s : {&mine, &theirs})
        for (const auto& r : s->ratings)
            competencies.insert(r.competency);
    for (const auto& id : competencies)
        if (const auto a = rating_text(mine.rating_for(id)), b = rating_text(theirs.rating_for(id)); a != b)
            out.push_back({Kind::rating, id, {}, {}, 0, a, b});

    std::set<std::tuple<std::string, SignalKind, int>> flags;
    for (const auto* s : {&mine, &theirs})
        for (const auto& m : s->signals)
            flags.insert({m.competency, m.kind, m.index});
    for (const auto& [competency, kind, index] : flags) {
        const bool a = mine.is_flagged(competency, kind, index), b = theirs.is_flagged(competency, kind, index);
        if (a != b)
            out.push_back({Kind::flag, competency, {}, kind, index, a ? "ticked" : "", b ? "ticked" : ""});
    }

    std::set<std::pair<std::string, std::string>> notes; // (question, competency)
    for (const auto* s : {&mine, &theirs})
        for (const auto& n : s->notes)
            notes.insert({n.question, n.competency});
    const auto text_of = [](const Scorecard& s, const std::pair<std::string, std::string>& key) {
        for (const auto& n : s.notes)
            if (n.question == key.first && n.competency == key.second)
                return n.text;
        return std::string();
    };
    for (const auto& key : notes)
        if (const auto a = text_of(mine, key), b = text_of(theirs, key); a != b)
            out.push_back({Kind::note, key.second, key.first, {}, 0, a, b});

    const auto recommendation = [](const Scorecard& s) {
        return s.recommendation ? std::string(to_string(*s.recommendation)) : std::string();
    };
    if (recommendation(mine) != recommendation(theirs))
        out.push_back({Kind::recommendation, {}, {}, {}, 0, recommendation(mine), recommendation(theirs)});
    if (mine.comment != theirs.comment)
        out.push_back({Kind::comment, {}, {}, {}, 0, mine.comment, theirs.comment});
    return out;
}

} // namespace extramile
