#include "file_drop.hpp"

#include "extramile_app.hpp"
#include "wx_text.hpp"

#include "app_config.hpp"

#include "core/base/file_error.hpp"
#include "core/xml/file_kind.hpp"
#include "services/rubric_install.hpp"

#include <wx/filename.h>
#include <wx/msgdlg.h>

#include <algorithm>
#include <filesystem>

namespace extramile::app {

namespace fs = std::filesystem;

namespace {

// Copies a rubric that validates into the user's rubric folder, asking
// before it replaces another file of the same name.
void AddRubric(const fs::path& path, wxWindow* parent) {
    using Outcome = services::RubricInstall::Outcome;
    auto result = services::install_rubric(path, false);
    if (result.outcome == Outcome::name_taken) {
        if (wxMessageBox(wxString::Format(_("Your rubrics already hold a file named %s. Replace it with the "
                                            "dropped rubric?"),
                                          FromUtf8(result.target.filename().string())),
                         _("Add rubric"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, parent) != wxYES)
            return;
        result = services::install_rubric(path, true);
    }
    switch (result.outcome) {
    case Outcome::added:
        TheApp().ReloadRubrics();
        wxMessageBox(wxString::Format(_("The rubric \"%s\" is now among your rubrics, in %s."),
                                      FromUtf8(result.rubric.title.get(ToUtf8(AppConfig::RubricLanguage()))),
                                      FromUtf8(result.target.parent_path().string())),
                     _("Rubric added"), wxOK | wxICON_INFORMATION, parent);
        break;
    case Outcome::already_there:
        TheApp().ReloadRubrics();
        break;
    case Outcome::invalid:
        wxMessageBox(_("This rubric has mistakes and was not added:") + "\n\n" + FromUtf8(describe(result.problems)),
                     _("Add rubric"), wxOK | wxICON_ERROR, parent);
        break;
    case Outcome::no_home:
        wxMessageBox(_("There is no home folder to keep your rubrics in, so the rubric was not added."),
                     _("Add rubric"), wxOK | wxICON_ERROR, parent);
        break;
    case Outcome::failed:
    case Outcome::name_taken:
        wxMessageBox(_("The rubric could not be added:") + "\n\n" + FromUtf8(describe(result.problems)),
                     _("Add rubric"), wxOK | wxICON_ERROR, parent);
        break;
    }
}

} // namespace

bool OpensWindow(const wxString& file) {
    const fs::path path = ToPath(file);
    std::error_code error;
    const auto kind = fs::is_directory(path, error) ? FileKind::unknown : detect_file_kind(path);
    return fs::is_directory(path, error) || kind == FileKind::scorecard || kind == FileKind::decision;
}

bool FileDrop::OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) {
    // Leave the drag and drop first: dialogs inside it would freeze the pointer.
    const wxArrayString copy = files;
    wxWeakRef<wxWindow> window = window_;
    TheApp().CallAfter([copy, window] { OpenFiles(copy, window.get()); });
    return true;
}

bool OpenFiles(const wxArrayString& files, wxWindow* parent) {
    std::vector<fs::path> folders;
    bool opened = false;
    for (const auto& file : files) {
        const fs::path path = ToPath(file);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            folders.push_back(path);
            continue;
        }
        switch (detect_file_kind(path)) {
        case FileKind::scorecard:
            opened = TheApp().OpenScorecard(file, parent) || opened;
            break;
        case FileKind::rubric:
            AddRubric(path, parent);
            break;
        case FileKind::decision: {
            // A decision is read beside the scorecards it is about: compare its folder.
            const auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
            if (std::find(folders.begin(), folders.end(), folder) == folders.end())
                folders.push_back(folder);
            break;
        }
        case FileKind::unknown:
            wxMessageBox(wxString::Format(_("%s is neither a scorecard nor a rubric of Extra Mile."),
                                          wxFileName(file).GetFullName()),
                         _("Cannot open"), wxOK | wxICON_WARNING, parent);
            break;
        }
    }
    if (!folders.empty()) {
        TheApp().ShowCompare(folders);
        opened = true;
    }
    return opened;
}

} // namespace extramile::app
