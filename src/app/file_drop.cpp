#include "file_drop.hpp"

#include "extramile_app.hpp"
#include "wx_text.hpp"

#include "cli/rubric_paths.hpp"
#include "core/atomic_file.hpp"
#include "core/file_error.hpp"
#include "core/file_kind.hpp"
#include "core/rubric_xml.hpp"

#include <wx/filename.h>
#include <wx/msgdlg.h>

#include <filesystem>

namespace extramile::app {

namespace fs = std::filesystem;

namespace {

FileKind KindOf(const fs::path& path) {
    if (auto kind = kind_from_name(path); kind != FileKind::unknown)
        return kind;
    try {
        return kind_from_content(read_file_limited(path));
    } catch (const FileError&) {
        return FileKind::unknown;
    }
}

wxString Problems(const FileError& e) {
    wxString out;
    for (const auto& p : e.problems())
        out += FromUtf8(p.to_string()) + "\n";
    return out;
}

// Copies a rubric that validates into the user's rubric folder.
void AddRubric(const fs::path& path, wxWindow* parent) {
    try {
        const auto text = read_file_limited(path);
        const auto rubric = parse_rubric(text, path.string());
        const auto folder = cli::user_rubric_folder();
        if (folder.empty())
            throw FileError(path.string(), 0, "there is no home folder to keep your rubrics in");
        fs::create_directories(folder);
        auto name = path.filename().string();
        if (!is_rubric_file(name))
            name = rubric.id + ".rubric.xml";
        const auto target = folder / name;
        if (fs::equivalent(path, target) || (fs::exists(target) && read_file_limited(target) == text)) {
            TheApp().ReloadRubrics();
            return;
        }
        if (fs::exists(target) &&
            wxMessageBox(wxString::Format(_("Your rubrics already hold a file named %s. Replace it with the "
                                            "dropped rubric?"), FromUtf8(name)),
                         _("Add rubric"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, parent) != wxYES)
            return;
        write_file_atomically(target, text, 0644);
        TheApp().ReloadRubrics();
        wxMessageBox(wxString::Format(_("The rubric \"%s\" is now among your rubrics, in %s."),
                                      FromUtf8(rubric.title.get("en")), FromUtf8(folder.string())),
                     _("Rubric added"), wxOK | wxICON_INFORMATION, parent);
    } catch (const FileError& e) {
        wxMessageBox(_("This rubric has mistakes and was not added:") + "\n\n" + Problems(e), _("Add rubric"),
                     wxOK | wxICON_ERROR, parent);
    } catch (const fs::filesystem_error& e) {
        wxMessageBox(_("The rubric could not be added:") + "\n\n" + FromUtf8(e.what()), _("Add rubric"),
                     wxOK | wxICON_ERROR, parent);
    }
}

} // namespace

bool OpensWindow(const wxString& file) {
    const fs::path path = ToUtf8(file);
    std::error_code error;
    return fs::is_directory(path, error) || KindOf(path) == FileKind::scorecard;
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
        const fs::path path = ToUtf8(file);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            folders.push_back(path);
            continue;
        }
        switch (KindOf(path)) {
        case FileKind::scorecard:
            opened = TheApp().OpenScorecard(file, parent) || opened;
            break;
        case FileKind::rubric:
            AddRubric(path, parent);
            break;
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
