#include "print_menu.hpp"

#include <wx/frame.h>
#include <wx/menu.h>

namespace extramile::app {

namespace {

struct Labels {
    wxString preview, print, export_pdf;
};

Labels LabelsOf(Printed what) {
    switch (what) {
    case Printed::blank_sheet:
        return {_("Print pre&view of a blank sheet"), _("&Print a blank sheet…"), _("Export a &blank sheet as PDF…")};
    case Printed::this_scorecard:
        return {_("Print pre&view of this scorecard"), _("&Print this scorecard…"),
                _("&Export this scorecard as PDF…")};
    case Printed::debrief:
        return {_("Print preview of the selected candidates' debrie&fs"), _("Print the selected candidates' de&briefs…"),
                _("Export the selected candidates' debriefs as P&DF…")};
    case Printed::comparison:
        break;
    }
    return {_("Print pre&view"), _("&Print…"), _("&Export PDF…")};
}

} // namespace

std::vector<int> AppendPrintItems(wxMenu& menu, wxFrame& frame, Printed what, std::function<void(PrintAction)> act,
                                  PrintItems items) {
    const auto labels = LabelsOf(what);
    std::vector<int> ids;
    const auto add = [&](const wxString& label, const char* accelerator, PrintAction action) {
        const int id = action == PrintAction::print && items.accelerators ? int(wxID_PRINT) : wxWindow::NewControlId();
        menu.Append(id, label + (items.accelerators ? wxString(accelerator) : wxString()));
        frame.Bind(wxEVT_MENU, [act, action](wxCommandEvent&) { act(action); }, id);
        ids.push_back(id);
    };
    if (!items.export_only) {
        add(labels.preview, "\tCtrl+Shift+P", PrintAction::preview);
        add(labels.print, "\tCtrl+P", PrintAction::print);
    }
    add(labels.export_pdf, "\tCtrl+E", PrintAction::export_pdf);
    if (items.page_setup && !items.export_only) {
        const int id = wxWindow::NewControlId();
        menu.Append(id, _("Page set&up…"));
        frame.Bind(wxEVT_MENU, [&frame](wxCommandEvent&) { PageSetupDialog(&frame); }, id);
    }
    return ids;
}

void RunPrintAction(wxWindow* parent, PrintAction action, const wxString& title, const wxString& pdf_name,
                    const DocumentFactory& make) {
    switch (action) {
    case PrintAction::preview:
        PreviewDocument(parent, title, make);
        break;
    case PrintAction::print:
        PrintDocument(parent, title, make);
        break;
    case PrintAction::export_pdf:
        ExportPdf(parent, pdf_name, make);
        break;
    }
}

} // namespace extramile::app
