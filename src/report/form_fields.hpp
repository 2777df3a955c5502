// Boxes to write in by hand, each named in its corner: who is interviewed,
// by whom, when. On the sheet's cover and at the top of each of its pages,
// so that a loose page still says whose it is.
#pragma once

#include "blocks.hpp"

#include <memory>
#include <string>
#include <vector>

namespace extramile::report {

struct FormField {
    std::string label;
    std::string value; // printed in the box when known
    double share = 1;  // of the row's width
};

// Draws the boxes side by side in the rectangle: the label in small muted
// type in each box's top-left corner, the value (if any) below it.
void draw_form_fields(cairo_t* cr, const std::vector<FormField>& fields, double x, double y, double width,
                      double height, double label_size);

// A box for notes, named in its corner, with ruled lines: kept whole, and
// grown by lines to fill a page's foot when what follows moves on.
class NotesBox : public Block {
public:
    NotesBox(std::string title, int lines, double space_before = 8);
    void measure(double width) override { width_ = width; }
    int pieces() const override { return lines_; }
    double piece_height(int piece) const override;
    double space_before() const override { return space_before_; }
    double stretch_step() const override { return LinesBlock::kSpacing; }
    void draw(cairo_t* cr, double x, double y, int first, int last) const override;

private:
    std::string title_;
    int lines_;
    double space_before_;
    double width_ = 0;
};

// A row of boxes as a block of the flow.
std::unique_ptr<Block> form_fields_block(std::vector<FormField> fields, double height, double label_size,
                                         double space_before = 0);

} // namespace extramile::report
