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
    bool OnInit() override;
    int OnExit() override;

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
    // HR's compare view, reading `paths` (folders or scorecards) when given.
    void ShowCompare(std::vector<std::filesystem::path> paths = {});

private:
    services::AppLaunch launch_;
    std::unique_ptr<RubricLibrary> rubrics_;
    std::unique_ptr<wxFileHistory> recent_;
};

ExtraMileApp& TheApp();

} // namespace extramile::app
