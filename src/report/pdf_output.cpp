#include "pdf_output.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/base/file_error.hpp"

#include <cairo-pdf.h>

namespace extramile::report {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

std::string pdf_bytes(const Document& document) {
    std::string bytes;
    const auto& setup = document.setup();
    auto* surface = cairo_pdf_surface_create_for_stream(append, &bytes, setup.width, setup.height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title().c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Extra Mile");
    auto* cr = cairo_create(surface);
    for (int page = 0; page < document.page_count(); ++page) {
        document.draw_page(cr, page);
        cairo_show_page(cr);
    }
    const auto status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const auto surface_status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || surface_status != CAIRO_STATUS_SUCCESS)
        throw FileError("", 0, std::string("the PDF could not be drawn: ") +
                                   cairo_status_to_string(status != CAIRO_STATUS_SUCCESS ? status : surface_status));
    return bytes;
}

void write_pdf(const Document& document, const std::filesystem::path& out) {
    write_file_atomically(out, pdf_bytes(document), 0600);
}

} // namespace extramile::report
