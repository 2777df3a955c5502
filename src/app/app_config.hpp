// Typed preferences on top of wxConfig: every key and default in one place.
#pragma once

#include <wx/string.h>

#include <chrono>
#include <vector>

class wxConfigBase;
class wxFileHistory;
class wxTopLevelWindow;

namespace extramile::app {

class AppConfig {
public:
    static wxString InterviewerName();
    static void SetInterviewerName(const wxString& name);

    // Where new scorecards go: default $XDG_DATA_HOME/extramile/scorecards
    // (%LOCALAPPDATA%\extramile\scorecards on Windows).
    static wxString ScorecardFolder();
    static void SetScorecardFolder(const wxString& folder);

    // Language of the program's own words: "" follows the system; en, es, it.
    static wxString UiLanguage();
    static void SetUiLanguage(const wxString& language);

    // Language of the rubric texts (en, es, it): default the program's language.
    static wxString RubricLanguage();
    static void SetRubricLanguage(const wxString& language);

    // The pause in typing after which notes are saved: 0.2 to 1.5 seconds,
    // so that every change is on disk within two seconds.
    static std::chrono::milliseconds AutosaveDelay();
    static void SetAutosaveDelay(std::chrono::milliseconds delay);

    // The user's extra rubric folders, listed beside the bundled rubrics.
    static std::vector<wxString> RubricFolders();
    static void SetRubricFolders(const std::vector<wxString>& folders);

    // Paper for printing and PDFs: "a4" (default) or "letter".
    static wxString PaperSize();
    static void SetPaperSize(const wxString& paper);

    // Where exports (CSV, JSON, PDF) were last saved: default the home folder.
    static wxString ExportFolder();
    static void SetExportFolder(const wxString& folder);

    // The scorecard folder HR last compared.
    static wxString CompareFolder();
    static void SetCompareFolder(const wxString& folder);

    static wxString LastRubric();
    static void SetLastRubric(const wxString& id);

    static void LoadRecentFiles(wxFileHistory& history);
    static void SaveRecentFiles(wxFileHistory& history);

    // Size and position come back as the user left them (wxPersistenceManager
    // saves them when the window closes), inside the screen's work area.
    static void RestoreGeometry(wxTopLevelWindow& window, const wxString& name);

private:
    static wxConfigBase& Config();
};

} // namespace extramile::app
