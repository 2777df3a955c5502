#include "printing.hpp"

#include "app_config.hpp"
#include "dc_cairo.hpp"
#include "wx_text.hpp"

#include "core/base/file_error.hpp"
#include "report/pdf_output.hpp"

#include <wx/dc.h>
#include <wx/filedlg.h>
#include <wx/frame.h>
#include <wx/msgdlg.h>
#include <wx/printdlg.h>

namespace extramile::app {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// One print setup for the session, so the paper chosen once stays chosen.
wxPrintData& SessionPrintData() {
    static wxPrintData data = [] {
        wxPrintData d;
        d.SetPaperId(AppConfig::PaperSize() == "letter" ? wxPAPER_LETTER : wxPAPER_A4);
        return d;
    }();
    return data;
}

} // namespace

report::PageSetup PreferredPageSetup() {
    return report::PageSetup::for_paper(AppConfig::PaperSize() == "letter" ? report::Paper::letter
                                                                            : report::Paper::a4);
}

DocumentPrintout::DocumentPrintout(const wxString& title, DocumentFactory make)
    : wxPrintout(title), make_(std::move(make)) {}

void DocumentPrintout::OnPreparePrinting() {
    // Lay the pages out for the paper the print dialog or preview settled on.
    int width_mm = 0, height_mm = 0;
    GetPageSizeMM(&width_mm, &height_mm);
    auto setup = PreferredPageSetup();
    if (width_mm > 0 && height_mm > 0) {
        setup.width = width_mm * kPointsPerMm;
        setup.height = height_mm * kPointsPerMm;
    }
    document_ = make_(setup);
}

bool DocumentPrintout::HasPage(int page) { return document_ && page >= 1 && page <= document_->page_count(); }

void DocumentPrintout::GetPageInfo(int* min_page, int* max_page, int* from, int* to) {
    const int pages = document_ ? document_->page_count() : 0;
    *min_page = pages > 0 ? 1 : 0;
    *max_page = pages;
    *from = *min_page;
    *to = pages;
}

bool DocumentPrintout::OnPrintPage(int page) {
    wxDC* dc = GetDC();
    if (!dc || !HasPage(page))
        return false;
    // The preview's drawing or the printer's (whose units are printer pixels).
    const DcCairo cairo(*dc);
    cairo_t* cr = cairo.get();
    if (!cr)
        return false;
    // The page in printer pixels, and the DC's own size: the same when
    // printing, a bitmap on screen when previewing (as FitThisSizeToPaper
    // reckons it). The paper rectangle is in printer pixels too.
    int width_px = 0, height_px = 0;
    GetPageSizePixels(&width_px, &height_px);
    int dc_width = 0, dc_height = 0;
    dc->GetSize(&dc_width, &dc_height);
    if (width_px <= 0 || height_px <= 0 || dc_width <= 0 || dc_height <= 0)
        return false;
    const double to_dc_x = double(dc_width) / width_px;
    const double to_dc_y = double(dc_height) / height_px;
    const auto& setup = document_->setup();
    const wxRect paper = GetPaperRectPixels();
    cairo_save(cr);
    cairo_translate(cr, paper.x * to_dc_x, paper.y * to_dc_y);
    cairo_scale(cr, paper.width * to_dc_x / setup.width, paper.height * to_dc_y / setup.height);
    document_->draw_page(cr, page - 1);
    cairo_restore(cr);
    return true;
}

void PrintDocument(wxWindow* parent, const wxString& title, const DocumentFactory& make) {
    wxPrintDialogData dialog_data(SessionPrintData());
    wxPrinter printer(&dialog_data);
    DocumentPrintout printout(title, make);
    if (printer.Print(parent, &printout, true)) {
        SessionPrintData() = printer.GetPrintDialogData().GetPrintData();
    } else if (wxPrinter::GetLastError() == wxPRINTER_ERROR) {
        wxMessageBox(_("The document could not be printed. Check the printer, or export a PDF instead."),
                     _("Print"), wxOK | wxICON_ERROR, parent);
    }
}

void PreviewDocument(wxWindow* parent, const wxString& title, const DocumentFactory& make) {
    wxPrintDialogData dialog_data(SessionPrintData());
    auto* preview = new wxPrintPreview(new DocumentPrintout(title, make), new DocumentPrintout(title, make),
                                       &dialog_data);
    if (!preview->IsOk()) {
        delete preview;
        wxMessageBox(_("The print preview could not be prepared."), _("Print preview"), wxOK | wxICON_ERROR,
                     parent);
        return;
    }
    auto* frame = new wxPreviewFrame(preview, parent, _("Print preview") + " \u2013 " + title,
                                     wxDefaultPosition, parent ? parent->FromDIP(wxSize(900, 720)) : wxSize(900, 720));
    frame->Centre();
    frame->Initialize();
    frame->Show();
}

bool ExportPdf(wxWindow* parent, const wxString& suggested_name, const DocumentFactory& make) {
    wxFileDialog dialog(parent, _("Export PDF"), AppConfig::ExportFolder(), suggested_name,
                        _("PDF files (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return false;
    wxString path = dialog.GetPath();
    if (!path.Lower().EndsWith(".pdf"))
        path += ".pdf";
    try {
        report::write_pdf(*make(PreferredPageSetup()), ToPath(path));
        AppConfig::SetExportFolder(dialog.GetDirectory());
        // Said where it went, as every export does.
        if (auto* frame = dynamic_cast<wxFrame*>(wxGetTopLevelParent(parent)); frame && frame->GetStatusBar())
            frame->SetStatusText(wxString::Format(_("Exported to %s"), path), 0);
        return true;
    } catch (const FileError& e) {
        wxMessageBox(_("The PDF could not be written:") + "\n\n" + FromUtf8(describe(e.problems())),
                     _("Export PDF"), wxOK | wxICON_ERROR, parent);
        return false;
    } catch (const std::exception& e) {
        wxMessageBox(_("The PDF could not be made, and nothing was written:") + "\n\n" + FromUtf8(e.what()),
                     _("Export PDF"), wxOK | wxICON_ERROR, parent);
        return false;
    }
}

void PageSetupDialog(wxWindow* parent) {
    wxPageSetupDialogData data(SessionPrintData());
    wxPageSetupDialog dialog(parent, &data);
    if (dialog.ShowModal() == wxID_OK)
        SessionPrintData() = dialog.GetPageSetupData().GetPrintData();
}

} // namespace extramile::app
