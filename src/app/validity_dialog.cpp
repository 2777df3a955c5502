#include "validity_dialog.hpp"

#include "app_config.hpp"
#include "list_columns.hpp"
#include "wx_text.hpp"

#include "core/base/file_error.hpp"
#include "core/storage/performance_file.hpp"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace extramile::app {

namespace {

const wxString kNone = wxS("\u2014");

wxString Number(const std::optional<double>& value) { return value ? wxString::FromDouble(*value, 2) : kNone; }

void AddRow(wxListCtrl& list, const wxString& what, const Correlation& c) {
    const long row = list.GetItemCount();
    list.InsertItem(row, what);
    list.SetItem(row, ValidityDialog::pairs, wxString::Format("%d", c.n));
    list.SetItem(row, ValidityDialog::pearson, Number(c.pearson));
    list.SetItem(row, ValidityDialog::interval,
                 c.pearson_ci95 ? wxString::Format("[%s, %s]", wxString::FromDouble(c.pearson_ci95->first, 2),
                                                   wxString::FromDouble(c.pearson_ci95->second, 2))
                                : kNone);
    list.SetItem(row, ValidityDialog::spearman, Number(c.spearman));
}

} // namespace

wxString ValidityWarningText(const services::ValidityWarning& warning, const services::ValidityReport& report,
                             const wxString& file, bool blind) {
    using Kind = services::ValidityWarning::Kind;
    switch (warning.kind) {
    case Kind::unmatched_row:
        if (blind)
            return wxString::Format(_("%s:%d: names no compared candidate; the row was left out."), file,
                                    warning.line);
        return wxString::Format(_("%s:%d: no compared candidate has the id \"%s\"; the row was left out."), file,
                                warning.line, FromUtf8(warning.text));
    case Kind::few_pairs:
        return wxString::Format(wxPLURAL("Only %d candidate has both an interview total and a performance: below 30 "
                                         "a correlation is very uncertain (read the interval, not the number).",
                                         "Only %d candidates have both an interview total and a performance: below "
                                         "30 a correlation is very uncertain (read the interval, not the number).",
                                         report.total.n),
                                report.total.n);
    case Kind::range_restriction: {
        wxString text = wxString::Format(
            _("Range restriction: only %d of the %d candidates compared have a performance. When those are the ones "
              "hired, the low scorers are missing and the correlation understates how well the interview predicts."),
            report.total.n, report.candidates);
        if (report.total_sd_matched && report.total_sd_all)
            text += " " + wxString::Format(_("The totals' standard deviation is %s among them and %s among all."),
                                           wxString::FromDouble(*report.total_sd_matched, 1),
                                           wxString::FromDouble(*report.total_sd_all, 1));
        return text;
    }
    case Kind::no_rater_column:
        return _("The performance file names no rater (a \"rater\" column): if one person rated everyone, their own "
                 "leniency and taste are in every number.");
    case Kind::one_rater:
        return wxString::Format(_("Every performance was rated by one person (%s): their own leniency and taste are "
                                  "in every number."),
                                FromUtf8(warning.text));
    case Kind::nothing_matched:
        return _("No row of the performance file names a compared candidate: check that its candidate_id column "
                 "holds the ids the scorecards give.");
    }
    return {};
}

ValidityDialog::ValidityDialog(wxWindow* parent, const Rubric& rubric, const std::string& language,
                               const services::ValidityReport& report, const wxString& file, bool blind)
    : wxDialog(parent, wxID_ANY, _("Does the interview predict?"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    const wxString intro =
        wxString::Format(_("Interview scores against the job performance in %s: %d of its rows name a compared "
                           "candidate. A correlation near 1 means higher scores went with better performance, "
                           "near 0 no relation. Read the interval before the number."),
                         file, report.n);
    auto* text = new wxStaticText(this, wxID_ANY, intro);
    sizer->Add(text, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));

    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(660, 200)),
                           wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_HRULES);
    list_->AppendColumn(_("Score"), wxLIST_FORMAT_LEFT, FromDIP(210));
    list_->AppendColumn(_("People"), wxLIST_FORMAT_RIGHT, FromDIP(80));
    list_->AppendColumn(_("Pearson r"), wxLIST_FORMAT_RIGHT, FromDIP(110));
    // xgettext:no-c-format
    list_->AppendColumn(_("95% interval"), wxLIST_FORMAT_LEFT, FromDIP(130));
    list_->AppendColumn(_("Spearman rho"), wxLIST_FORMAT_RIGHT, FromDIP(130));
    AddRow(*list_, _("Total"), report.total);
    for (const auto& id : report.competency_order) {
        const auto* competency = rubric.find(id);
        AddRow(*list_, competency ? FromUtf8(competency->name.get(language)) : FromUtf8(id),
               report.competencies.at(id));
    }
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, FromDIP(8)));

    auto* note = new wxStaticText(
        this, wxID_ANY,
        _("The interval is from Fisher's z. —: fewer than 3 people (4 for the interval), or a score or the "
          "performance that does not vary."));
    sizer->Add(note, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Warnings:")), wxSizerFlags().Border(wxLEFT | wxRIGHT, FromDIP(8)));
    wxString warnings;
    for (const auto& w : report.warning_details)
        warnings += ValidityWarningText(w, report, file, blind) + "\n";
    warnings_ = new wxTextCtrl(this, wxID_ANY, warnings.empty() ? _("No warnings.") : warnings, wxDefaultPosition,
                               FromDIP(wxSize(660, 120)), wxTE_MULTILINE | wxTE_READONLY);
    sizer->Add(warnings_, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    // Not wxID_CLOSE: wxGTK would make that GTK's stock button, whose label
    // follows the process locale rather than the app's language.
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* close = new wxButton(this, wxID_ANY, _("&Close"));
    buttons->Add(close);
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, FromDIP(8)));
    // As wide as the columns need, within the screen; the texts wrap to it.
    FitColumns(*list_);
    int columns = 0;
    for (int column = 0; column < list_->GetColumnCount(); ++column)
        columns += list_->GetColumnWidth(column);
    const int width = std::min(std::max(FromDIP(660), columns + FromDIP(24)),
                               wxGetClientDisplayRect().width - FromDIP(48));
    list_->SetMinSize(wxSize(width, FromDIP(200)));
    warnings_->SetMinSize(wxSize(width, FromDIP(120)));
    text->Wrap(width);
    note->Wrap(width);
    SetSizerAndFit(sizer);
    SetEscapeId(close->GetId());
    close->SetDefault();
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Destroy(); });
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) { Destroy(); });
}

wxString ValidityDialog::WarningsText() const { return warnings_->GetValue(); }

ValidityDialog* CheckAgainstPerformance(wxWindow* parent, const Rubric& rubric, const Comparison& comparison,
                                        const std::string& language, const std::filesystem::path& file, bool blind) {
    PerformanceFile performance;
    try {
        performance = read_performance_file(file);
    } catch (const FileError& e) {
        wxMessageBox(_("The performance file cannot be read; nothing was computed. Correct these lines and "
                       "try again:") +
                         "\n\n" + FromUtf8(describe(e.problems())),
                     _("Check against job performance"), wxOK | wxICON_WARNING, parent);
        return nullptr;
    }
    const auto name = utf8_of(file);
    const auto report = services::validity(rubric, comparison, performance, name);
    auto* dialog = new ValidityDialog(parent, rubric, language, report, FromUtf8(name), blind);
    dialog->Show();
    return dialog;
}

ValidityDialog* AskAndCheckAgainstPerformance(wxWindow* parent, const Rubric& rubric, const Comparison& comparison,
                                              const std::string& language, bool blind) {
    wxFileDialog ask(parent, _("Choose the job performance file"), AppConfig::ExportFolder(), wxString(),
                     _("CSV files, a row per person: candidate_id, performance, date, rater (*.csv)|*.csv|"
                       "All files|*"),
                     wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (ask.ShowModal() != wxID_OK)
        return nullptr;
    return CheckAgainstPerformance(parent, rubric, comparison, language, ToPath(ask.GetPath()), blind);
}

} // namespace extramile::app
