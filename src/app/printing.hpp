// Print, print preview and PDF export of the report pages. The pages are
// laid out by src/report for the paper actually chosen, and drawn by the same
// cairo routine that writes headless PDFs.
#pragma once

#include "report/document.hpp"
#include "report/page_setup.hpp"

#include <wx/print.h>

#include <functional>
#include <memory>

class wxFrame;
class wxWindow;

namespace extramile::app {

// Lays a document out for a page; called again if the paper changes.
using DocumentFactory = std::function<std::unique_ptr<report::Document>(const report::PageSetup&)>;

class DocumentPrintout : public wxPrintout {
public:
    DocumentPrintout(const wxString& title, DocumentFactory make);

    void OnPreparePrinting() override;
    bool HasPage(int page) override;
    void GetPageInfo(int* min_page, int* max_page, int* from, int* to) override;
    bool OnPrintPage(int page) override;

    const report::Document* Document() const { return document_.get(); }

private:
    DocumentFactory make_;
    std::unique_ptr<report::Document> document_;
};

// The paper of the preferences (A4 or US Letter), as a page for headless use.
report::PageSetup PreferredPageSetup();

void PrintDocument(wxWindow* parent, const wxString& title, const DocumentFactory& make);
void PreviewDocument(wxWindow* parent, const wxString& title, const DocumentFactory& make);
// Asks where, writes the PDF atomically, and explains any failure. Returns
// true when a file was written.
bool ExportPdf(wxWindow* parent, const wxString& suggested_name, const DocumentFactory& make);
// File > Page setup: the paper and orientation the next print uses.
void PageSetupDialog(wxWindow* parent);

} // namespace extramile::app
