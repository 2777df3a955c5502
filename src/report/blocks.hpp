// The pieces a printed page is made of. Each is measured once for the
// width of the text column, then drawn wherever pagination puts it. Text
// blocks are made of lines and may be split between pages line by line;
// the others move to the next page whole.
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace extramile::report {

struct Colour {
    double r = 0, g = 0, b = 0;
};

struct TextStyle {
    double size = 10; // points
    bool bold = false;
    bool italic = false;
    Colour colour{};
    double indent = 0; // from the left of the column
    double space_before = 0;
    double space_after = 0;
};

// A marker drawn in the indent beside a text's first line.
enum class Marker { none, tick_box, bullet };

class Block {
public:
    virtual ~Block() = default;
    virtual void measure(double width) = 0;
    // Text is split between lines; other blocks are one piece.
    virtual int pieces() const { return 1; }
    virtual double piece_height(int piece) const = 0;
    virtual double space_before() const { return 0; }
    virtual double space_after() const { return 0; }
    // Draws pieces [first, last) with the top of `first` at y.
    virtual void draw(cairo_t* cr, double x, double y, int first, int last) const = 0;

    double height() const; // space before + every piece
    bool keep_with_next = false; // a heading is never left alone at a page's foot
};

// The measuring context: pango at 72 units per inch (so sizes are points),
// with hinting off so that a layout measures the same on paper and screen.
PangoContext* measuring_context();

// A pango layout of plain text (never markup: user text is not escaped
// into markup anywhere), wrapped at word or character boundaries.
class TextBlock : public Block {
public:
    TextBlock(std::string text, TextStyle style, Marker marker = Marker::none);
    ~TextBlock() override;
    TextBlock(const TextBlock&) = delete;
    TextBlock& operator=(const TextBlock&) = delete;

    void measure(double width) override;
    int pieces() const override { return static_cast<int>(line_tops_.size()); }
    double piece_height(int piece) const override;
    double space_before() const override { return style_.space_before; }
    double space_after() const override { return style_.space_after; }
    void draw(cairo_t* cr, double x, double y, int first, int last) const override;

    const std::string& text() const { return text_; }

private:
    std::string text_;
    TextStyle style_;
    Marker marker_;
    PangoLayout* layout_ = nullptr;
    std::vector<double> line_tops_;    // points, from the layout's top
    std::vector<double> line_heights_; // points
    std::vector<double> baselines_;    // points, from the layout's top
};

// Empty space, a rule, ruled lines to write on: drawn by a function.
class DrawnBlock : public Block {
public:
    using Draw = std::function<void(cairo_t*, double x, double y, double width)>;
    DrawnBlock(double height, Draw draw, double space_before = 0);
    void measure(double width) override { width_ = width; }
    double piece_height(int) const override { return height_; }
    double space_before() const override { return space_before_; }
    void draw(cairo_t* cr, double x, double y, int, int) const override { draw_(cr, x, y, width_); }

private:
    double height_;
    Draw draw_;
    double space_before_;
    double width_ = 0;
};

// A table row: cells of wrapped text in columns (widths as fractions of the
// column), on an optional background. Never split.
class RowBlock : public Block {
public:
    struct Cell {
        std::string text;
        TextStyle style;
        bool right = false; // numbers line up on the right
    };
    RowBlock(std::vector<Cell> cells, std::vector<double> fractions, bool shaded = false, bool rule_below = true);
    ~RowBlock() override;
    RowBlock(const RowBlock&) = delete;
    RowBlock& operator=(const RowBlock&) = delete;

    void measure(double width) override;
    double piece_height(int) const override { return height_; }
    void draw(cairo_t* cr, double x, double y, int, int) const override;

private:
    std::vector<Cell> cells_;
    std::vector<double> fractions_;
    bool shaded_;
    bool rule_below_;
    std::vector<PangoLayout*> layouts_;
    double width_ = 0;
    double height_ = 0;
};

// Ruled lines to write on by hand.
std::unique_ptr<Block> writing_lines(int lines, double spacing = 18);
// Vertical space.
std::unique_ptr<Block> space(double height);

} // namespace extramile::report
