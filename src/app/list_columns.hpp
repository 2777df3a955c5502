// Report lists sized to what they hold: fonts, scales and languages differ
// too much for fixed column widths.
#pragma once

class wxListCtrl;

namespace extramile::app {

// Each column as wide as its header or its widest cell, whichever is wider.
void FitColumns(wxListCtrl& list);

} // namespace extramile::app
