#include "core/scoring/debrief.hpp"

#include "core/base/unicode_text.hpp"
#include "core/scoring/blind_review.hpp"

#include <algorithm>

namespace extramile {

std::vector<const Competency*> debrief_order(const Rubric& rubric,
                                             const std::vector<const CandidateResult*>& candidates) {
    std::vector<const Competency*> order;
    for (const auto& competency : rubric.competencies)
        order.push_back(&competency);
    const auto disagreement = [&](const Competency* c) {
        int spread = -1;
        bool polarised = false;
        for (const auto* candidate : candidates) {
            const auto found = candidate->competencies.find(c->id);
            if (found == candidate->competencies.end())
                continue;
            spread = std::max(spread, found->second.spread.value_or(-1));
            polarised = polarised || found->second.polarised;
        }
        return std::pair{polarised, spread};
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const Competency* a, const Competency* b) { return disagreement(a) > disagreement(b); });
    return order;
}

std::string visible_note(const std::string& text, const Scorecard& scorecard, const CandidateResult& original,
                         const CandidateResult& shown, bool blind) {
    if (!blind)
        return text;
    // The names as this scorecard wrote them and as the comparison groups them.
    return redact_candidate(redact_candidate(text, scorecard.candidate_name, scorecard.candidate_id, shown.name),
                            original.name, original.id, shown.name);
}

namespace {

DebriefRating rating_of(const Competency& competency, const Scorecard& scorecard, const DebriefInput& in) {
    const auto& lang = in.language;
    DebriefRating out;
    out.interviewer = scorecard.interviewer;
    if (const auto* rating = scorecard.rating_for(competency.id)) {
        out.rated = true;
        out.value = rating->value;
        if (rating->value) {
            if (const auto l = in.rubric.scale.labels.find(*rating->value); l != in.rubric.scale.labels.end())
                out.label = l->second.get(lang);
            if (const auto a = competency.anchors.find(*rating->value); a != competency.anchors.end())
                out.anchor = a->second.get(lang);
        } else {
            if (!in.rubric.scale.not_assessable.empty())
                out.label = in.rubric.scale.not_assessable.get(lang);
            if (!competency.not_assessable_anchor.empty())
                out.anchor = competency.not_assessable_anchor.get(lang);
        }
    }
    for (const auto& question : competency.questions) {
        const auto note = scorecard.note_on(question.id);
        if (!note.empty())
            out.notes.push_back({question.text.get(lang), visible_note(note, scorecard, in.original, in.shown, in.blind)});
    }
    for (const auto& note : scorecard.notes)
        if (note.question.empty() && note.competency == competency.id && !note.text.empty())
            out.notes.push_back({{}, visible_note(note.text, scorecard, in.original, in.shown, in.blind)});
    for (auto kind : {SignalKind::green, SignalKind::red}) {
        int index = 0;
        for (const auto& signal : competency.signals) {
            if (signal.kind != kind)
                continue;
            if (scorecard.is_flagged(competency.id, kind, index++))
                out.flags.push_back({kind, signal.text.get(lang)});
        }
    }
    return out;
}

} // namespace

Debrief make_debrief(const DebriefInput& in) {
    Debrief out;
    out.key = in.shown.key;
    out.name = in.shown.name.empty() ? in.shown.id : in.shown.name;
    out.role = in.shown.role;
    out.total = in.shown.total;
    out.coverage = in.shown.coverage;
    out.flags = in.shown.flags;
    out.interviewers = in.shown.interviewers;
    out.blind = in.blind;

    std::vector<const Scorecard*> counted;
    for (const auto& file : in.original.files())
        if (const auto found = in.scorecards.find(file); found != in.scorecards.end())
            counted.push_back(found->second);

    for (const auto* competency : debrief_order(in.rubric, {&in.original})) {
        const auto& result = in.original.competencies.at(competency->id);
        DebriefCompetency c;
        c.id = competency->id;
        c.name = competency->name.get(in.language);
        c.weight = competency->weight;
        c.minimum = competency->minimum;
        c.mean = result.mean;
        c.spread = result.spread;
        c.polarised = result.polarised;
        c.disagreement = result.disagreement;
        c.below_minimum = result.below_minimum;
        c.minimum_not_assessed = result.minimum_not_assessed;
        for (const auto* scorecard : counted)
            c.ratings.push_back(rating_of(*competency, *scorecard, in));
        out.competencies.push_back(std::move(c));
    }
    for (const auto* scorecard : counted)
        out.recommendations.push_back({scorecard->interviewer, scorecard->recommendation,
                                       visible_note(scorecard->comment, *scorecard, in.original, in.shown, in.blind)});
    // Red flags in the rubric's order, each with everyone who ticked it.
    for (const auto& competency : in.rubric.competencies) {
        int index = 0;
        for (const auto& signal : competency.signals) {
            if (signal.kind != SignalKind::red)
                continue;
            DebriefRedFlag flag{competency.name.get(in.language), signal.text.get(in.language), {}};
            for (const auto* scorecard : counted)
                if (scorecard->is_flagged(competency.id, SignalKind::red, index))
                    flag.interviewers.push_back(scorecard->interviewer);
            ++index;
            if (!flag.interviewers.empty())
                out.red_flags.push_back(std::move(flag));
        }
    }
    return out;
}

std::vector<int> find_candidates(const Comparison& original, const Comparison& shown,
                                 const std::vector<std::string>& wanted, bool blind,
                                 std::vector<std::string>& unknown) {
    std::vector<int> found;
    for (const auto& request : wanted) {
        const auto key = name_key(request);
        int match = -1;
        for (std::size_t i = 0; i < original.candidates.size() && match < 0; ++i) {
            const auto& o = original.candidates[i];
            const auto& s = shown.candidates.at(i);
            // In blind review only the code finds a candidate: a name would
            // tell whether that person is in the folder.
            if (blind ? s.id == request : (o.id == request || (!o.name.empty() && name_key(o.name) == key)))
                match = static_cast<int>(i);
        }
        if (match < 0)
            unknown.push_back(request);
        else if (std::find(found.begin(), found.end(), match) == found.end())
            found.push_back(match);
    }
    return found;
}

} // namespace extramile
