// One radar (spider) chart routine, for the printed comparison report and
// the app's compare view alike: competency means of a few candidates on
// axes from the scale's lowest point (centre) to its highest (rim).
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/scoring.hpp"

#include <cairo.h>

#include <optional>
#include <string>
#include <vector>

namespace extramile::report {

struct RadarSeries {
    std::string label;
    std::vector<std::optional<double>> values; // one per axis; nullopt: no rating
};

struct RadarChart {
    std::vector<std::string> axes;
    double scale_min = 1, scale_max = 5;
    std::vector<RadarSeries> series;
};

// Draws the chart and its legend inside the rectangle. Each series has its
// own colour from a palette safe for colour-blind readers (Okabe & Ito) and
// its own dash pattern, so it reads in black and white too.
void draw_radar_chart(cairo_t* cr, const RadarChart& chart, double x, double y, double width, double height);

// The chart of the candidates with these keys (CandidateResult::key, in that
// order): axes are the competency names in `lang`, series the means.
RadarChart radar_for(const Rubric& rubric, const Comparison& comparison, const std::vector<std::string>& candidate_keys,
                     const std::string& lang);

} // namespace extramile::report
