#include "core/scoring/blind_review.hpp"

#include "core/base/sha256.hpp"
#include "core/base/unicode_text.hpp"
#include "core/scoring/ranking.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>
#include <set>
#include <string_view>
#include <vector>

namespace extramile {

std::string blind_code(const std::string& candidate_key, const std::string& secret) {
    // Six hex digits tell 16 million apart.
    return "C-" + hmac_sha256_hex(secret, candidate_key).substr(0, 6);
}

std::vector<std::size_t> make_blind(Comparison& comparison, const std::string& secret) {
    for (auto& c : comparison.candidates) {
        c.id = blind_code(c.key, secret);
        c.name = c.id;
        c.key = c.id;
        for (auto& [id, result] : c.competencies)
            for (auto& rating : result.ratings)
                rating.file.reset();
        for (auto& counted : c.counted)
            counted.file.reset();
        if (c.decision)
            c.decision->file.clear(); // its name is the candidate's
    }
    const auto count = comparison.warnings.size();
    comparison.warnings.clear();
    if (count > 0)
        comparison.warnings.push_back(std::to_string(count) + (count == 1 ? " warning is" : " warnings are") +
                                      " hidden in blind review because they name files; leave blind review "
                                      "to see them");
    // Candidates tied (compare() puts them in the order of their
    // names) go in the order of their codes: the order must not tell the
    // names either.
    auto& candidates = comparison.candidates;
    std::vector<std::size_t> before(candidates.size());
    for (std::size_t i = 0; i < before.size(); ++i)
        before[i] = i;
    const auto ranked_alike = [](const CandidateResult& a, const CandidateResult& b) {
        return standing_of(a) == standing_of(b); // tied (ranking.hpp)
    };
    for (std::size_t begin = 0; begin < candidates.size();) {
        std::size_t end = begin + 1;
        while (end < candidates.size() && ranked_alike(candidates[begin], candidates[end]))
            ++end;
        std::sort(before.begin() + static_cast<std::ptrdiff_t>(begin), before.begin() + static_cast<std::ptrdiff_t>(end),
                  [&](std::size_t a, std::size_t b) { return candidates[a].key < candidates[b].key; });
        begin = end;
    }
    put_in_order(candidates, before);
    return before;
}

void put_in_order(std::vector<CandidateResult>& candidates, const std::vector<std::size_t>& before) {
    std::vector<CandidateResult> ordered;
    ordered.reserve(candidates.size());
    for (const auto at : before)
        ordered.push_back(std::move(candidates.at(at)));
    candidates = std::move(ordered);
}

void make_blind(Decision& decision, const std::string& code) {
    for (auto& reason : decision.reasons)
        reason.text = redact_candidate(reason.text, decision.candidate_name, decision.candidate_id, code);
    for (auto& event : decision.events)
        event.reason = redact_candidate(event.reason, decision.candidate_name, decision.candidate_id, code);
    decision.candidate_id = code;
    decision.candidate_name = code;
    decision.extensions.clear(); // nobody knows what they hold
}

namespace {

// Name particles: never a name on their own ("la" is a word in every note),
// part of the name only beside another of its parts ("De la Cruz").
bool particle(const std::string& folded) {
    static const std::set<std::string> particles{"de",  "del", "della", "delle", "dei", "degli", "di",  "da",
                                                 "dal", "dalla", "la",  "le",    "lo",  "van",   "von", "der",
                                                 "den", "ten", "ter", "du",    "des", "dos",   "das", "do",
                                                 "y",   "e",   "el",  "al",    "bin", "ibn",   "ben", "st",
                                                 "mac", "mc",  "o"};
    return particles.count(folded) > 0;
}

std::string key_of(std::string_view word) { return fold_case(without_marks(word)); }

struct Token {
    std::size_t begin, end; // bytes of the text
    bool word;
};

// Words (letters, digits and their combining marks) and what lies between.
std::vector<Token> tokens(const std::string& text) {
    std::vector<Token> out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        const auto in_word = [](UChar32 ch) {
            return ch >= 0 && (u_isalnum(ch) || u_charType(ch) == U_NON_SPACING_MARK || u_charType(ch) == U_COMBINING_SPACING_MARK);
        };
        const bool word = in_word(c);
        int32_t end = i;
        while (end < length) {
            int32_t next = end;
            UChar32 d;
            U8_NEXT(bytes, next, length, d);
            if (in_word(d) != word)
                break;
            end = next;
        }
        out.push_back({static_cast<std::size_t>(start), static_cast<std::size_t>(end), word});
        i = end;
    }
    return out;
}

// Between two parts of one name: spaces, a hyphen, an apostrophe (O'Brien).
bool joins_a_name(std::string_view gap) {
    return !gap.empty() && gap.size() <= 3 &&
           std::all_of(gap.begin(), gap.end(), [](char c) { return c == ' ' || c == '-' || c == '\'' || c == '\t'; });
}

} // namespace

std::string redact_candidate(const std::string& text, const std::string& name, const std::string& id,
                             const std::string& code) {
    // E-mail addresses first: whoever they belong to, they identify someone.
    static const std::regex email(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})");
    std::string source = std::regex_replace(text, email, code);

    std::set<std::string> parts, particles;
    for (const auto& token : tokens(name)) {
        if (!token.word)
            continue;
        const auto word = std::string_view(name).substr(token.begin, token.end - token.begin);
        const auto key = key_of(word);
        if (particle(key))
            particles.insert(key);
        else if (display_width(word) >= 2)
            parts.insert(key);
    }
    // The id as it is written (it may hold punctuation: "c-0042"), any case,
    // not inside a longer word or number.
    if (id.size() >= 2) {
        const auto folded_id = fold_case(id);
        const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
        std::string replaced;
        for (std::size_t at = 0; at < source.size();) {
            const bool starts = at == 0 || !alnum(source[at - 1]);
            if (starts && at + id.size() <= source.size() && fold_case(source.substr(at, id.size())) == folded_id &&
                (at + id.size() == source.size() || !alnum(source[at + id.size()]))) {
                replaced += code;
                at += id.size();
            } else {
                replaced += source[at++];
            }
        }
        source = std::move(replaced);
    }
    if (parts.empty())
        return source;

    const auto toks = tokens(source);
    enum class Kind { other, part, particle };
    std::vector<Kind> kinds;
    for (const auto& t : toks) {
        if (!t.word) {
            kinds.push_back(Kind::other);
            continue;
        }
        const auto key = key_of(std::string_view(source).substr(t.begin, t.end - t.begin));
        kinds.push_back(parts.count(key) ? Kind::part : particles.count(key) ? Kind::particle : Kind::other);
    }
    const auto gap_joins = [&](std::size_t k) { // token k is a separator between two words
        return k < toks.size() && !toks[k].word &&
               joins_a_name(std::string_view(source).substr(toks[k].begin, toks[k].end - toks[k].begin));
    };
    std::string out;
    std::size_t k = 0;
    while (k < toks.size()) {
        // A run: particles and parts joined by name gaps, with at least one part.
        std::size_t end = k, last_part = toks.size();
        for (std::size_t j = k; j < toks.size();) {
            if (kinds[j] == Kind::part)
                last_part = j;
            else if (kinds[j] != Kind::particle)
                break;
            if (j + 2 < toks.size() && gap_joins(j + 1) && kinds[j + 2] != Kind::other)
                j += 2;
            else
                break;
        }
        if (toks[k].word && kinds[k] != Kind::other && last_part != toks.size()) {
            end = last_part;
            out += code;
            k = end + 1;
            continue;
        }
        out.append(source, toks[k].begin, toks[k].end - toks[k].begin);
        ++k;
    }
    return out;
}

} // namespace extramile
