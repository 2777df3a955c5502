// Typed preferences on top of wxConfig: every key and default in one place.
#pragma once

#include <wx/string.h>

class wxConfigBase;
class wxFileHistory;
class wxTopLevelWindow;

namespace extramile::app {

class AppConfig {
public:
    static wxString InterviewerName();
    static void SetInterviewerName(const wxString& name);

    // Where new scorecards go: default $XDG_DATA_HOME/extramile/scorecards.
    static wxString ScorecardFolder();
    static void SetScorecardFolder(const wxString& folder);

    // Language of the rubric texts (en, es, it): default from the system.
    static wxString RubricLanguage();
    static void SetRubricLanguage(const wxString& language);

    static wxString LastRubric();
    static void SetLastRubric(const wxString& id);

    static void LoadRecentFiles(wxFileHistory& history);
    static void SaveRecentFiles(wxFileHistory& history);

    // Size and position come back as the user left them (wxPersistenceManager
    // saves them when the window closes).
    static void RestoreGeometry(wxTopLevelWindow& window, const wxString& name);

private:
    static wxConfigBase& Config();
};

} // namespace extramile::app
