// Colours that read on the theme's background, light or dark: a colour we
// choose (the flags' green and red, the late timer's amber) is darkened or
// lightened until it meets the 4.5:1 contrast WCAG asks of body text, and
// quiet text (the probes) is a shade of the theme's own text colour, never
// the theme's "disabled" grey.
#pragma once

#include <wx/colour.h>

namespace extramile::app {

// WCAG 2 contrast ratio, 1 (none) to 21 (black on white).
double ContrastRatio(const wxColour& a, const wxColour& b);

// `wanted` itself when it reads on `background`, else the nearest darker
// (on light) or lighter (on dark) shade that does.
wxColour ReadableOn(const wxColour& wanted, const wxColour& background);

// The text colour moved toward the background as far as it still reads.
wxColour SubduedOn(const wxColour& text, const wxColour& background);

} // namespace extramile::app
