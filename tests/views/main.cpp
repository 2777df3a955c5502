#define BOOST_TEST_MODULE extramile views
#include <boost/test/unit_test.hpp>

#include "wx_session.hpp"

#include "test_paths.hpp"

#include "app/extramile_app.hpp"

#include <wx/app.h>
#include <wx/eventfilter.h>
#include <wx/evtloop.h>
#include <wx/init.h>
#include <wx/toplevel.h>

#include <clocale>
#include <cstdlib>
#include <memory>
#include <thread>

namespace {

// Any wx assertion fails the test that met it (a dialog would otherwise wait
// for nobody, or, in the app, take the interviewer's typing).
void FailOnAssertion(const wxString& file, int line, const wxString& function, const wxString& condition,
                     const wxString& message) {
    BOOST_ERROR("wx assertion failed: " << file.utf8_str() << ":" << line << " in " << function.utf8_str() << ": "
                                        << condition.utf8_str() << " " << message.utf8_str());
}

// The app itself, set up as the program does but without its first window:
// each test opens the windows it looks at.
class ViewTestApp : public extramile::app::ExtraMileApp {
public:
    ViewTestApp() : ExtraMileApp({}) {}
    bool OnInit() override { return true; }
};

// One wx session for the whole run, with its preferences in a scratch folder.
struct WxSession {
    WxSession() {
        setenv("HOME", home.path().c_str(), 1);
        setenv("XDG_CONFIG_HOME", (home / ".config").c_str(), 1);
        setenv("XDG_DATA_HOME", (home / ".local/share").c_str(), 1);
        // As the app does at start: our texts are UTF-8 (see ExtraMileApp::OnInit).
        std::setlocale(LC_ALL, "C.UTF-8");
        auto* app = new ViewTestApp;
        wxApp::SetInstance(app);
        static int argc = 1;
        static char name[] = "view_tests";
        static char* argv[] = {name, nullptr};
        if (!wxEntryStart(argc, argv))
            throw std::runtime_error("wxWidgets could not start: is there an X display?");
        wxTheApp->CallOnInit();
        loop = std::make_unique<wxGUIEventLoop>();
        wxEventLoopBase::SetActive(loop.get());
        app->SetUp(); // preferences under the scratch HOME, translations, forms
        wxSetAssertHandler(FailOnAssertion);
    }
    ~WxSession() {
        for (auto* window : wxTopLevelWindows)
            window->Destroy();
        extramile::test::pump_for(std::chrono::milliseconds(100));
        wxTheApp->OnExit(); // the app's own: preferences written and closed
        wxEventLoopBase::SetActive(nullptr);
        loop.reset();
        wxEntryCleanup();
    }
    extramile::test::ScratchFolder home;
    std::unique_ptr<wxGUIEventLoop> loop;
};

} // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxSession);

namespace extramile::test {

bool pump_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > end)
            return false;
        wxTheApp->ProcessPendingEvents();
        wxEventLoopBase::GetActive()->YieldFor(wxEVT_CATEGORY_ALL);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

namespace {

// Asks `done` before each event wx handles, until it once says yes.
class EveryEvent : public wxEventFilter {
public:
    explicit EveryEvent(const std::function<bool()>& done) : done_(done) { wxEvtHandler::AddFilter(this); }
    ~EveryEvent() override { wxEvtHandler::RemoveFilter(this); }
    EveryEvent(const EveryEvent&) = delete;
    EveryEvent& operator=(const EveryEvent&) = delete;
    int FilterEvent(wxEvent&) override {
        if (!met_)
            met_ = done_();
        return Event_Skip;
    }
    bool met() const { return met_; }

private:
    const std::function<bool()>& done_;
    bool met_ = false;
};

} // namespace

bool pump_until_watching_each_event(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    EveryEvent watch(done);
    return pump_until([&] { return watch.met() || done(); }, timeout);
}

void pump_for(std::chrono::milliseconds time) {
    const auto end = std::chrono::steady_clock::now() + time;
    pump_until([&] { return std::chrono::steady_clock::now() > end; }, time + std::chrono::seconds(1));
}

} // namespace extramile::test
