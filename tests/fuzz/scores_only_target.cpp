// Differential fuzz target: the scores-only reading without a tree
// (parse_scores_only, core/xml/top_level_xml.hpp) against the full reader on
// tinyxml2's tree. Whatever the first accepts, the second must accept as the
// same scorecard (with the same line for every rating and flag) once its
// notes, comment and unknown elements are left out; whatever the first
// refuses or leaves to the full reader is read by the full reader anyway, so
// parse_scorecard(..., ReadDetail::scores) must then give what the full
// reader gives, problems included.
#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void differ(const std::string& what) {
    std::fprintf(stderr, "scores-only: %s\n", what.c_str());
    std::abort();
}

std::string problems_of(const extramile::FileError& error) {
    std::string out;
    for (const auto& p : error.problems())
        out += p.file + ":" + std::to_string(p.line) + ": " + p.message + "\n";
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace extramile;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string file = "fuzz.scorecard.xml";

    std::optional<Scorecard> full;
    std::string full_problems;
    try {
        full = parse_scorecard(text, file, ReadDetail::everything);
    } catch (const FileError& e) {
        full_problems = problems_of(e);
    }
    const auto fast = parse_scores_only(text, file);

    if (fast) {
        if (!full)
            differ("accepted without a tree, refused by the full reader:\n" + full_problems);
        auto expected = *full;
        expected.notes.clear();
        expected.comment.clear();
        expected.extensions.clear();
        std::erase_if(expected.events, [](const ScorecardEvent& event) { return event.kind != "reopened"; });
        if (!(*fast == expected))
            differ("a different scorecard read without a tree: " + scorecard_to_xml(*fast) + "\nagainst\n" +
                   scorecard_to_xml(expected));
        for (std::size_t i = 0; i < expected.ratings.size(); ++i)
            if (fast->ratings[i].line != expected.ratings[i].line)
                differ("rating " + std::to_string(i) + " on line " + std::to_string(fast->ratings[i].line) +
                       " without a tree, " + std::to_string(expected.ratings[i].line) + " with one");
        for (std::size_t i = 0; i < expected.signals.size(); ++i)
            if (fast->signals[i].line != expected.signals[i].line)
                differ("flag " + std::to_string(i) + " on different lines");
    }

    // What compare calls: the same result as the full reader in every case.
    std::optional<Scorecard> scores;
    std::string scores_problems;
    try {
        scores = parse_scorecard(text, file, ReadDetail::scores);
    } catch (const FileError& e) {
        scores_problems = problems_of(e);
    }
    if (scores.has_value() != full.has_value())
        differ("the scores-only reading and the full reader disagree on accepting the file");
    if (!scores && scores_problems != full_problems)
        differ("different problems:\n" + scores_problems + "against\n" + full_problems);
    return 0;
}
