// The start page: a new interview, or a recent one to reopen.
#pragma once

#include "print_menu.hpp"

#include <wx/frame.h>

class wxChoice;
class wxListBox;
class wxTextCtrl;

namespace extramile::app {

class StartFrame : public wxFrame {
public:
    StartFrame();
    // After rubrics were added or removed.
    void RefreshRubrics();

private:
    void FillRubrics();
    void FillRecent();
    void OnStart(wxCommandEvent&);
    void OnReopen(wxCommandEvent&);
    void OnOpenOther(wxCommandEvent&);
    void BuildMenus();
    void OnCompare();
    // A blank rubric sheet for a paper interview: preview, print or PDF.
    void OnSheet(PrintAction action);

    wxChoice* rubric_choice_ = nullptr;
    wxChoice* language_choice_ = nullptr;
    wxTextCtrl* candidate_name_ = nullptr;
    wxTextCtrl* candidate_id_ = nullptr;
    wxTextCtrl* candidate_role_ = nullptr;
    wxTextCtrl* interviewer_ = nullptr;
    wxListBox* recent_list_ = nullptr;
    int welcome_wrap_ = -1; // the width the welcome was last wrapped to
};

} // namespace extramile::app
