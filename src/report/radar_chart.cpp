#include "radar_chart.hpp"

#include "blocks.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>

namespace extramile::report {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Okabe & Ito (2008), colours told apart with any colour vision.
constexpr Colour kPalette[] = {{0.00, 0.45, 0.70}, {0.90, 0.62, 0.00}, {0.00, 0.62, 0.45},
                               {0.80, 0.47, 0.65}, {0.84, 0.37, 0.00}, {0.34, 0.71, 0.91}};
const std::vector<std::vector<double>> kDashes = {{}, {6, 3}, {2, 2}, {8, 3, 2, 3}, {4, 4}, {1, 3}};

PangoLayout* label_layout(cairo_t* cr, const std::string& text, double size, double width) {
    auto* layout = pango_cairo_create_layout(cr);
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72);
    pango_layout_context_changed(layout);
    auto* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    // Names wrap between words only: a word too long for its room runs over
    // rather than being cut in two.
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_text(layout, text.c_str(), -1);
    return layout;
}

} // namespace

void draw_radar_chart(cairo_t* cr, const RadarChart& chart, double x, double y, double width, double height) {
    const auto n = chart.axes.size();
    if (n < 3 || width <= 0 || height <= 0 || chart.scale_max <= chart.scale_min)
        return;
    cairo_save(cr);
    const double font = std::clamp(std::min(width, height) / 32.0, 7.0, 11.0);
    // A wide, low rectangle (a printed page's strip) puts the legend beside
    // the chart, one candidate a line; otherwise it goes below, in two columns.
    const bool beside = width > 1.8 * height;
    const double chart_width = beside ? width * 0.6 : width;
    const double legend_height = beside ? 0 : (font * 1.6) * std::ceil(chart.series.size() / 2.0) + font;
    const double label_room = font * 7;
    const double radius =
        std::max(10.0, std::min(chart_width - 2 * label_room, height - legend_height - 2 * font * 3) / 2);
    const double cx = x + chart_width / 2;
    const double cy = y + font * 3 + radius;
    auto angle = [n](std::size_t i) { return -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n); };
    auto point = [&](std::size_t i, double value) {
        const double r = radius * (value - chart.scale_min) / (chart.scale_max - chart.scale_min);
        return std::pair{cx + r * std::cos(angle(i)), cy + r * std::sin(angle(i))};
    };

    // The web: one ring per scale point, one spoke per competency.
    cairo_set_line_width(cr, 0.6);
    cairo_set_source_rgb(cr, 0.78, 0.79, 0.82);
    for (int v = static_cast<int>(std::ceil(chart.scale_min)); v <= chart.scale_max; ++v) {
        for (std::size_t i = 0; i <= n; ++i) {
            auto [px, py] = point(i % n, v);
            i == 0 ? cairo_move_to(cr, px, py) : cairo_line_to(cr, px, py);
        }
        cairo_stroke(cr);
    }
    for (std::size_t i = 0; i < n; ++i) {
        cairo_move_to(cr, cx, cy);
        auto [px, py] = point(i, chart.scale_max);
        cairo_line_to(cr, px, py);
    }
    cairo_stroke(cr);
    // Scale numbers up the first spoke.
    cairo_set_source_rgb(cr, 0.45, 0.46, 0.50);
    for (int v = static_cast<int>(std::ceil(chart.scale_min)); v <= chart.scale_max; ++v) {
        auto [px, py] = point(0, v);
        auto* layout = label_layout(cr, std::to_string(v), font * 0.85, font * 3);
        cairo_move_to(cr, px + 2, py - font);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
    }
    // Competency names around the rim.
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
    for (std::size_t i = 0; i < n; ++i) {
        auto* layout = label_layout(cr, chart.axes[i], font, label_room * 1.4);
        int w = 0, h = 0;
        pango_layout_get_pixel_size(layout, &w, &h);
        const double a = angle(i);
        const double lx = cx + (radius + font * 0.8) * std::cos(a);
        const double ly = cy + (radius + font * 0.8) * std::sin(a);
        const double c = std::cos(a), s = std::sin(a);
        const double tx = c > 0.2 ? lx : c < -0.2 ? lx - w : lx - w / 2.0;
        const double ty = s > 0.2 ? ly : s < -0.2 ? ly - h : ly - h / 2.0;
        pango_layout_set_alignment(layout, c < -0.2 ? PANGO_ALIGN_RIGHT : c > 0.2 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_CENTER);
        cairo_move_to(cr, tx, ty);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
    }
    // The candidates: a missing mean is drawn at the centre with a hollow dot.
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const auto& series = chart.series[k];
        const auto& colour = kPalette[k % std::size(kPalette)];
        const auto& dash = kDashes[k % kDashes.size()];
        // Fills add up where candidates overlap: the more candidates, the paler each.
        cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, std::min(0.12, 0.3 / static_cast<double>(chart.series.size())));
        for (std::size_t i = 0; i <= n; ++i) {
            auto [px, py] = point(i % n, series.values.at(i % n).value_or(chart.scale_min));
            i == 0 ? cairo_move_to(cr, px, py) : cairo_line_to(cr, px, py);
        }
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
        cairo_set_line_width(cr, 2.0);
        cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const auto& value = series.values.at(i);
            auto [px, py] = point(i, value.value_or(chart.scale_min));
            cairo_arc(cr, px, py, 2.6, 0, 2 * kPi);
            value ? cairo_fill(cr) : cairo_stroke(cr);
        }
    }
    // Legend: beside the chart, or two columns under it.
    const double ly = beside ? cy - (font * 1.6) * static_cast<double>(chart.series.size()) / 2 : cy + radius + font * 3;
    const double legend_width = beside ? width - chart_width : width * 0.45;
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const auto& colour = kPalette[k % std::size(kPalette)];
        const auto& dash = kDashes[k % kDashes.size()];
        const double lx = beside ? x + chart_width : x + (k % 2 == 0 ? width * 0.08 : width * 0.55);
        const double row = ly + (font * 1.6) * static_cast<double>(beside ? k : k / 2);
        cairo_set_source_rgb(cr, colour.r, colour.g, colour.b);
        cairo_set_line_width(cr, 2.0);
        cairo_set_dash(cr, dash.data(), static_cast<int>(dash.size()), 0);
        cairo_move_to(cr, lx, row + font * 0.6);
        cairo_line_to(cr, lx + font * 2.5, row + font * 0.6);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
        auto* layout = label_layout(cr, chart.series[k].label, font, legend_width - font * 3.5);
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        cairo_move_to(cr, lx + font * 3, row);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
    }
    cairo_restore(cr);
}

RadarChart radar_for(const Rubric& rubric, const Comparison& comparison, const std::vector<std::string>& keys,
                     const std::string& lang) {
    RadarChart chart;
    chart.scale_min = rubric.scale.min;
    chart.scale_max = rubric.scale.max;
    for (const auto& c : rubric.competencies)
        chart.axes.push_back(c.name.get(lang));
    for (const auto& key : keys) {
        const auto it = std::find_if(comparison.candidates.begin(), comparison.candidates.end(),
                                     [&](const CandidateResult& c) { return c.key == key; });
        if (it == comparison.candidates.end())
            continue;
        RadarSeries series{it->name.empty() ? it->id : it->name, {}};
        for (const auto& c : rubric.competencies) {
            const auto found = it->competencies.find(c.id);
            series.values.push_back(found == it->competencies.end() ? std::nullopt : found->second.mean);
        }
        chart.series.push_back(std::move(series));
    }
    return chart;
}

} // namespace extramile::report
