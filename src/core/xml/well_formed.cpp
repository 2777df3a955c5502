#include "core/xml/well_formed.hpp"

#include "core/base/file_error.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace extramile::xml {

namespace {

constexpr bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr bool ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// XML 1.0, fifth edition, productions [4] and [4a].
constexpr bool name_start(char32_t c) {
    if (c < 0x80)
        return ascii_letter(c) || c == ':' || c == '_';
    return (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) ||
           (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) ||
           (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

constexpr bool name_char(char32_t c) {
    if (c < 0x80)
        return name_start(c) || c == '-' || c == '.' || (c >= '0' && c <= '9');
    return name_start(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

// Production [2]: the characters XML can carry at all.
constexpr bool is_char(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// Bytes that text may hold as they are and that need no closer look: the
// printable ASCII characters but '<', '&' and ']', and tab, line feed and
// carriage return. Most of a note is made of them.
constexpr std::array<bool, 256> plain_text_bytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[c] = c != '<' && c != '&' && c != ']';
    table['\t'] = table['\n'] = table['\r'] = true;
    return table;
}();

// The same inside an attribute value: no quote of either kind either.
constexpr std::array<bool, 256> plain_attribute_bytes = [] {
    auto table = plain_text_bytes;
    table[']'] = true;
    table['"'] = table['\''] = false;
    return table;
}();

// ASCII characters that may start a name part, and continue one (XML's
// NameStartChar and NameChar below U+0080, but ':', which name() counts).
constexpr std::array<bool, 128> ascii_name_start = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = c != ':' && name_start(static_cast<char32_t>(c));
    return table;
}();
constexpr std::array<bool, 128> ascii_name_char = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = c != ':' && name_char(static_cast<char32_t>(c));
    return table;
}();

std::string code_point(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

class Checker {
public:
    Checker(std::string_view text, const std::string& file, MarkupObserver* observer)
        : t_(text), file_(file), observer_(observer) {}

    void run() {
        refuse_other_encodings();
        if (t_.substr(0, 3) == "\xEF\xBB\xBF")
            i_ = 3; // a UTF-8 byte order mark, as some editors write
        if (t_.substr(i_, 5) == "<?xml" && (i_ + 5 < t_.size() && (is_space(t_[i_ + 5]) || t_[i_ + 5] == '?')))
            declaration();
        misc(false);
        if (i_ >= t_.size())
            fail(0, "the file is empty or holds only white space; it should start with an XML element");
        element();
        misc(true);
    }

private:
    std::string_view t_;
    const std::string& file_;
    std::size_t i_ = 0;
    MarkupObserver* observer_;
    std::vector<std::string_view> open_; // names of the elements not yet closed
    std::vector<std::string_view> seen_; // the attribute names of the tag being read

    [[noreturn]] void fail(std::size_t at, const std::string& message) const {
        at = std::min(at, t_.size());
        const int line = 1 + static_cast<int>(std::count(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
        throw FileError(file_, line, message);
    }

    bool at(std::string_view s) const { return t_.substr(i_, s.size()) == s; }

    void refuse_other_encodings() const {
        const auto b = [&](std::size_t k) { return k < t_.size() ? static_cast<unsigned char>(t_[k]) : 0x100u; };
        if ((b(0) == 0xFF && b(1) == 0xFE && b(2) == 0 && b(3) == 0) || (b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF))
            fail(0, "this file is UTF-32 text; save it as UTF-8 in your editor");
        if ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF) || (b(0) == '<' && b(1) == 0) ||
            (b(0) == 0 && b(1) == '<'))
            fail(0, "this file is UTF-16 text; save it as UTF-8 in your editor");
    }

    // The character at `k` (its length in `length`), refused when it is not
    // UTF-8 or not a character XML allows.
    char32_t decode(std::size_t k, std::size_t& length) const {
        const auto byte = [&](std::size_t j) { return static_cast<unsigned char>(t_[j]); };
        const unsigned char c = byte(k);
        if (c < 0x80) {
            length = 1;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                fail(k, "this line holds the control character " + code_point(c) +
                            ", which XML does not allow; delete it in a text editor");
            return c;
        }
        unsigned lowest;
        if ((c & 0xE0) == 0xC0)
            length = 2, lowest = 0x80;
        else if ((c & 0xF0) == 0xE0)
            length = 3, lowest = 0x800;
        else if ((c & 0xF8) == 0xF0)
            length = 4, lowest = 0x10000;
        else
            fail(k, "this line is not valid UTF-8 text; save the file as UTF-8 in your editor");
        if (k + length > t_.size())
            fail(k, "this line is not valid UTF-8 text; save the file as UTF-8 in your editor");
        char32_t code = c & (0x7Fu >> length);
        for (std::size_t j = 1; j < length; ++j) {
            if ((byte(k + j) & 0xC0) != 0x80)
                fail(k, "this line is not valid UTF-8 text; save the file as UTF-8 in your editor");
            code = (code << 6) | (byte(k + j) & 0x3F);
        }
        if (code < lowest || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            fail(k, "this line is not valid UTF-8 text; save the file as UTF-8 in your editor");
        if (!is_char(code))
            fail(k, "this line holds the character " + code_point(code) +
                        ", which XML does not allow; delete it in a text editor");
        return code;
    }

    // Checks every character of t_[from, to).
    void characters(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to;) {
            if (static_cast<unsigned char>(t_[k]) >= 0x20 && static_cast<unsigned char>(t_[k]) < 0x80) {
                ++k;
                continue;
            }
            std::size_t length;
            decode(k, length);
            k += length;
        }
    }

    // Past the text that needs no closer look: eight bytes at a time while
    // they are printable ASCII other than '<', '&' and ']', then byte by byte
    // (line breaks, and two-byte UTF-8 characters, all of which XML allows:
    // the accented letters of most European languages).
    void skip_plain_text() {
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        const auto zero_byte = [&](std::uint64_t v) { return ((v - ones) & ~v & highs) != 0; };
        for (;;) {
#if defined(__SSE2__)
            // Sixteen bytes at a time where the processor has SSE2 (every
            // x86-64 does). A block passes whole when it holds no control
            // character, '<', '&' or ']', and its bytes above 0x7F are all
            // two-byte UTF-8 characters begun and ended in it (U+0080 to
            // U+07FF: the accented letters of the notes in Spanish and
            // Italian, which stopped this loop every few words). Anything
            // else stops it at the first byte that needs a look.
            while (i_ + 16 <= t_.size()) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t_.data() + i_));
                const __m128i control = _mm_and_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)),
                                                      _mm_cmpgt_epi8(bytes, _mm_set1_epi8(-1)));
                const __m128i special =
                    _mm_or_si128(_mm_or_si128(control, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('<'))),
                                 _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('&')),
                                              _mm_cmpeq_epi8(bytes, _mm_set1_epi8(']'))));
                const auto stops = static_cast<unsigned>(_mm_movemask_epi8(special));
                const auto high = static_cast<unsigned>(_mm_movemask_epi8(bytes)); // bytes above 0x7F
                if (stops == 0 && high == 0) {
                    i_ += 16;
                    continue;
                }
                if (stops == 0) {
                    // As signed bytes: a lead byte C2..DF is -62..-33, a
                    // continuation byte 80..BF is -128..-65.
                    const auto leads = static_cast<unsigned>(_mm_movemask_epi8(
                        _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(static_cast<char>(0xC1))),
                                      _mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(0xE0))))));
                    const auto continuations = static_cast<unsigned>(
                        _mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(static_cast<char>(0xC0)))));
                    if ((leads | continuations) == high && continuations == (leads << 1)) {
                        i_ += 16; // every lead byte is followed by its one continuation, in the block
                        continue;
                    }
                }
                i_ += static_cast<std::size_t>(std::countr_zero(stops | high));
                break;
            }
#endif
            while (i_ + 8 <= t_.size()) {
                std::uint64_t word;
                std::memcpy(&word, t_.data() + i_, 8);
                if ((word & highs) || ((word - 0x20 * ones) & ~word & highs) || zero_byte(word ^ ('<' * ones)) ||
                    zero_byte(word ^ ('&' * ones)) || zero_byte(word ^ (']' * ones)))
                    break;
                i_ += 8;
            }
            const std::size_t from = i_;
            while (i_ < t_.size() && plain_text_bytes[static_cast<unsigned char>(t_[i_])])
                ++i_;
            if (i_ + 1 < t_.size() && (static_cast<unsigned char>(t_[i_]) & 0xE0) == 0xC0 &&
                static_cast<unsigned char>(t_[i_]) >= 0xC2 && (static_cast<unsigned char>(t_[i_ + 1]) & 0xC0) == 0x80) {
                i_ += 2; // U+0080 to U+07FF, well formed
                continue;
            }
            if (i_ == from)
                return;
        }
    }

    std::size_t skip_space() {
        const std::size_t from = i_;
        while (i_ < t_.size() && is_space(t_[i_]))
            ++i_;
        return i_ - from;
    }

    // A name as Namespaces in XML wants it (the form libxml2 reads): an
    // NCName, or two joined by one colon (prefix:local); for processing
    // instructions, no colon at all.
    std::string_view name(const char* what, bool qualified = true) {
        const std::size_t from = i_;
        std::size_t length = 0;
        const auto bad = [&] {
            fail(from, std::string("expected ") + what +
                           " here; names start with a letter or '_', and hold at most one ':' between "
                           "two parts (a bare '<' in text is written &lt;)");
        };
        if (i_ >= t_.size())
            bad();
        std::size_t colons = 0;
        bool part_start = true;
        while (i_ < t_.size()) {
            // Most names are printable ASCII, told apart by a table.
            if (const auto b = static_cast<unsigned char>(t_[i_]); b >= 0x20 && b < 0x80 && b != ':') {
                if (!(part_start ? ascii_name_start[b] : ascii_name_char[b]))
                    break;
                part_start = false;
                ++i_;
                continue;
            }
            const auto c = decode(i_, length);
            if (c == ':') {
                if (part_start || ++colons > (qualified ? 1u : 0u))
                    bad();
                part_start = true;
            } else if (part_start ? name_start(c) : name_char(c)) {
                part_start = false;
            } else {
                break;
            }
            i_ += length;
        }
        if (part_start)
            bad(); // empty, or ending in ':'
        return t_.substr(from, i_ - from);
    }

    // `message()` makes the error's words, only when there is an error (the
    // words were made for every attribute and closing tag: a good part of
    // the check's time on a scorecard).
    template <typename Message> void expect(char c, const Message& message) {
        if (i_ >= t_.size() || t_[i_] != c)
            fail(i_, message());
        ++i_;
    }

    // '&' at i_: one of the five predefined entities or a character reference.
    void reference(bool in_attribute) {
        const std::size_t amp = i_++;
        const char* bare = "a bare '&' must be written as &amp; (for example \"Q&amp;A\")";
        if (at("#")) {
            ++i_;
            const bool hex = at("x");
            if (hex)
                ++i_;
            const std::size_t digits_from = i_;
            std::uint32_t value = 0;
            bool huge = false;
            while (i_ < t_.size()) {
                const char c = t_[i_];
                int digit;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                else
                    break;
                value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
                if (value > 0x10FFFF) {
                    huge = true;
                    value = 0x110000;
                }
                ++i_;
            }
            if (i_ == digits_from || !at(";"))
                fail(amp, "a character reference is written &#NUMBER; or &#xHEX; (or write & as &amp;)");
            ++i_;
            const std::string written(t_.substr(amp, i_ - amp));
            if (huge)
                fail(amp, written + " is beyond the last Unicode character; write the character itself");
            if (value >= 0xD800 && value <= 0xDFFF)
                fail(amp, written + " is half of a UTF-16 surrogate pair, not a character; write the "
                                    "character itself");
            if (!is_char(value))
                fail(amp, written + " is the character " + code_point(value) +
                              ", which XML does not allow; delete it");
            if (in_attribute && (value == 0x9 || value == 0xA || value == 0xD))
                fail(amp, written + " puts a tab or line break into an attribute, where Extra Mile "
                                    "keeps none; write a space instead");
            return;
        }
        const std::size_t name_from = i_;
        std::size_t length = 0;
        if (i_ >= t_.size() || !name_start(decode(i_, length)))
            fail(amp, bare);
        while (i_ < t_.size() && name_char(decode(i_, length)))
            i_ += length;
        const auto entity = t_.substr(name_from, i_ - name_from);
        if (!at(";"))
            fail(amp, bare);
        ++i_;
        if (entity != "lt" && entity != "gt" && entity != "amp" && entity != "apos" && entity != "quot")
            fail(amp, "&" + std::string(entity) + "; is not an entity XML knows (only &lt; &gt; &amp; &apos; "
                                                  "&quot;); write & as &amp;");
    }

    void declaration() {
        i_ += 5; // "<?xml"
        const std::string how = "the XML declaration is written <?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        const auto pseudo_attribute = [&](std::string_view key, bool required) -> std::optional<std::string_view> {
            const std::size_t back = i_;
            if (!skip_space() || !at(key)) {
                i_ = back;
                if (required)
                    fail(i_, how);
                return std::nullopt;
            }
            i_ += key.size();
            skip_space();
            expect('=', [&] { return how; });
            skip_space();
            if (i_ >= t_.size() || (t_[i_] != '"' && t_[i_] != '\''))
                fail(i_, how);
            const char quote = t_[i_++];
            const std::size_t from = i_;
            while (i_ < t_.size() && t_[i_] != quote)
                ++i_;
            if (i_ >= t_.size())
                fail(from, how);
            return t_.substr(from, i_++ - from);
        };
        const auto version = *pseudo_attribute("version", true);
        if (version.size() < 3 || version.substr(0, 2) != "1." ||
            !std::all_of(version.begin() + 2, version.end(), [](char c) { return c >= '0' && c <= '9'; }))
            fail(i_, "the XML declaration says version \"" + std::string(version) + "\"; write version=\"1.0\"");
        if (const auto encoding = pseudo_attribute("encoding", false)) {
            std::string lower(*encoding);
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
            if (lower != "utf-8" && lower != "utf8")
                fail(i_, "the file declares the encoding \"" + std::string(*encoding) +
                             "\"; Extra Mile reads UTF-8: save the file as UTF-8 and write encoding=\"UTF-8\"");
        }
        if (const auto standalone = pseudo_attribute("standalone", false); standalone && *standalone != "yes" && *standalone != "no")
            fail(i_, "standalone=\"" + std::string(*standalone) + "\" is neither yes nor no");
        skip_space();
        if (!at("?>"))
            fail(i_, how);
        i_ += 2;
    }

    void comment() {
        const std::size_t from = i_;
        i_ += 4; // "<!--"
        const auto end = t_.find("--", i_);
        if (end == std::string_view::npos)
            fail(from, "a comment is not closed with -->");
        characters(i_, end);
        if (end + 2 >= t_.size() || t_[end + 2] != '>')
            fail(end, "a comment may not hold \"--\" (two hyphens); write them apart or end the comment with -->");
        i_ = end + 3;
    }

    void processing_instruction() {
        const std::size_t from = i_;
        i_ += 2; // "<?"
        const auto target = name("the name of a processing instruction", false);
        std::string lower(target);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
        if (lower == "xml")
            fail(from, "the XML declaration <?xml ...?> may only come at the very start of the file");
        const auto end = t_.find("?>", i_);
        if (end == std::string_view::npos)
            fail(from, "a processing instruction is not closed with ?>");
        if (end != i_ && !is_space(t_[i_]))
            fail(i_, "a processing instruction's name must be followed by a space or ?>");
        characters(i_, end);
        i_ = end + 2;
    }

    // White space, comments and processing instructions around the root element.
    void misc(bool after_root) {
        while (i_ < t_.size()) {
            if (skip_space())
                continue;
            if (at("<!--")) {
                comment();
            } else if (at("<?")) {
                processing_instruction();
            } else if (at("<!DOCTYPE") || at("<!doctype")) {
                fail(i_, "the file has a document type declaration (<!DOCTYPE ...>); rubrics and "
                         "scorecards have none: delete it");
            } else if (after_root) {
                characters(0, t_.size()); // binary junk is better called that
                fail(i_, at("<") ? "a second root element: a file holds one element at the top, with "
                                   "everything else inside it"
                                 : "text after the end of the root element; delete it");
            } else if (at("<") && !at("<!")) {
                return; // the root element
            } else {
                characters(0, t_.size()); // binary junk is better called that
                fail(i_, "text before the root element; the file should start with <?xml ...?> or "
                         "its root element");
            }
        }
    }

    void start_tag() {
        const std::size_t from = i_++; // '<'
        const auto element = name("an element name");
        if (observer_)
            observer_->start_tag(element, from);
        auto& seen = seen_;
        seen.clear();
        for (;;) {
            const bool spaced = skip_space() > 0;
            if (i_ >= t_.size())
                fail(i_, "the tag <" + std::string(element) + " is not closed with >");
            if (at("/>")) {
                i_ += 2;
                if (observer_)
                    observer_->start_closed(true);
                return;
            }
            if (at(">")) {
                ++i_;
                open_.push_back(element);
                if (observer_)
                    observer_->start_closed(false);
                return;
            }
            if (!spaced)
                fail(i_, "attributes of <" + std::string(element) + "> must be apart, with a space before each");
            const std::size_t attribute_at = i_;
            const auto attribute = name("an attribute name");
            if (std::find(seen.begin(), seen.end(), attribute) != seen.end())
                fail(attribute_at, "the attribute " + std::string(attribute) + " appears twice on <" +
                                       std::string(element) + ">; keep one");
            seen.push_back(attribute);
            skip_space();
            expect('=', [&] {
                return "the attribute " + std::string(attribute) + " has no value; write " + std::string(attribute) +
                       "=\"...\"";
            });
            skip_space();
            if (i_ >= t_.size() || (t_[i_] != '"' && t_[i_] != '\''))
                fail(i_, "the value of " + std::string(attribute) + " must be in quotes: " +
                             std::string(attribute) + "=\"...\"");
            const char quote = t_[i_++];
            const std::size_t value_from = i_;
            for (;;) {
                while (i_ < t_.size() && plain_attribute_bytes[static_cast<unsigned char>(t_[i_])])
                    ++i_;
                if (i_ >= t_.size())
                    fail(attribute_at, "the value of " + std::string(attribute) + " is not closed with " + quote);
                const char c = t_[i_];
                if (c == quote) {
                    if (observer_)
                        observer_->attribute(attribute, t_.substr(value_from, i_ - value_from));
                    ++i_;
                    break;
                }
                if (c == '<')
                    fail(i_, "a '<' inside the value of " + std::string(attribute) + " must be written &lt;");
                if (c == '&') {
                    reference(true);
                    continue;
                }
                std::size_t length;
                decode(i_, length);
                i_ += length;
            }
        }
    }

    void end_tag() {
        const std::size_t from = i_;
        i_ += 2; // "</"
        const auto closing = name("the name of the element to close");
        skip_space();
        expect('>', [&] { return "the closing tag </" + std::string(closing) + " is not closed with >"; });
        if (open_.empty() || open_.back() != closing)
            fail(from, open_.empty() ? "the closing tag </" + std::string(closing) + "> closes nothing"
                                     : "the closing tag </" + std::string(closing) + "> does not match <" +
                                           std::string(open_.back()) + ">; check the tags around here");
        open_.pop_back();
        if (observer_)
            observer_->end_tag();
    }

    // The root element and everything in it.
    void element() {
        start_tag();
        while (!open_.empty()) {
            skip_plain_text();
            if (i_ >= t_.size())
                fail(i_, "the element <" + std::string(open_.back()) + "> is not closed; add </" +
                             std::string(open_.back()) + ">");
            const char c = t_[i_];
            if (c == '<') {
                const char after = i_ + 1 < t_.size() ? t_[i_ + 1] : '\0';
                if (after != '/' && after != '!' && after != '?')
                    start_tag(); // the usual case, without the comparisons below
                else if (after == '/')
                    end_tag();
                else if (at("<!--")) {
                    if (observer_)
                        observer_->markup(i_);
                    comment();
                } else if (at("<![CDATA[")) {
                    if (observer_)
                        observer_->markup(i_);
                    const std::size_t from = i_;
                    const auto end = t_.find("]]>", i_ + 9);
                    if (end == std::string_view::npos)
                        fail(from, "a CDATA section is not closed with ]]>");
                    characters(i_ + 9, end);
                    i_ = end + 3;
                } else if (at("<?")) {
                    if (observer_)
                        observer_->markup(i_);
                    processing_instruction();
                } else if (at("<!"))
                    fail(i_, "a <! ...> construct other than a comment or CDATA cannot be read here");
                else
                    start_tag();
            } else if (c == '&') {
                reference(false);
            } else if (c == ']' && at("]]>")) {
                fail(i_, "text may not hold \"]]>\"; write it as ]]&gt;");
            } else if (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x80) {
                ++i_;
            } else {
                std::size_t length;
                decode(i_, length);
                i_ += length;
            }
        }
    }
};

} // namespace

void check_well_formed(std::string_view text, const std::string& file, MarkupObserver* observer) {
    Checker(text, file, observer).run();
}

} // namespace extramile::xml
