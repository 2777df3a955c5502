#include "readable_colour.hpp"

#include <algorithm>
#include <cmath>

namespace extramile::app {

namespace {

constexpr double kBodyText = 4.5; // WCAG 2, success criterion 1.4.3
constexpr double kMargin = 0.2;   // kept above the line: themes round their colours

double Luminance(const wxColour& c) {
    auto linear = [](unsigned char channel) {
        const double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.Red()) + 0.7152 * linear(c.Green()) + 0.0722 * linear(c.Blue());
}

// `from` moved a share `t` (0..1) of the way to `to`.
wxColour Mix(const wxColour& from, const wxColour& to, double t) {
    auto channel = [t](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>(std::lround(a + (b - a) * t));
    };
    return {channel(from.Red(), to.Red()), channel(from.Green(), to.Green()), channel(from.Blue(), to.Blue())};
}

bool Reads(const wxColour& text, const wxColour& background) {
    return ContrastRatio(text, background) >= kBodyText + kMargin;
}

} // namespace

double ContrastRatio(const wxColour& a, const wxColour& b) {
    const double la = Luminance(a), lb = Luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

wxColour ReadableOn(const wxColour& wanted, const wxColour& background) {
    if (Reads(wanted, background))
        return wanted;
    const wxColour end = Luminance(background) > 0.18 ? wxColour(0, 0, 0) : wxColour(255, 255, 255);
    for (int step = 1; step <= 20; ++step)
        if (auto shade = Mix(wanted, end, step / 20.0); Reads(shade, background))
            return shade;
    return end;
}

wxColour SubduedOn(const wxColour& text, const wxColour& background) {
    for (int step = 12; step > 0; --step) // at most 60% of the way to the background
        if (auto shade = Mix(text, background, step / 20.0); Reads(shade, background))
            return shade;
    return text;
}

} // namespace extramile::app
