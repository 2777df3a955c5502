// The house style of the printed pages: one place for sizes and colours.
#pragma once

#include "blocks.hpp"

#include <memory>
#include <string>

namespace extramile::report::style {

inline constexpr Colour ink{0.08, 0.09, 0.12};
inline constexpr Colour muted{0.35, 0.36, 0.40};
inline constexpr Colour accent{0.10, 0.33, 0.55};
inline constexpr Colour green{0.11, 0.43, 0.16};
inline constexpr Colour red{0.63, 0.16, 0.10};

inline TextStyle title() { return {18, true, false, ink, 0, 0, 6}; }
inline TextStyle subtitle() { return {10, false, false, muted, 0, 0, 10}; }
inline TextStyle heading() { return {13, true, false, accent, 0, 14, 4}; }
inline TextStyle subheading() { return {9.5, true, false, ink, 0, 8, 3}; }
inline TextStyle body() { return {9.5, false, false, ink, 0, 0, 3}; }
inline TextStyle note() { return {8.5, false, true, muted, 0, 0, 4}; }
inline TextStyle small() { return {8, false, false, ink, 0, 0, 0}; }
inline TextStyle small_bold() { return {8, true, false, ink, 0, 0, 0}; }

inline TextStyle indented(TextStyle s, double indent) {
    s.indent = indent;
    return s;
}
inline TextStyle coloured(TextStyle s, Colour c) {
    s.colour = c;
    return s;
}

inline std::unique_ptr<TextBlock> text(std::string t, TextStyle s, Marker m = Marker::none) {
    return std::make_unique<TextBlock>(std::move(t), s, m);
}

// A heading that stays with what follows it.
inline std::unique_ptr<TextBlock> heading_text(std::string t, TextStyle s) {
    auto block = text(std::move(t), s);
    block->keep_with_next = true;
    return block;
}

} // namespace extramile::report::style
