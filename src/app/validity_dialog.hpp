// "Does the interview predict?": the comparison's totals and competency
// means against the job performance HR recorded later (a CSV file), as
// services/validity computes them: n, Pearson's r with its 95% interval,
// Spearman's rho, and the warnings to read first. Only numbers over
// everyone are shown; in blind review a row of the file that names nobody
// compared is given by its line only (its id could be a near miss of a
// real candidate's).
#pragma once

#include "core/model/rubric.hpp"
#include "services/validity.hpp"

#include <wx/dialog.h>

#include <filesystem>
#include <string>

class wxListCtrl;
class wxTextCtrl;

namespace extramile::app {

class ValidityDialog : public wxDialog {
public:
    ValidityDialog(wxWindow* parent, const Rubric& rubric, const std::string& language,
                   const services::ValidityReport& report, const wxString& file, bool blind);

    // For tests: what is shown.
    const wxListCtrl& List() const { return *list_; }
    wxString WarningsText() const;
    enum Column { measure, pairs, pearson, interval, spearman };

private:
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* warnings_ = nullptr;
};

// A warning of services::validity in the user's language.
wxString ValidityWarningText(const services::ValidityWarning& warning, const services::ValidityReport& report,
                             const wxString& file, bool blind);

// Reads `file` and shows the dialog (not modal: the window stays usable),
// or says in a message box what is wrong with the file, line by line
// (FILE:LINE), and returns nullptr.
ValidityDialog* CheckAgainstPerformance(wxWindow* parent, const Rubric& rubric, const Comparison& comparison,
                                        const std::string& language, const std::filesystem::path& file, bool blind);

// Asks for the performance file, then as above; nullptr when none was chosen.
ValidityDialog* AskAndCheckAgainstPerformance(wxWindow* parent, const Rubric& rubric, const Comparison& comparison,
                                              const std::string& language, bool blind);

} // namespace extramile::app
