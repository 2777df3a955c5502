// chain-check: one console program linking every library of the Windows
// chain. It prints "name: value" lines that chain-check/run compares with the
// same computations done on Linux, and writes chain-check.pdf and
// chain-check.xlsx into --out-dir.
// winsock2.h before windows.h (which cairo-win32.h and wx bring in)
#include <winsock2.h>

#include <cairo-pdf.h>
#include <cairo-win32.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <openssl/evp.h>

#include <unicode/normalizer2.h>
#include <unicode/uclean.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <boost/locale.hpp>
#include <boost/program_options.hpp>
#include <boost/version.hpp>

#include <nlohmann/json.hpp>
#include <tinyxml2.h>
#include <xlsxwriter.h>

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/init.h>
#include <wx/print.h>
#include <wx/xml/xml.h>
#include <wx/xrc/xmlres.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

int failures = 0;

void report(const std::string& name, const std::string& value)
{
    std::cout << name << ": " << value << std::endl;
}

void fail(const std::string& name, const std::string& why)
{
    ++failures;
    std::cout << name << ": FAILED " << why << std::endl;
}

std::string hex(const unsigned char* data, size_t size)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < size; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 15];
    }
    return out;
}

// The first cairo call on purpose locks a cairo mutex that no earlier call
// initialised (the win32 font-face cache): in a static cairo 1.16 without
// the chain's patch (patches/cairo-static-mutex-init.patch) it hangs here.
void check_cairo_first_mutex()
{
    LOGFONTW lf{};
    lf.lfHeight = -12;
    lf.lfWeight = FW_NORMAL;
    wcscpy(lf.lfFaceName, L"Arial");
    cairo_font_face_t* face = cairo_win32_font_face_create_for_logfontw(&lf);
    const bool ok = cairo_font_face_status(face) == CAIRO_STATUS_SUCCESS;
    cairo_font_face_destroy(face);
    if (ok)
        report("cairo-first-mutex", "ok");
    else
        fail("cairo-first-mutex", "no win32 font face");
}

void check_pdf(const std::string& dir, const std::string& text)
{
    const std::string path = dir + "/chain-check.pdf";
    cairo_surface_t* surface = cairo_pdf_surface_create(path.c_str(), 595, 842);
    cairo_t* cr = cairo_create(surface);
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* font = pango_font_description_from_string("Sans 18");
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.c_str(), -1);
    cairo_move_to(cr, 72, 72);
    pango_cairo_show_layout(cr, layout);
    int width = 0, height = 0;
    pango_layout_get_pixel_size(layout, &width, &height);
    pango_font_description_free(font);
    g_object_unref(layout);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS || width <= 0)
        fail("pdf", cairo_status_to_string(status));
    else
        report("pdf", path + " (text " + std::to_string(width) + "x" + std::to_string(height) + " px)");
    report("cairo", cairo_version_string());
    report("pango", pango_version_string());
}

void check_sha256(const std::string& text)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(text.data(), text.size(), digest, &size, EVP_sha256(), nullptr) != 1)
        fail("sha256", "EVP_Digest");
    else
        report("sha256", hex(digest, size));
    report("openssl", OpenSSL_version(OPENSSL_VERSION));
}

void check_icu(const std::string& text)
{
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(error);
    if (U_FAILURE(error)) {
        fail("icu", u_errorName(error));
        return;
    }
    icu::UnicodeString normal = nfc->normalize(icu::UnicodeString::fromUTF8(text), error);
    if (U_FAILURE(error)) {
        fail("icu", u_errorName(error));
        return;
    }
    std::string nfc_utf8, folded_utf8;
    normal.toUTF8String(nfc_utf8);
    normal.foldCase().toUTF8String(folded_utf8);
    report("icu-nfc", hex(reinterpret_cast<const unsigned char*>(nfc_utf8.data()), nfc_utf8.size()));
    report("icu-nfc-casefold", hex(reinterpret_cast<const unsigned char*>(folded_utf8.data()),
                                   folded_utf8.size()));
    report("icu", U_ICU_VERSION);
}

void check_boost_locale()
{
    boost::locale::generator generator;  // loads nothing
    std::string backends;
    for (const std::string& name : boost::locale::localization_backend_manager::global().get_all_backends())
        backends += (backends.empty() ? "" : ",") + name;
    report("boost-locale-backends", backends);
    report("boost", BOOST_LIB_VERSION);
}

void check_xlsx(const std::string& dir, const std::string& text)
{
    const std::string path = dir + "/chain-check.xlsx";
    lxw_workbook* workbook = workbook_new(path.c_str());
    if (!workbook) {
        fail("xlsx", "workbook_new");
        return;
    }
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_write_string(sheet, 0, 0, text.c_str(), nullptr);
    worksheet_write_number(sheet, 0, 1, 2.5, nullptr);
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        fail("xlsx", lxw_strerror(error));
    else
        report("xlsx", path);
    report("libxlsxwriter", LXW_VERSION);
}

void check_tinyxml2(const std::string& text)
{
    tinyxml2::XMLDocument doc;
    const std::string xml = "<rubric><name>" + text + "</name></rubric>";
    if (doc.Parse(xml.c_str()) != tinyxml2::XML_SUCCESS) {
        fail("tinyxml2", doc.ErrorStr());
        return;
    }
    const char* name = doc.FirstChildElement("rubric")->FirstChildElement("name")->GetText();
    if (name && name == text)
        report("tinyxml2", "ok");
    else
        fail("tinyxml2", "read back a different text");
}

void check_json(const std::string& text)
{
    nlohmann::json j = {{"name", text}, {"score", 3}};
    nlohmann::json back = nlohmann::json::parse(j.dump());
    if (back["name"] == text && back["score"] == 3)
        report("json", "ok");
    else
        fail("json", "round trip");
}

class CheckPrintout : public wxPrintout {
public:
    CheckPrintout() : wxPrintout("chain-check") {}
    bool OnPrintPage(int) override { return true; }
};

void check_wx()
{
    wxFrame* frame = new wxFrame(nullptr, wxID_ANY, "chain-check");
    new wxHtmlWindow(frame, wxID_ANY);
    CheckPrintout printout;
    wxXmlResource::Get()->InitAllHandlers();
    wxXmlDocument doc;
    const bool ok = printout.GetTitle() == "chain-check" && frame->GetTitle() == "chain-check";
    frame->Destroy();
    if (ok)
        report("wx", std::string(wxString(wxVERSION_STRING).utf8_str()));
    else
        fail("wx", "frame or printout");
}

}  // namespace

int main(int argc, char** argv)
{
    namespace po = boost::program_options;
    po::options_description options("chain-check");
    options.add_options()("out-dir", po::value<std::string>()->default_value("."), "where to write files")(
        "no-wx", "skip the wxWidgets check");
    po::variables_map args;
    po::store(po::parse_command_line(argc, argv, options), args);
    po::notify(args);
    const std::string dir = args["out-dir"].as<std::string>();

    check_cairo_first_mutex();
    // "Íñigo" decomposed (I + combining acute, n + combining tilde): NFC composes it
    const std::string decomposed = "I\xcc\x81n\xcc\x83igo";
    const std::string text = "Extra Mile: \xc3\x8d\xc3\xb1igo";
    check_sha256(text);
    check_icu(decomposed);
    check_pdf(dir, text);
    check_boost_locale();
    check_xlsx(dir, text);
    check_tinyxml2(text);
    check_json(text);
    if (!args.count("no-wx")) {
        wxApp::SetInstance(new wxApp);  // a GUI app object, so that frames can be made
        wxInitializer init(argc, argv);
        if (!init.IsOk())
            fail("wx", "wxInitializer");
        else
            check_wx();
    }
    u_cleanup();
    std::cout << "chain-check: " << (failures == 0 ? "ok" : "FAILED") << std::endl;
    return failures == 0 ? 0 : 1;
}
