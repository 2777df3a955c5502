#include "core/scoring/blind_review.hpp"

#include "core/xml/rubric_digest.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

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

namespace {

// A byte that continues a word: ASCII letters and digits, and every byte of a
// multi-byte UTF-8 sequence (accented letters).
bool word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) != 0;
}

void replace_words(std::string& text, const std::string& word, const std::string& code) {
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at)) {
        const bool starts = at == 0 || !word_byte(text[at - 1]);
        const bool ends = at + word.size() == text.size() || !word_byte(text[at + word.size()]);
        if (starts && ends) {
            text.replace(at, word.size(), code);
            at += code.size();
        } else {
            at += word.size();
        }
    }
}

} // namespace

std::string redact_name(const std::string& text, const std::string& name, const std::string& code) {
    std::vector<std::string> words{name};
    std::istringstream parts(name);
    for (std::string part; parts >> part;)
        if (part.size() >= 2)
            words.push_back(part);
    std::stable_sort(words.begin(), words.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    std::string out = text;
    for (const auto& word : words)
        if (!word.empty())
            replace_words(out, word, code);
    return out;
}

} // namespace extramile
