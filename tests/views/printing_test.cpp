// Print and print preview draw through DocumentPrintout onto the DC wx
// hands over; the page must come out as the report library draws it.
#include "wx_session.hpp"

#include "test_paths.hpp"

#include "app/printing.hpp"

#include "core/xml/rubric_xml.hpp"
#include "report/rubric_sheet.hpp"

#include <boost/test/unit_test.hpp>

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/image.h>

#include <cairo.h>

#include <cmath>
#include <cstdlib>

using namespace extramile;
using namespace extramile::test;

namespace {

struct Rendered {
    wxImage image;
    int pages = 0;
};

// Renders page `page` through the printout onto a 72 dpi bitmap, as the
// preview does: the printout is told of a printer of `printer_dpi`, whose
// pixels are not the bitmap's (wx's preview: 600 dpi pages on a screen bitmap).
Rendered through_printout(const app::DocumentFactory& make, int width_mm, int height_mm, int page,
                          int printer_dpi = 72) {
    const int w = static_cast<int>(std::lround(width_mm * 72 / 25.4));
    const int h = static_cast<int>(std::lround(height_mm * 72 / 25.4));
    const int pw = static_cast<int>(std::lround(width_mm * printer_dpi / 25.4));
    const int ph = static_cast<int>(std::lround(height_mm * printer_dpi / 25.4));
    wxBitmap bitmap(w, h, 24);
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    app::DocumentPrintout printout("test", make);
    printout.SetDC(&dc);
    printout.SetPageSizeMM(width_mm, height_mm);
    printout.SetPageSizePixels(pw, ph);
    printout.SetPaperRectPixels(wxRect(0, 0, pw, ph));
    printout.SetPPIPrinter(printer_dpi, printer_dpi);
    printout.SetPPIScreen(72, 72);
    printout.OnPreparePrinting();
    int min_page = 0, max_page = 0, from = 0, to = 0;
    printout.GetPageInfo(&min_page, &max_page, &from, &to);
    BOOST_REQUIRE(printout.OnPrintPage(page));
    dc.SelectObject(wxNullBitmap);
    return {bitmap.ConvertToImage(), max_page};
}

// The same page drawn by the report library straight onto a cairo image.
wxImage directly(const report::Document& document, int w, int h, int page) {
    auto* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    auto* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, w / document.setup().width, h / document.setup().height);
    document.draw_page(cr, page - 1);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    wxImage image(w, h);
    const auto* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto* p = data + y * stride + x * 4; // little-endian xRGB
            image.SetRGB(x, y, p[2], p[1], p[0]);
        }
    cairo_surface_destroy(surface);
    return image;
}

double share_of_dark(const wxImage& image) {
    long dark = 0;
    for (int y = 0; y < image.GetHeight(); ++y)
        for (int x = 0; x < image.GetWidth(); ++x)
            dark += image.GetRed(x, y) + image.GetGreen(x, y) + image.GetBlue(x, y) < 3 * 128;
    return double(dark) / (image.GetWidth() * image.GetHeight());
}

double share_differing(const wxImage& a, const wxImage& b) {
    long differ = 0;
    for (int y = 0; y < a.GetHeight(); ++y)
        for (int x = 0; x < a.GetWidth(); ++x)
            differ += std::abs(a.GetRed(x, y) - b.GetRed(x, y)) + std::abs(a.GetGreen(x, y) - b.GetGreen(x, y)) +
                          std::abs(a.GetBlue(x, y) - b.GetBlue(x, y)) > 96;
    return double(differ) / (a.GetWidth() * a.GetHeight());
}

} // namespace

BOOST_AUTO_TEST_SUITE(printing)

BOOST_AUTO_TEST_CASE(a_printed_page_is_the_report_page) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    app::DocumentFactory make = [&](const report::PageSetup& setup) {
        return report::rubric_sheet(rubric, "es", setup);
    };
    const auto printed = through_printout(make, 210, 297, 1);
    const auto document = make(report::PageSetup::for_paper(report::Paper::a4));
    BOOST_TEST(printed.pages == document->page_count());
    const auto reference = directly(*document, printed.image.GetWidth(), printed.image.GetHeight(), 1);
    BOOST_TEST(share_of_dark(reference) > 0.005); // there is a page to compare
    BOOST_TEST(share_of_dark(printed.image) > 0.005);
    BOOST_TEST(share_differing(printed.image, reference) < 0.01);
}

BOOST_AUTO_TEST_CASE(the_preview_scales_a_600_dpi_page_to_its_bitmap) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    app::DocumentFactory make = [&](const report::PageSetup& setup) {
        return report::rubric_sheet(rubric, "en", setup);
    };
    const auto previewed = through_printout(make, 210, 297, 1, 600);
    const auto document = make(report::PageSetup::for_paper(report::Paper::a4));
    const auto reference = directly(*document, previewed.image.GetWidth(), previewed.image.GetHeight(), 1);
    BOOST_TEST(share_of_dark(previewed.image) > 0.005);
    BOOST_TEST(share_differing(previewed.image, reference) < 0.01);
}

BOOST_AUTO_TEST_CASE(the_layout_follows_the_paper_the_printer_uses) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    double width_seen = 0;
    app::DocumentFactory make = [&](const report::PageSetup& setup) {
        width_seen = setup.width;
        return report::rubric_sheet(rubric, "en", setup);
    };
    through_printout(make, 216, 279, 1); // US Letter
    BOOST_TEST(std::abs(width_seen - 612.0) < 2.0);
    through_printout(make, 210, 297, 1); // A4
    BOOST_TEST(std::abs(width_seen - 595.3) < 2.0);
}

BOOST_AUTO_TEST_SUITE_END()
