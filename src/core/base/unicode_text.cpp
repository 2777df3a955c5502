#include "core/base/unicode_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace extramile {

namespace {

icu::UnicodeString from_utf8(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// The instances ICU keeps for the program's life; nullptr only if ICU's data is missing.
const icu::Normalizer2* normalizer(bool composed) {
    UErrorCode status = U_ZERO_ERROR;
    const auto* n = composed ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
}

icu::UnicodeString normalized(const icu::UnicodeString& text, bool composed) {
    const auto* n = normalizer(composed);
    if (!n)
        return text;
    UErrorCode status = U_ZERO_ERROR;
    auto out = n->normalize(text, status);
    return U_SUCCESS(status) ? out : text;
}

} // namespace

std::string nfc(std::string_view utf8) { return to_utf8(normalized(from_utf8(utf8), true)); }

std::string fold_case(std::string_view utf8) {
    auto text = from_utf8(utf8);
    text.foldCase(U_FOLD_CASE_DEFAULT);
    return to_utf8(text);
}

std::string name_key(std::string_view utf8) {
    // Folding can leave text no longer composed (a folded letter may have a
    // decomposed form), so the result is composed again.
    auto text = normalized(from_utf8(utf8), true);
    text.foldCase(U_FOLD_CASE_DEFAULT);
    text = normalized(text, true);
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space)
            out.append(static_cast<UChar>(' '));
        pending_space = false;
        out.append(c);
    }
    return to_utf8(out);
}

const std::string& NameKeys::operator()(const std::string& name) {
    auto found = keys_.find(name);
    if (found == keys_.end())
        found = keys_.emplace(name, name_key(name)).first;
    return found->second;
}

std::string without_marks(std::string_view utf8) {
    const auto decomposed = normalized(from_utf8(utf8), false);
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) != U_NON_SPACING_MARK)
            out.append(c);
    }
    return to_utf8(normalized(out, true));
}

std::size_t display_width(std::string_view utf8) {
    std::size_t width = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            ++width; // an invalid byte: one column, as a terminal shows a replacement
            continue;
        }
        const auto type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR)
            continue;
        const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        width += east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
    }
    return width;
}

} // namespace extramile
