#include "app_config.hpp"

#include <wx/config.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/persist/toplevel.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

namespace extramile::app {

namespace {
const char* const kInterviewer = "/Interview/InterviewerName";
const char* const kFolder = "/Interview/ScorecardFolder";
const char* const kLanguage = "/Interview/RubricLanguage";
const char* const kRubric = "/Interview/LastRubric";
const char* const kRecent = "/RecentFiles";

wxString XdgDataHome() {
    wxString data;
    if (wxGetEnv("XDG_DATA_HOME", &data) && !data.empty())
        return data;
    return wxFileName::GetHomeDir() + "/.local/share";
}
} // namespace

wxConfigBase& AppConfig::Config() { return *wxConfigBase::Get(); }

wxString AppConfig::InterviewerName() { return Config().Read(kInterviewer, wxString()); }
void AppConfig::SetInterviewerName(const wxString& name) { Config().Write(kInterviewer, name); }

wxString AppConfig::ScorecardFolder() {
    return Config().Read(kFolder, XdgDataHome() + "/extramile/scorecards");
}
void AppConfig::SetScorecardFolder(const wxString& folder) { Config().Write(kFolder, folder); }

wxString AppConfig::RubricLanguage() {
    wxString fallback = "en";
    const auto* info = wxLocale::GetLanguageInfo(wxLocale::GetSystemLanguage());
    if (info) {
        wxString code = info->CanonicalName.Left(2);
        if (code == "es" || code == "it")
            fallback = code;
    }
    return Config().Read(kLanguage, fallback);
}
void AppConfig::SetRubricLanguage(const wxString& language) { Config().Write(kLanguage, language); }

wxString AppConfig::LastRubric() { return Config().Read(kRubric, "generosity"); }
void AppConfig::SetLastRubric(const wxString& id) { Config().Write(kRubric, id); }

void AppConfig::LoadRecentFiles(wxFileHistory& history) {
    Config().SetPath(kRecent);
    history.Load(Config());
    Config().SetPath("/");
}

void AppConfig::SaveRecentFiles(wxFileHistory& history) {
    Config().SetPath(kRecent);
    history.Save(Config());
    Config().SetPath("/");
    Config().Flush();
}

void AppConfig::RestoreGeometry(wxTopLevelWindow& window, const wxString& name) {
    window.SetName(name);
    wxPersistentRegisterAndRestore(&window, name);
}

} // namespace extramile::app
