#include "app_config.hpp"

#include "window_placement.hpp"
#include "wx_text.hpp"

#include "core/base/languages.hpp"
#include "core/base/standard_places.hpp"

#include <wx/arrstr.h>
#include <wx/config.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/translation.h>
#include <wx/persist/toplevel.h>
#include <wx/toplevel.h>
#include <wx/utils.h>

#include <algorithm>

namespace extramile::app {

namespace {
const char* const kInterviewer = "/Interview/InterviewerName";
const char* const kFolder = "/Interview/ScorecardFolder";
const char* const kLanguage = "/Interview/RubricLanguage";
const char* const kRubric = "/Interview/LastRubric";
const char* const kRecent = "/RecentFiles";
const char* const kPaper = "/Print/Paper";
const char* const kUiLanguage = "/Interface/Language";
const char* const kAutosave = "/Interview/AutosaveDelayMs";
const char* const kRubricFolders = "/Rubrics/Folders";
const char* const kExportFolder = "/Compare/ExportFolder";
const char* const kCompareFolder = "/Compare/Folder";

// $XDG_DATA_HOME or ~/.local/share; %LOCALAPPDATA% on Windows (core/base/standard_places).
wxString UserDataFolder() { return FromPath(user_data_folder()); }
} // namespace

wxConfigBase& AppConfig::Config() { return *wxConfigBase::Get(); }

wxString AppConfig::InterviewerName() { return Config().Read(kInterviewer, wxString()); }
void AppConfig::SetInterviewerName(const wxString& name) { Config().Write(kInterviewer, name); }

wxString AppConfig::ScorecardFolder() {
    return Config().Read(kFolder, UserDataFolder() + "/extramile/scorecards");
}
void AppConfig::SetScorecardFolder(const wxString& folder) { Config().Write(kFolder, folder); }

wxString AppConfig::RubricLanguage() {
    // Until chosen, rubrics read in the language the program speaks.
    wxString fallback = UiLanguage();
    if (fallback.empty() && wxTranslations::Get())
        fallback = wxTranslations::Get()->GetBestTranslation("extramile", wxLANGUAGE_ENGLISH_US).Left(2);
    fallback = FromUtf8(std::string(language_of_locale(ToUtf8(fallback))));
    return Config().Read(kLanguage, fallback);
}
void AppConfig::SetRubricLanguage(const wxString& language) { Config().Write(kLanguage, language); }

std::chrono::milliseconds AppConfig::AutosaveDelay() {
    const long ms = Config().ReadLong(kAutosave, 400);
    return std::chrono::milliseconds(std::clamp(ms, 200L, 1500L));
}
void AppConfig::SetAutosaveDelay(std::chrono::milliseconds delay) {
    Config().Write(kAutosave, static_cast<long>(std::clamp<long>(delay.count(), 200, 1500)));
}

// Folders are kept one per line: folder names may hold any other character.
std::vector<wxString> AppConfig::RubricFolders() {
    std::vector<wxString> folders;
    for (const auto& folder : wxSplit(Config().Read(kRubricFolders, wxString()), '\n', 0))
        if (!folder.empty())
            folders.push_back(folder);
    return folders;
}
void AppConfig::SetRubricFolders(const std::vector<wxString>& folders) {
    wxString joined;
    for (const auto& folder : folders)
        joined += (joined.empty() ? "" : "\n") + folder;
    Config().Write(kRubricFolders, joined);
}

wxString AppConfig::UiLanguage() {
    const auto language = Config().Read(kUiLanguage, wxString());
    return is_language(ToUtf8(language)) ? language : wxString();
}
void AppConfig::SetUiLanguage(const wxString& language) { Config().Write(kUiLanguage, language); }

wxString AppConfig::PaperSize() {
    const auto paper = Config().Read(kPaper, "a4");
    return paper == "letter" ? paper : wxString("a4");
}
void AppConfig::SetPaperSize(const wxString& paper) { Config().Write(kPaper, paper); }

wxString AppConfig::ExportFolder() { return Config().Read(kExportFolder, wxFileName::GetHomeDir()); }
void AppConfig::SetExportFolder(const wxString& folder) { Config().Write(kExportFolder, folder); }

wxString AppConfig::CompareFolder() { return Config().Read(kCompareFolder, ScorecardFolder()); }
void AppConfig::SetCompareFolder(const wxString& folder) { Config().Write(kCompareFolder, folder); }

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
    // What was saved on a larger screen (or asked for) still fits this one.
    FitInsideDisplay(window);
}

} // namespace extramile::app
