// The rubric model: what an interview asks and how answers are rated.
// Plain values; reading and writing live in rubric_xml.hpp.
#pragma once

#include "core/model/localized_text.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace extramile {

struct Scale {
    int min = 1;
    int max = 5;
    std::map<int, LocalizedText> labels; // by scale point
    LocalizedText not_assessable;        // label of "na"; empty when not offered

    int points() const { return max - min + 1; }
    bool contains(int value) const { return value >= min && value <= max; }
    bool operator==(const Scale&) const = default;
};

struct Question {
    std::string id;
    int minutes = 0; // planned time; 0 when not given
    LocalizedText text;
    std::vector<LocalizedText> probes; // the n-th probe of each language belong together
    bool operator==(const Question&) const = default;
};

enum class SignalKind { green, red };

struct Signal {
    SignalKind kind = SignalKind::green;
    LocalizedText text;
    bool operator==(const Signal&) const = default;
};

// A work the competency draws on: a seed post's title, a paper.
struct Source {
    std::string title;
    std::string ref; // where to find it (a file, a citation); may be empty
    bool operator==(const Source&) const = default;
};

struct Competency {
    std::string id;
    double weight = 1.0;
    std::optional<double> minimum; // a bar the competency mean must reach
    LocalizedText name;
    LocalizedText definition;
    std::vector<Source> sources;
    std::vector<Question> questions;
    std::map<int, LocalizedText> anchors; // by scale point
    LocalizedText not_assessable_anchor;  // when the interview gave no evidence
    std::vector<Signal> signals;
    std::vector<std::string> extensions; // unknown child elements, kept verbatim
    int line = 0;                        // where it starts in its file

    bool operator==(const Competency& o) const; // ignores `line`
};

struct Rubric {
    std::string id;
    std::string version;
    LocalizedText title;
    LocalizedText description;
    Scale scale;
    std::vector<Competency> competencies;
    std::vector<std::string> extensions; // unknown child elements, kept verbatim

    const Competency* find(const std::string& competency_id) const;
    double total_weight() const;
    bool operator==(const Rubric&) const = default;
};

} // namespace extramile
