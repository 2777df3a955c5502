#include "blocks.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace extramile::report {

namespace {

constexpr double kCellPadding = 3;

PangoLayout* new_layout(const std::string& text, const TextStyle& style, double width) {
    auto* layout = pango_layout_new(measuring_context());
    auto* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_width(layout, static_cast<int>(std::max(1.0, width) * PANGO_SCALE));
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    return layout;
}

double to_points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

void set_colour(cairo_t* cr, const Colour& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

} // namespace

PangoContext* measuring_context() {
    static PangoContext* context = [] {
        auto* font_map = pango_cairo_font_map_get_default();
        auto* c = pango_font_map_create_context(font_map);
        pango_cairo_context_set_resolution(c, 72);
        auto* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(c, options);
        cairo_font_options_destroy(options);
        return c;
    }();
    return context;
}

double Block::height() const {
    double h = space_before();
    for (int i = 0; i < pieces(); ++i)
        h += piece_height(i);
    return h;
}

TextBlock::TextBlock(std::string text, TextStyle style, Marker marker)
    : text_(std::move(text)), style_(style), marker_(marker) {}

TextBlock::~TextBlock() {
    if (layout_)
        g_object_unref(layout_);
}

void TextBlock::measure(double width) {
    if (layout_)
        g_object_unref(layout_);
    layout_ = new_layout(text_, style_, width - style_.indent);
    line_tops_.clear();
    line_heights_.clear();
    baselines_.clear();
    auto* iter = pango_layout_get_iter(layout_);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        line_tops_.push_back(to_points(logical.y));
        line_heights_.push_back(to_points(logical.height));
        baselines_.push_back(to_points(pango_layout_iter_get_baseline(iter)));
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    // The space after the text belongs to its last line, so it moves with it.
    if (!line_heights_.empty())
        line_heights_.back() += style_.space_after;
}

double TextBlock::piece_height(int piece) const { return line_heights_.at(piece); }

void TextBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
    if (!layout_ || first >= last)
        return;
    cairo_save(cr);
    set_colour(cr, style_.colour);
    const double offset = y - line_tops_[first];
    for (int i = first; i < last; ++i) {
        auto* line = pango_layout_get_line_readonly(layout_, i);
        cairo_move_to(cr, x + style_.indent, offset + baselines_[i]);
        pango_cairo_show_layout_line(cr, line);
    }
    if (first == 0 && marker_ != Marker::none) {
        const double size = style_.size * 0.8;
        const double mx = x + style_.indent - size - 5;
        const double my = offset + baselines_[0] - size;
        if (marker_ == Marker::tick_box) {
            cairo_set_line_width(cr, 0.8);
            cairo_rectangle(cr, mx, my, size, size);
            cairo_stroke(cr);
        } else {
            cairo_new_sub_path(cr);
            cairo_arc(cr, mx + size / 2, my + size / 2, size / 5, 0, 2 * 3.14159265358979);
            cairo_fill(cr);
        }
    }
    cairo_restore(cr);
}

DrawnBlock::DrawnBlock(double height, Draw draw, double space_before)
    : height_(height), draw_(std::move(draw)), space_before_(space_before) {}

RowBlock::RowBlock(std::vector<Cell> cells, std::vector<double> fractions, bool shaded, bool rule_below)
    : cells_(std::move(cells)), fractions_(std::move(fractions)), shaded_(shaded), rule_below_(rule_below) {}

RowBlock::~RowBlock() {
    for (auto* layout : layouts_)
        g_object_unref(layout);
}

void RowBlock::measure(double width) {
    for (auto* layout : layouts_)
        g_object_unref(layout);
    layouts_.clear();
    width_ = width;
    height_ = 0;
    const double total = std::accumulate(fractions_.begin(), fractions_.end(), 0.0);
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        const double cell_width = width * fractions_.at(i) / total - 2 * kCellPadding;
        auto* layout = new_layout(cells_[i].text, cells_[i].style, cell_width);
        if (cells_[i].right)
            pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        height_ = std::max(height_, to_points(h) + 2 * kCellPadding);
        layouts_.push_back(layout);
    }
}

void RowBlock::draw(cairo_t* cr, double x, double y, int, int) const {
    cairo_save(cr);
    if (shaded_) {
        cairo_set_source_rgb(cr, 0.92, 0.93, 0.95);
        cairo_rectangle(cr, x, y, width_, height_);
        cairo_fill(cr);
    }
    const double total = std::accumulate(fractions_.begin(), fractions_.end(), 0.0);
    double cx = x;
    for (std::size_t i = 0; i < layouts_.size(); ++i) {
        set_colour(cr, cells_[i].style.colour);
        cairo_move_to(cr, cx + kCellPadding, y + kCellPadding);
        pango_cairo_show_layout(cr, layouts_[i]);
        cx += width_ * fractions_[i] / total;
    }
    if (rule_below_) {
        cairo_set_source_rgb(cr, 0.75, 0.75, 0.78);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x, y + height_);
        cairo_line_to(cr, x + width_, y + height_);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

std::unique_ptr<Block> writing_lines(int lines, double spacing) {
    return std::make_unique<DrawnBlock>(lines * spacing, [lines, spacing](cairo_t* cr, double x, double y, double width) {
        cairo_save(cr);
        cairo_set_source_rgb(cr, 0.7, 0.7, 0.72);
        cairo_set_line_width(cr, 0.5);
        for (int i = 1; i <= lines; ++i) {
            cairo_move_to(cr, x, y + i * spacing);
            cairo_line_to(cr, x + width, y + i * spacing);
        }
        cairo_stroke(cr);
        cairo_restore(cr);
    });
}

std::unique_ptr<Block> space(double height) {
    return std::make_unique<DrawnBlock>(height, [](cairo_t*, double, double, double) {});
}

} // namespace extramile::report
