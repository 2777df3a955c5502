// Laid-out pages that any cairo context can draw: a PDF surface, the
// printer's context, the print preview's, a window's.
#pragma once

#include "page_setup.hpp"

#include <cairo.h>

#include <string>

namespace extramile::report {

class Document {
public:
    virtual ~Document() = default;
    virtual int page_count() const = 0;
    // Draws page `index` (0-based) with the origin at the page's top-left
    // corner, in points; the caller scales `cr` for its device.
    virtual void draw_page(cairo_t* cr, int index) const = 0;
    virtual const PageSetup& setup() const = 0;
    virtual std::string title() const = 0; // e.g. a print job's name
};

} // namespace extramile::report
