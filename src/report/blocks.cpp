#include "blocks.hpp"

#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace extramile::report {

namespace {

constexpr double kCellPadding = RowBlock::kPadding;

PangoLayout* new_layout(const std::string& text, const TextStyle& style, double width, bool break_words = true) {
    auto* layout = pango_layout_new(measuring_context());
    auto* font = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_wrap(layout, break_words ? PANGO_WRAP_WORD_CHAR : PANGO_WRAP_WORD);
    pango_layout_set_width(layout, static_cast<int>(std::max(1.0, width) * PANGO_SCALE));
    pango_layout_set_text(layout, text.c_str(), static_cast<int>(text.size()));
    return layout;
}

constexpr Colour kDetailColour{0.35, 0.36, 0.40};

// A cell's layout: its lead in bold, its text, then its detail on a line of
// its own in smaller, muted type (attributes on one layout: plain text,
// never markup, so that nothing a person typed is read as markup).
PangoLayout* cell_layout(const RowBlock::Cell& cell, double width) {
    const std::string lead = cell.lead.empty() ? "" : cell.lead + "  ";
    const std::string body = lead + cell.text;
    const std::string text = cell.detail.empty() ? body : body + "\n" + cell.detail;
    auto* layout = new_layout(text, cell.style, width, cell.break_words);
    if (cell.hanging > 0)
        pango_layout_set_indent(layout, static_cast<int>(-cell.hanging * PANGO_SCALE));
    auto* attributes = pango_attr_list_new();
    if (!lead.empty()) {
        auto* bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
        bold->start_index = 0;
        bold->end_index = static_cast<guint>(lead.size());
        pango_attr_list_insert(attributes, bold);
    }
    if (!cell.detail.empty()) {
        const auto start = static_cast<guint>(body.size() + 1);
        auto* size = pango_attr_size_new_absolute(static_cast<int>((cell.style.size - 0.5) * PANGO_SCALE));
        size->start_index = start;
        pango_attr_list_insert(attributes, size);
        auto* colour = pango_attr_foreground_new(static_cast<guint16>(kDetailColour.r * 65535),
                                                 static_cast<guint16>(kDetailColour.g * 65535),
                                                 static_cast<guint16>(kDetailColour.b * 65535));
        colour->start_index = start;
        pango_attr_list_insert(attributes, colour);
        auto* weight = pango_attr_weight_new(PANGO_WEIGHT_NORMAL);
        weight->start_index = start;
        pango_attr_list_insert(attributes, weight);
    }
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
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
    : text_(std::move(text)), style_(style), marker_(marker) {
    // No paragraph cut so that one line stands alone on either page.
    orphans = widows = 2;
}

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

DrawnBlock::DrawnBlock(double height, double step, double max_height, DrawSized draw)
    : height_(height), draw_sized_(std::move(draw)), step_(step) {
    stretch = step > 0;
    max_growth = step > 0 ? static_cast<int>((max_height - height) / step) : 0;
}

void DrawnBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
    if (draw_sized_) // grown pieces beyond the first are steps of growth
        draw_sized_(cr, x, y, width_, height_ + std::max(0, last - first - 1) * step_);
    else
        draw_(cr, x, y, width_);
}

RowBlock::RowBlock(std::vector<Cell> cells, std::vector<double> fractions, bool shaded, bool rule_below)
    : cells_(std::move(cells)), fractions_(std::move(fractions)), shaded_(shaded), rule_below_(rule_below) {
    keep_together = true;
}

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
        auto* layout = cell_layout(cells_[i], cell_width);
        if (cells_[i].right)
            pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT);
        int w = 0, h = 0;
        pango_layout_get_size(layout, &w, &h);
        height_ = std::max(height_, to_points(h) + 2 * kCellPadding);
        layouts_.push_back(layout);
    }
    // The pieces are the lines of the tallest cell: where a row taller than
    // a page may be cut.
    band_ends_.clear();
    const auto tallest = std::max_element(layouts_.begin(), layouts_.end(), [](PangoLayout* a, PangoLayout* b) {
        return pango_layout_get_line_count(a) < pango_layout_get_line_count(b);
    });
    if (tallest != layouts_.end()) {
        auto* iter = pango_layout_get_iter(*tallest);
        while (pango_layout_iter_next_line(iter)) {
            PangoRectangle logical;
            pango_layout_iter_get_line_extents(iter, nullptr, &logical);
            band_ends_.push_back(kCellPadding + to_points(logical.y));
        }
        pango_layout_iter_free(iter);
    }
    band_ends_.push_back(height_);
}

double RowBlock::piece_height(int piece) const { return band_ends_.at(piece) - band_top(piece); }

std::vector<double> RowBlock::cell_widths() const {
    const double total = std::accumulate(fractions_.begin(), fractions_.end(), 0.0);
    std::vector<double> widths;
    for (double f : fractions_)
        widths.push_back(width_ * f / total);
    return widths;
}

void RowBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
    if (first >= last || band_ends_.empty())
        return;
    last = std::min(last, pieces());
    // The pieces [first, last) are a band of the row: draw the whole row
    // shifted so that the band starts at y, clipped to the band.
    const double top = y - band_top(first);
    const double band = band_ends_[last - 1] - band_top(first);
    cairo_save(cr);
    cairo_rectangle(cr, x, y, width_, band);
    cairo_clip(cr);
    if (shaded_) {
        cairo_set_source_rgb(cr, 0.92, 0.93, 0.95);
        cairo_rectangle(cr, x, y, width_, band);
        cairo_fill(cr);
    }
    const double total = std::accumulate(fractions_.begin(), fractions_.end(), 0.0);
    double cx = x;
    for (std::size_t i = 0; i < layouts_.size(); ++i) {
        set_colour(cr, cells_[i].style.colour);
        cairo_move_to(cr, cx + kCellPadding, top + kCellPadding);
        pango_cairo_show_layout(cr, layouts_[i]);
        cx += width_ * fractions_[i] / total;
    }
    cairo_restore(cr);
    if (rule_below_ && last == pieces()) {
        cairo_save(cr);
        cairo_set_source_rgb(cr, 0.75, 0.75, 0.78);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, x, top + height_);
        cairo_line_to(cr, x + width_, top + height_);
        cairo_stroke(cr);
        cairo_restore(cr);
    }
}

LinesBlock::LinesBlock(int lines, double spacing) : lines_(std::max(1, lines)), spacing_(spacing) {
    stretch = true;
    // A question keeps a few lines under it; a page starts with a few.
    orphans = std::min(3, lines_);
    widows = std::min(3, lines_);
}

void LinesBlock::draw(cairo_t* cr, double x, double y, int first, int last) const {
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.7, 0.7, 0.72);
    cairo_set_line_width(cr, 0.5);
    for (int i = 1; i <= last - first; ++i) {
        cairo_move_to(cr, x, y + i * spacing_);
        cairo_line_to(cr, x + width_, y + i * spacing_);
    }
    cairo_stroke(cr);
    cairo_restore(cr);
}

double text_width(const std::string& text, const TextStyle& style) {
    auto* layout = new_layout(text, style, -1);
    pango_layout_set_width(layout, -1); // one line, however long
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return to_points(w);
}

double draw_text(cairo_t* cr, const std::string& text, const TextStyle& style, double x, double y, double width) {
    auto* layout = new_layout(text, style, width);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    cairo_save(cr);
    set_colour(cr, style.colour);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    cairo_restore(cr);
    g_object_unref(layout);
    return to_points(h);
}

std::unique_ptr<Block> writing_lines(int lines, double spacing) { return std::make_unique<LinesBlock>(lines, spacing); }

std::unique_ptr<Block> space(double height) {
    return std::make_unique<DrawnBlock>(height, [](cairo_t*, double, double, double) {});
}

} // namespace extramile::report
