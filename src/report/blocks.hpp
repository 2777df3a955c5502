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

    // How pagination may cut (flow.hpp). A block may break between its
    // pieces unless it is kept together; a cut leaves at least `orphans`
    // pieces at the foot of a page and `widows` at the top of the next.
    bool keep_together = false;
    bool keep_with_next = false; // a heading is never left alone at a page's foot
    int keep_with_previous = 0;  // the last N pieces of the block before go with this one
    int orphans = 1, widows = 1;
    // Room to write in may grow by whole pieces to fill a page's foot, where
    // the block after it has to move on to the next page; draw() is then
    // asked for more pieces than pieces().
    bool stretch = false;
    virtual double stretch_step() const { return pieces() > 0 ? piece_height(0) : 0; }
    int max_growth = 1 << 20; // pieces it may grow by
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
    using DrawSized = std::function<void(cairo_t*, double x, double y, double width, double height)>;
    DrawnBlock(double height, Draw draw, double space_before = 0);
    // A drawing that may grow by `step` points up to `max_height` to fill a
    // page's foot (a chart): it is drawn at the height it was given.
    DrawnBlock(double height, double step, double max_height, DrawSized draw);
    void measure(double width) override { width_ = width; }
    double piece_height(int) const override { return height_; }
    double space_before() const override { return space_before_; }
    double stretch_step() const override { return step_ > 0 ? step_ : height_; }
    void draw(cairo_t* cr, double x, double y, int first, int last) const override;

private:
    double height_;
    Draw draw_;
    DrawSized draw_sized_;
    double space_before_ = 0;
    double step_ = 0;
    double width_ = 0;
};

// A table row: cells of wrapped text in columns (widths as fractions of the
// column), on an optional background. Kept together; a row taller than a
// page is cut between the lines of its tallest cell.
class RowBlock : public Block {
public:
    struct Cell {
        Cell(std::string t, TextStyle s, bool r = false, std::string d = {})
            : text(std::move(t)), style(s), right(r), detail(std::move(d)) {}
        std::string text;
        TextStyle style;
        bool right = false; // numbers line up on the right
        // A second line in smaller, muted type (a candidate's role under the name).
        std::string detail;
        // Bold words run in before the text ("1 No evidence" before an anchor).
        std::string lead;
        // Headers wrap between words only (their column is as wide as their
        // longest word); other text may break a word too long for its cell.
        bool break_words = true;
        double hanging = 0; // lines after the first start this much further right (a tick box's text)
    };
    static constexpr double kPadding = 3; // around each cell's text
    RowBlock(std::vector<Cell> cells, std::vector<double> fractions, bool shaded = false, bool rule_below = true);
    // The cells' text: what tests read back.
    const std::vector<Cell>& cells() const { return cells_; }
    // Each cell's width in points, once measured.
    std::vector<double> cell_widths() const;
    ~RowBlock() override;
    RowBlock(const RowBlock&) = delete;
    RowBlock& operator=(const RowBlock&) = delete;

    void measure(double width) override;
    double space_before() const override { return space_before_; }
    void set_space_before(double points) { space_before_ = points; }
    int pieces() const override { return static_cast<int>(band_ends_.size()); }
    double piece_height(int piece) const override;
    void draw(cairo_t* cr, double x, double y, int first, int last) const override;

private:
    double band_top(int piece) const { return piece == 0 ? 0 : band_ends_.at(piece - 1); }

    std::vector<Cell> cells_;
    std::vector<double> fractions_;
    bool shaded_;
    bool rule_below_;
    std::vector<PangoLayout*> layouts_;
    double width_ = 0;
    double height_ = 0;
    std::vector<double> band_ends_; // where each piece ends, from the row's top
    double space_before_ = 0;
};

// Ruled lines to write on by hand, one piece per line: the room may go on
// over a page break and grows to fill a page's foot.
class LinesBlock : public Block {
public:
    explicit LinesBlock(int lines, double spacing = kSpacing);
    void measure(double width) override { width_ = width; }
    int pieces() const override { return lines_; }
    double piece_height(int) const override { return spacing_; }
    // `last` may pass pieces() when the room grew.
    void draw(cairo_t* cr, double x, double y, int first, int last) const override;

    static constexpr double kSpacing = 18; // 6.35 mm, a wide-ruled line for quick handwriting

private:
    int lines_;
    double spacing_;
    double width_ = 0;
};

// The width of `text` on one line, in points, as the pages measure it.
double text_width(const std::string& text, const TextStyle& style);
// Draws `text` wrapped to `width` with its top-left corner at (x, y);
// returns its height. For blocks that draw text among lines and boxes.
double draw_text(cairo_t* cr, const std::string& text, const TextStyle& style, double x, double y, double width);

std::unique_ptr<Block> writing_lines(int lines, double spacing = LinesBlock::kSpacing);
// Vertical space.
std::unique_ptr<Block> space(double height);

} // namespace extramile::report
