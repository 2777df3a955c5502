// Help > User guide (F1) from inside the app: the handler the menu item is
// bound to finds the guide rendered into the build tree from README.md and
// shows it in its own window, no browser needed; in the UI's language where
// a translated guide exists, else in English.
#include "wx_session.hpp"

#include "test_paths.hpp"

#include "app/help_menu.hpp"
#include "app/translations.hpp"
#include "app/user_guide.hpp"

#include <boost/test/unit_test.hpp>

#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/html/htmlwin.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

using namespace extramile;
using namespace extramile::test;
using namespace std::chrono_literals;

namespace {

// A window of the app with the Help menu's handlers, as every frame has.
struct HelpFrame {
    HelpFrame() {
        frame = new wxFrame(nullptr, wxID_ANY, "help test");
        app::BindHelpItems(*frame);
        frame->Show();
        pump_for(100ms);
    }
    ~HelpFrame() {
        for (auto* window : wxTopLevelWindows)
            window->Destroy();
        pump_for(100ms);
    }
    // F1, as the menu sends it; returns the guide's page view, if one opened.
    wxHtmlWindow* press_f1() {
        wxCommandEvent f1(wxEVT_MENU, wxID_HELP);
        frame->ProcessWindowEvent(f1);
        pump_for(300ms);
        for (auto* window : wxTopLevelWindows)
            if (app::IsUserGuide(window) && window->IsShown())
                return dynamic_cast<wxHtmlWindow*>(window->FindWindow("user_guide"));
        return nullptr;
    }
    wxFrame* frame = nullptr;
};

// The first words of README.md's first paragraph, as the page shows them.
std::string first_words_of_readme() {
    std::ifstream in(source("README.md"));
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#')
            return line.substr(0, line.find(':'));
    return "(README.md has no paragraph)";
}

std::string text_of(wxHtmlWindow& page) { return page.ToText().ToStdString(wxConvUTF8); }

} // namespace

BOOST_AUTO_TEST_SUITE(user_guide)

BOOST_AUTO_TEST_CASE(f1_shows_the_readme_rendered_in_the_build_tree) {
    const char* built = std::getenv("EXTRAMILE_HELP_PATH");
    BOOST_REQUIRE_MESSAGE(built, "the test runs with EXTRAMILE_HELP_PATH=<build>/help (tests/views/CMakeLists.txt)");
    // Found first: without a guide F1 says so in a modal box, which would wait for nobody.
    BOOST_REQUIRE_MESSAGE(!app::FindUserGuide("en").empty(), "no index.html in " << built);
    HelpFrame window;
    auto* page = window.press_f1();
    BOOST_REQUIRE_MESSAGE(page, "F1 opened no guide window");
    const auto opened = wxFileName(page->GetOpenedPage().AfterFirst(':')).GetFullPath();
    BOOST_TEST(opened.StartsWith(wxString::FromUTF8(built)), opened);
    BOOST_TEST(opened.EndsWith("index.html"), opened);
    const auto text = text_of(*page);
    BOOST_TEST(text.find(first_words_of_readme()) != std::string::npos,
               "the page shows README.md's words (" << first_words_of_readme() << "), not: " << text.substr(0, 200));
    // The table of keys is a table, not a paragraph of pipes.
    BOOST_TEST(text.find("| Keys |") == std::string::npos);
    BOOST_TEST(text.find("Alt+Right") != std::string::npos);
    // F1 again raises the same window.
    BOOST_TEST(window.press_f1() == page);
}

BOOST_AUTO_TEST_CASE(the_guide_speaks_the_ui_language_where_it_is_translated) {
    ScratchFolder help;
    for (const auto& [name, words] : {std::pair<std::string, std::string>{"index.html", "In English"},
                                      {"index.es.html", "En español"}}) {
        std::ofstream(help / name) << "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                      "charset=utf-8\"></head><body><p>"
                                   << words << "</p></body></html>";
    }
    const char* built = std::getenv("EXTRAMILE_HELP_PATH");
    const std::string restore = built ? built : "";
    setenv("EXTRAMILE_HELP_PATH", help.path().c_str(), 1);
    struct Restore {
        std::string path;
        ~Restore() {
            setenv("EXTRAMILE_HELP_PATH", path.c_str(), 1);
            app::SetUpTranslations(); // the session's own language again
        }
    } restore_after{restore};

    for (const auto& [language, expected] : {std::pair<std::string, std::string>{"es", "En español"},
                                             {"it", "In English"}, // no Italian guide: English
                                             {"en", "In English"}}) {
        app::SetUpTranslations(wxString::FromUTF8(language.c_str()));
        BOOST_REQUIRE(!app::FindUserGuide(wxString::FromUTF8(language.c_str())).empty());
        HelpFrame window;
        auto* page = window.press_f1();
        BOOST_REQUIRE_MESSAGE(page, "F1 opened no guide window in " << language);
        BOOST_TEST(text_of(*page).find(expected) != std::string::npos,
                   language << ": " << text_of(*page) << " (" << page->GetOpenedPage().ToStdString() << ")");
    }
}

// The guides the build rendered from docs/user-guide.es.md and .it.md, as
// F1 opens them: each in its own language, found by a heading only that
// page has, and English where the UI speaks English.
BOOST_AUTO_TEST_CASE(f1_opens_the_spanish_and_italian_guides_rendered_in_the_build_tree) {
    const char* built = std::getenv("EXTRAMILE_HELP_PATH");
    BOOST_REQUIRE_MESSAGE(built, "the test runs with EXTRAMILE_HELP_PATH=<build>/help (tests/views/CMakeLists.txt)");
    struct Restore {
        ~Restore() { app::SetUpTranslations(); } // the session's own language again
    } restore_after;
    struct Guide {
        std::string language, page, heading, not_there;
    };
    for (const auto& guide : {Guide{"es", "index.es.html", "Hacer una entrevista", "Run an interview"},
                              Guide{"it", "index.it.html", "Condurre un colloquio", "Run an interview"},
                              Guide{"en", "index.html", "Run an interview", "Hacer una entrevista"}}) {
        const auto language = wxString::FromUTF8(guide.language.c_str());
        wxFileName rendered(wxString::FromUTF8(built), wxString::FromUTF8(guide.page.c_str()));
        rendered.Normalize(wxPATH_NORM_DOTS | wxPATH_NORM_ABSOLUTE);
        BOOST_REQUIRE_MESSAGE(rendered.FileExists(), rendered.GetFullPath() << " was not rendered");
        app::SetUpTranslations(language);
        HelpFrame window;
        auto* page = window.press_f1();
        BOOST_REQUIRE_MESSAGE(page, "F1 opened no guide window in " << guide.language);
        const auto opened = wxFileName(page->GetOpenedPage().AfterFirst(':')).GetFullPath();
        BOOST_TEST(opened == rendered.GetFullPath(), guide.language << ": " << opened);
        const auto text = text_of(*page);
        BOOST_TEST(text.find(guide.heading) != std::string::npos,
                   guide.language << ": no \"" << guide.heading << "\" in " << text.substr(0, 300));
        BOOST_TEST(text.find(guide.not_there) == std::string::npos,
                   guide.language << ": \"" << guide.not_there << "\" is another language's heading");
        // Its table of keys is a table, and every screenshot it shows is found beside it.
        BOOST_TEST(text.find("| --- |") == std::string::npos, guide.language);
        BOOST_TEST(text.find("Ctrl+Shift+F") != std::string::npos, guide.language);
        std::ostringstream html;
        html << std::ifstream(rendered.GetFullPath().ToStdString(wxConvUTF8)).rdbuf();
        const auto markup = html.str();
        const std::regex image("<img [^>]*src=\"([^\"]+)\"");
        int images = 0;
        for (std::sregex_iterator src(markup.begin(), markup.end(), image), end;
             src != end; ++src, ++images)
            BOOST_TEST(wxFileName(rendered.GetPath() + "/" + wxString::FromUTF8((*src)[1].str().c_str())).FileExists(),
                       guide.page << " shows " << (*src)[1].str() << ", which is not beside it");
        BOOST_TEST(images >= 10, guide.page << " has " << images << " screenshots");
    }
}

BOOST_AUTO_TEST_SUITE_END()
