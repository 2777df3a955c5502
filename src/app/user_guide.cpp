#include "user_guide.hpp"

#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/utils.h>

namespace extramile::app {

namespace {

// The language the UI speaks now ("es", "it"; English when untranslated).
wxString UiLanguage() {
    auto* translations = wxTranslations::Get();
    const wxString best = translations ? translations->GetBestTranslation("extramile", wxLANGUAGE_ENGLISH_US) : "";
    return best.BeforeFirst('_');
}

class UserGuideFrame : public wxFrame {
public:
    explicit UserGuideFrame(wxWindow* parent) : wxFrame(parent, wxID_ANY, _("Extra Mile user guide")) {
        // Screenshots are PNGs; wx knows only BMP until told.
        if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
            wxImage::AddHandler(new wxPNGHandler);
        html_ = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_DEFAULT_STYLE, "user_guide");
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(html_, 1, wxEXPAND);
        SetSizer(sizer);
        // Pages of the guide open here; the web opens in the browser.
        html_->Bind(wxEVT_HTML_LINK_CLICKED, [](wxHtmlLinkEvent& e) {
            const wxString href = e.GetLinkInfo().GetHref();
            if (href.StartsWith("http:") || href.StartsWith("https:") || href.StartsWith("mailto:"))
                wxLaunchDefaultBrowser(href);
            else
                e.Skip();
        });
        SetSize(FromDIP(wxSize(860, 700)));
    }
    void Open(const wxString& page) {
        page_ = page;
        html_->LoadFile(wxFileName(page));
    }
    const wxString& Page() const { return page_; }

private:
    wxHtmlWindow* html_ = nullptr;
    wxString page_;
};

UserGuideFrame* open_guide = nullptr;

} // namespace

wxString FindUserGuide(const wxString& language) {
    const auto exe = wxFileName(wxStandardPaths::Get().GetExecutablePath()).GetPath();
    wxArrayString folders;
    wxString listed;
    if (wxGetEnv("EXTRAMILE_HELP_PATH", &listed))
        folders.push_back(listed);
    folders.push_back(exe + "/help");
    folders.push_back(exe + "/../share/doc/extramile/html");
    folders.push_back("/usr/share/doc/extramile/html");
    for (const auto& folder : folders) {
        for (const wxString& name : {language.empty() || language == "en" ? wxString() : "index." + language + ".html",
                                     wxString("index.html")}) {
            if (name.empty())
                continue;
            wxFileName page(folder, name);
            page.Normalize(wxPATH_NORM_DOTS | wxPATH_NORM_ABSOLUTE);
            if (page.FileExists())
                return page.GetFullPath();
        }
    }
    return {};
}

void ShowUserGuide(wxWindow* parent) {
    const auto page = FindUserGuide(UiLanguage());
    if (page.empty()) {
        wxMessageBox(_("The user guide is not installed with this copy of Extra Mile. It is the README.md "
                       "file of the source, and is installed in /usr/share/doc/extramile/html."),
                     _("User guide"), wxOK | wxICON_INFORMATION, parent);
        return;
    }
    if (!open_guide) {
        // Not owned by `parent`: the guide stays open when the window it was asked from closes.
        open_guide = new UserGuideFrame(nullptr);
        open_guide->Bind(wxEVT_DESTROY, [](wxWindowDestroyEvent& e) {
            if (e.GetEventObject() == open_guide)
                open_guide = nullptr;
            e.Skip();
        });
    }
    if (open_guide->Page() != page)
        open_guide->Open(page);
    open_guide->Show();
    open_guide->Raise();
}

bool IsUserGuide(const wxWindow* window) { return window && window == open_guide; }

} // namespace extramile::app
