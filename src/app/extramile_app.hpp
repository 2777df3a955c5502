// The application object: loads the forms and the rubrics once, and opens
// the start page, an interview, or a new interview as it was asked to.
#pragma once

#include "app_launch.hpp"

#include "core/storage/rubric_library.hpp"

#include <wx/app.h>

#include <filesystem>
#include <memory>
#include <vector>

class wxFileHistory;

namespace extramile::app {

class ExtraMileApp : public wxApp {
public:
    explicit ExtraMileApp(services::AppLaunch launch);
    ~ExtraMileApp() override;
    bool OnInit() override; // SetUp(), then the windows the launch asked for
    // Everything but the windows: preferences, translations, forms, signals,
    // recent files (the in-process GUI tests start the app with this alone).
    void SetUp();
    int OnExit() override;
    // An error no handler caught: every open interview is saved first, then
    // the error is shown and the program goes on (never a silent end).
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

    // Rubrics: the user's folders and the bundled ones, read when first
    // needed (after the start page shows, so it shows sooner).
    RubricLibrary& Rubrics();
    void ReloadRubrics();
    wxFileHistory& RecentFiles() { return *recent_; }

    // Opens a scorecard in an interview window; on failure explains why
    // (parented to `parent`) and returns false.
    bool OpenScorecard(const wxString& path, wxWindow* parent, const wxString& language = {});
    // Creates the scorecard file at once and opens it.
    bool StartInterview(const services::NewInterviewRequest& request, wxWindow* parent);
    void ShowStartPage();
    // After an interview window closed: the start page, for the next
    // candidate, unless another window is open or the program is quitting.
    void WindowClosed(wxWindow* window);
    // File > Quit: closes every window (each may refuse, e.g. unsaved changes).
    void Quit();
    // SIGTERM, SIGHUP: every interview is saved and closed, its lock removed.
    void EndSession();
    // HR's compare view, reading `paths` (folders or scorecards) when given.
    void ShowCompare(std::vector<std::filesystem::path> paths = {});

private:
    services::AppLaunch launch_;
    std::unique_ptr<RubricLibrary> rubrics_;
    std::unique_ptr<wxFileHistory> recent_;
    bool quitting_ = false;
};

ExtraMileApp& TheApp();

} // namespace extramile::app
