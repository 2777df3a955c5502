// wx's own words (stock buttons such as Close and Cancel, which wx labels
// itself) speak the app's language: Debian's wx3.2-i18n catalog, "wxstd-3.2",
// is loaded beside ours. Without it a Spanish or Italian window has English
// buttons in it.
#include "wx_session.hpp"

#include "app/preferences.hpp"
#include "app/translations.hpp"

#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/stockitem.h>
#include <wx/toplevel.h>

#include <map>
#include <string>

using namespace extramile;
using namespace extramile::test;
using namespace std::chrono_literals;

namespace {

const int stock_ids[] = {wxID_CLOSE, wxID_CANCEL, wxID_HELP, wxID_OPEN};

std::map<int, wxString> labels_of_stock_items() {
    std::map<int, wxString> labels;
    for (int id : stock_ids)
        labels[id] = wxGetStockLabel(id, wxSTOCK_NOFLAGS);
    return labels;
}

// The Close button of the preferences window, as the user sees it.
wxString preferences_close_label() {
    auto* owner = new wxFrame(nullptr, wxID_ANY, "owner");
    owner->Show();
    app::ShowPreferences(owner);
    pump_for(300ms);
    wxString label;
    for (auto* window : wxTopLevelWindows)
        if (dynamic_cast<wxDialog*>(window))
            if (auto* close = dynamic_cast<wxButton*>(window->FindWindow(wxID_CLOSE)))
                label = close->GetLabelText();
    app::ClosePreferences();
    owner->Destroy();
    pump_for(100ms);
    return label;
}

} // namespace

BOOST_AUTO_TEST_SUITE(stock_labels)

BOOST_AUTO_TEST_CASE(close_cancel_help_and_open_speak_spanish_and_italian) {
    app::SetUpTranslations("en");
    const auto english = labels_of_stock_items();
    const auto english_close = preferences_close_label();
    BOOST_TEST(english_close.ToStdString() == english.at(wxID_CLOSE).ToStdString());
    struct Restore {
        ~Restore() { app::SetUpTranslations(); }
    } restore;
    for (const char* language : {"es", "it"}) {
        app::SetUpTranslations(language);
        for (const auto& [id, label] : labels_of_stock_items()) {
            BOOST_TEST(!label.empty());
            BOOST_TEST(label != english.at(id),
                       language << ": \"" << label.ToStdString(wxConvUTF8) << "\" is still English");
        }
        const auto close = preferences_close_label();
        BOOST_TEST(close != english_close, language << ": the preferences' button reads \""
                                                    << close.ToStdString(wxConvUTF8) << "\"");
        BOOST_TEST(close.ToStdString(wxConvUTF8) == wxGetStockLabel(wxID_CLOSE, wxSTOCK_NOFLAGS).ToStdString(wxConvUTF8));
    }
}

BOOST_AUTO_TEST_SUITE_END()
