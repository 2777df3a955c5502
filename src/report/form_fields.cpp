#include "form_fields.hpp"

#include "styles.hpp"

#include <numeric>

namespace extramile::report {

void draw_form_fields(cairo_t* cr, const std::vector<FormField>& fields, double x, double y, double width,
                      double height, double label_size) {
    constexpr double kGap = 6;
    const double shares =
        std::accumulate(fields.begin(), fields.end(), 0.0, [](double sum, const FormField& f) { return sum + f.share; });
    const double room = width - kGap * static_cast<double>(fields.size() > 0 ? fields.size() - 1 : 0);
    TextStyle name = style::coloured(style::small(), style::muted);
    name.size = label_size;
    TextStyle value = style::body();
    value.size = std::max(label_size + 1.5, std::min(11.0, height - label_size - 8));
    double cx = x;
    for (const auto& field : fields) {
        const double w = room * field.share / shares;
        cairo_save(cr);
        cairo_set_source_rgb(cr, 0.55, 0.56, 0.60);
        cairo_set_line_width(cr, 0.7);
        cairo_rectangle(cr, cx, y, w, height);
        cairo_stroke(cr);
        cairo_restore(cr);
        const double used = draw_text(cr, field.label, name, cx + 3, y + 2, w - 6);
        if (!field.value.empty())
            draw_text(cr, field.value, value, cx + 3, y + 2 + used, w - 6);
        cx += w + kGap;
    }
}

namespace {
constexpr double kTitleHeight = 13;
constexpr double kBottomPadding = 4;
} // namespace

NotesBox::NotesBox(std::string title, int lines, double space_before)
    : title_(std::move(title)), lines_(std::max(1, lines)), space_before_(space_before) {
    keep_together = true;
    stretch = true;
}

double NotesBox::piece_height(int piece) const {
    return LinesBlock::kSpacing + (piece == 0 ? kTitleHeight : 0) + (piece == lines_ - 1 ? kBottomPadding : 0);
}

void NotesBox::draw(cairo_t* cr, double x, double y, int first, int last) const {
    const int lines = last - first;
    const double height = kTitleHeight + lines * LinesBlock::kSpacing + kBottomPadding;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 0.55, 0.56, 0.60);
    cairo_set_line_width(cr, 0.7);
    cairo_rectangle(cr, x, y, width_, height);
    cairo_stroke(cr);
    cairo_restore(cr);
    draw_text(cr, title_, style::coloured(style::small_bold(), style::muted), x + 4, y + 3, width_ - 8);
    LinesBlock ruled(lines);
    ruled.measure(width_ - 12);
    ruled.draw(cr, x + 6, y + kTitleHeight, 0, lines);
}

std::unique_ptr<Block> form_fields_block(std::vector<FormField> fields, double height, double label_size,
                                         double space_before) {
    return std::make_unique<DrawnBlock>(
        height,
        [fields = std::move(fields), height, label_size](cairo_t* cr, double x, double y, double width) {
            draw_form_fields(cr, fields, x, y, width, height, label_size);
        },
        space_before);
}

} // namespace extramile::report
