// The Print preview / Print / Export PDF (and Page setup) items of every
// window's File menu, made in one place for each kind of printed page, and
// carried out in one place.
#pragma once

#include "printing.hpp"

#include <functional>
#include <vector>

class wxFrame;
class wxMenu;

namespace extramile::app {

enum class PrintAction { preview, print, export_pdf };
enum class Printed { blank_sheet, this_scorecard, comparison, debrief };

struct PrintItems {
    bool accelerators = true; // Ctrl+Shift+P, Ctrl+P, Ctrl+E (one set per window)
    bool export_only = false; // only "Export ... as PDF" (a window's second kind of page)
    bool page_setup = true;
};

// Appends the items for `what` to `menu`, each bound on `frame` to `act`;
// returns their ids (to enable them with the window's state).
std::vector<int> AppendPrintItems(wxMenu& menu, wxFrame& frame, Printed what, std::function<void(PrintAction)> act,
                      PrintItems items = {});

// Does `action` with the document `make` lays out: a preview, the print
// dialog, or a PDF written where the user says (named `pdf_name` at first).
void RunPrintAction(wxWindow* parent, PrintAction action, const wxString& title, const wxString& pdf_name,
                    const DocumentFactory& make);

} // namespace extramile::app
