#include "page_numbers.hpp"

#include "report_labels.hpp"

#include <cmath>
#include <cstdio>

namespace extramile::report {

std::string decimal(const std::optional<double>& value, int decimals, const std::string& language) {
    if (!value)
        return "–";
    if (std::isinf(*value))
        return *value < 0 ? "−∞" : "∞";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, *value);
    std::string text = buffer;
    if (auto dot = text.find('.'); dot != std::string::npos)
        text.replace(dot, 1, label(Label::decimal_separator, language));
    // A typographic minus: "-0.12" reads as a hyphenated word on paper.
    if (!text.empty() && text[0] == '-')
        text.replace(0, 1, "−");
    return text;
}

std::string number(double value, const std::string& language) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    std::string text = buffer;
    if (auto dot = text.find('.'); dot != std::string::npos)
        text.replace(dot, 1, label(Label::decimal_separator, language));
    return text;
}

std::string percent(double fraction, const std::string& language) {
    return substitute(label(Label::percent, language), {std::to_string(static_cast<int>(std::lround(fraction * 100)))});
}

} // namespace extramile::report
