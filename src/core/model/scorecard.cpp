#include "core/model/scorecard.hpp"

#include "core/base/unicode_text.hpp"

#include <algorithm>

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

void Scorecard::unrate(const std::string& competency) {
    std::erase_if(ratings, [&](const Rating& r) { return r.competency == competency; });
}

std::string Scorecard::note_on(const std::string& question) const {
    for (const auto& n : notes)
        if (n.question == question)
            return n.text;
    return {};
}

void Scorecard::set_note(const std::string& question, const std::string& text) {
    for (auto it = notes.begin(); it != notes.end(); ++it)
        if (it->question == question) {
            if (text.empty())
                notes.erase(it);
            else
                it->text = text;
            return;
        }
    if (!text.empty())
        notes.push_back({question, "", text, 0});
}

bool Scorecard::is_flagged(const std::string& competency, SignalKind kind, int index) const {
    return std::any_of(signals.begin(), signals.end(), [&](const SignalMark& m) {
        return m.competency == competency && m.kind == kind && m.index == index;
    });
}

void Scorecard::set_flag(const std::string& competency, SignalKind kind, int index, bool on) {
    std::erase_if(signals, [&](const SignalMark& m) {
        return m.competency == competency && m.kind == kind && m.index == index;
    });
    if (on)
        signals.push_back({competency, kind, index, 0});
}

void Scorecard::submit(const std::string& now) {
    status = ScorecardStatus::submitted;
    ended = now;
    events.push_back({"submitted", now, interviewer, {}});
}

void Scorecard::reopen(const std::string& now, const std::string& by, const std::string& reason) {
    status = ScorecardStatus::draft;
    events.push_back({"reopened", now, by, reason});
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

std::string candidate_key(const std::string& id, const std::string& name) {
    if (!id.empty())
        return "id:" + id;
    return "name:" + name_key(name);
}

std::string candidate_key(const Scorecard& scorecard) {
    return candidate_key(scorecard.candidate_id, scorecard.candidate_name);
}

} // namespace extramile
