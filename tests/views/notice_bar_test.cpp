// The notice bar as a screen reader meets it: its close button, a picture
// only, is read by what it does.
#include "wx_session.hpp"

#include "app/notice_bar.hpp"

#include <boost/test/unit_test.hpp>

#include <gtk/gtk.h>

#include <wx/bmpbuttn.h>
#include <wx/frame.h>

#include <chrono>

using namespace extramile;
using namespace extramile::test;

BOOST_AUTO_TEST_SUITE(notice_bar)

BOOST_AUTO_TEST_CASE(the_close_button_is_read_by_what_it_does) {
    auto* frame = new wxFrame(nullptr, wxID_ANY, "notice");
    auto* bar = new app::NoticeBar(frame);
    frame->Show();
    bar->Notify("The scorecard was saved again.", wxICON_INFORMATION);
    pump_for(std::chrono::milliseconds(200));
    wxBitmapButton* close = nullptr;
    for (auto* child : bar->GetChildren())
        if (auto* button = dynamic_cast<wxBitmapButton*>(child))
            close = button;
    BOOST_REQUIRE(close);
    BOOST_TEST(close->IsShown()); // no choices: the bar is closed with it
    const char* name = atk_object_get_name(gtk_widget_get_accessible(close->GetConnectWidget()));
    BOOST_TEST((name ? std::string(name) : std::string()) == "Close this notice");
    frame->Destroy();
    pump_for(std::chrono::milliseconds(50));
}

BOOST_AUTO_TEST_SUITE_END()
