#include "core/model/rubric.hpp"

#include <numeric>

namespace extramile {

bool Competency::operator==(const Competency& o) const {
    return id == o.id && weight == o.weight && minimum == o.minimum && name == o.name &&
           definition == o.definition && sources == o.sources && questions == o.questions &&
           anchors == o.anchors && not_assessable_anchor == o.not_assessable_anchor &&
           signals == o.signals && extensions == o.extensions;
}

const Competency* Rubric::find(const std::string& competency_id) const {
    for (const auto& c : competencies)
        if (c.id == competency_id)
            return &c;
    return nullptr;
}

double Rubric::total_weight() const {
    return std::accumulate(competencies.begin(), competencies.end(), 0.0,
                           [](double sum, const Competency& c) { return sum + c.weight; });
}

} // namespace extramile
