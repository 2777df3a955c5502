// DcCairo on wxGTK: wx already draws with cairo, so its context is borrowed.
#include "dc_cairo.hpp"

#include <wx/dc.h>
#include <wx/dcclient.h>
#include <wx/graphics.h>

namespace extramile::app {

DcCairo::DcCairo(wxDC& dc) {
    // The printer's DC and the preview bitmap's have a graphics context of
    // their own; a window's paint DC gets one from wx's cairo renderer.
    if (auto* gc = dc.GetGraphicsContext())
        cr_ = static_cast<cairo_t*>(gc->GetNativeContext());
    else if (auto* window = dynamic_cast<wxWindowDC*>(&dc)) {
        context_.reset(wxGraphicsRenderer::GetCairoRenderer()->CreateContext(*window));
        if (context_)
            cr_ = static_cast<cairo_t*>(context_->GetNativeContext());
    } else
        cr_ = static_cast<cairo_t*>(dc.GetHandle());
}

DcCairo::~DcCairo() = default;

} // namespace extramile::app
