// Windows open inside the screen's work area (the display minus panels and
// docks), whatever size they ask for or were left at: at 1280x720 a window
// opened 735 px tall with its buttons off-screen, and the start page
// needed 1304 px at 1.5x scale.
#pragma once

class wxTopLevelWindow;

namespace extramile::app {

// Shrinks the window (and its minimum size) to the work area of the display
// it is on, and moves it wholly inside it.
void FitInsideDisplay(wxTopLevelWindow& window);

} // namespace extramile::app
