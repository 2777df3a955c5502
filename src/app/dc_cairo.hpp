// A cairo context drawing on a wxDC: how the printed pages and the radar
// chart (drawn by src/report, always with cairo) reach a window, the print
// preview and the printer. wxGTK draws with cairo itself and hands its
// context over (dc_cairo_gtk.cpp); wxMSW draws with GDI, so a cairo surface
// is made on the DC's HDC (dc_cairo_msw.cpp): a printing surface for a
// printer or the preview's metafile, an ordinary one for the screen. (wx's
// own cairo renderer on MSW would load a cairo DLL of its own beside the
// static one.)
#pragma once

#include <cairo.h>

#include <memory>

class wxDC;
class wxGraphicsContext;

namespace extramile::app {

class DcCairo {
public:
    explicit DcCairo(wxDC& dc);
    // Finishes the drawing: on MSW that is when a printing surface emits it.
    ~DcCairo();
    DcCairo(const DcCairo&) = delete;
    DcCairo& operator=(const DcCairo&) = delete;

    // nullptr when the DC offers no way to draw with cairo.
    cairo_t* get() const { return cr_; }

private:
    cairo_t* cr_ = nullptr;
    bool owned_ = false; // cr_ (and its surface) made here, not borrowed from wx
    std::unique_ptr<wxGraphicsContext> context_;
};

} // namespace extramile::app
