// DcCairo on wxMSW: a cairo surface on the DC's HDC. A printer DC (and the
// enhanced metafile wxMSW's print preview draws into, made like the
// printer's) takes a printing surface, which emits GDI drawing calls and
// text as text; a screen or bitmap DC takes an ordinary win32 surface.
#include "dc_cairo.hpp"

#include <wx/dc.h>
#include <wx/graphics.h>

#include <cairo-win32.h>
#include <windows.h>

namespace extramile::app {

DcCairo::DcCairo(wxDC& dc) {
    const auto hdc = static_cast<HDC>(dc.GetHDC());
    if (!hdc)
        return;
    const int technology = ::GetDeviceCaps(hdc, TECHNOLOGY);
    const bool printing = technology == DT_RASPRINTER || technology == DT_METAFILE;
    cairo_surface_t* surface =
        printing ? cairo_win32_printing_surface_create(hdc) : cairo_win32_surface_create(hdc);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surface);
        return;
    }
    cr_ = cairo_create(surface);
    cairo_surface_destroy(surface); // the context keeps it
    owned_ = true;
}

DcCairo::~DcCairo() {
    if (!owned_)
        return;
    cairo_surface_t* surface = cairo_get_target(cr_);
    // A printing surface records the page and plays it to the HDC when the
    // page is shown; wx's printout then ends the page (EndPage) itself.
    if (cairo_surface_get_type(surface) == CAIRO_SURFACE_TYPE_WIN32_PRINTING)
        cairo_show_page(cr_);
    cairo_surface_finish(surface);
    cairo_destroy(cr_);
}

} // namespace extramile::app
