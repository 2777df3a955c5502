// The counted ratings of a comparison as calibration and the panel's
// agreement read them: cell by cell (one candidate's ratings of one
// competency, "na" left out), each interviewer by number, held flat. A list
// per cell and a name per rating were a tenth of a big comparison's memory;
// here a rating is eight bytes.
#pragma once

#include "core/base/unicode_text.hpp"
#include "core/model/rubric.hpp"
#include "core/scoring/panel_agreement.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace extramile {

struct CandidateResult;

struct RatingCells {
    struct Rating {
        std::uint32_t rater; // into keys and names
        int value;
    };
    std::vector<std::string> keys;  // per interviewer: name_key(), one interviewer whatever the spelling
    std::vector<std::string> names; // per interviewer: as first written
    std::vector<int> scorecards;    // per interviewer: counted scorecards
    std::vector<Rating> ratings;    // cell after cell
    std::vector<std::uint32_t> ends;       // cell i is ratings[ends[i - 1] .. ends[i]) (from 0 for the first)
    std::vector<std::uint32_t> competency; // per cell: its competency's place in the rubric
    std::vector<std::uint32_t> firsts;     // per candidate, in the order added: its first cell

    // A candidate's counted scorecards and ratings: its interviewers (those
    // who recommended first), then its competencies in the rubric's order,
    // each a cell when someone rated it. `keys_of` makes the name keys.
    void add(const Rubric& rubric, const CandidateResult& candidate, NameKeys& keys_of);
    std::size_t cells() const { return ends.size(); }
    std::span<const Rating> cell(std::size_t i) const;
    // The cells of one competency as panel_agreement() takes them, the
    // candidates (numbered in the order added) in `order`.
    std::vector<RatedTarget> targets(std::size_t competency_at, const std::vector<std::uint32_t>& order) const;

private:
    std::uint32_t rater(const std::string& name, NameKeys& keys_of);
    std::unordered_map<std::string, std::uint32_t> index_; // by key
};

} // namespace extramile
