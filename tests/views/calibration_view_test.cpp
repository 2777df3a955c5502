// The compare window's calibration and validity, as HR sees them: the
// Interviewers tab, the adjusted total beside the raw one, the explanation
// one click away, and File > Check against job performance. What they show is
// read back from the controls and checked against what core and services
// compute on the same folder (a copy in a scratch folder), and against the
// case worked by hand in tests/cli/calibration_validity_test.cpp.
#include "wx_session.hpp"

#include "calibration_panel.hpp"
#include "test_paths.hpp"

#include "app/calibration_view.hpp"
#include "app/candidate_table.hpp"
#include "app/compare_frame.hpp"
#include "app/evidence_view.hpp"
#include "app/validity_dialog.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/performance_file.hpp"
#include "services/comparison_run.hpp"
#include "services/decision_store.hpp"
#include "services/validity.hpp"

#include <boost/test/unit_test.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/modalhook.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <regex>

using namespace extramile;
using namespace extramile::test;
namespace fs = std::filesystem;

namespace {

// Message boxes answered with OK without showing them; what they said is kept.
class RecordMessages : public wxModalDialogHook {
public:
    RecordMessages() { Register(); }
    ~RecordMessages() override { Unregister(); }
    std::vector<std::string> said;
    std::vector<std::string> titles;

protected:
    int Enter(wxDialog* dialog) override {
        auto* box = dynamic_cast<wxMessageDialog*>(dialog);
        if (!box)
            return wxID_NONE;
        said.push_back((box->GetMessage() + "\n" + box->GetExtendedMessage()).utf8_string());
        titles.push_back(box->GetTitle().utf8_string());
        return wxID_OK;
    }
    void Exit(wxDialog*) override {}
};

std::string cell(const wxListCtrl& list, long row, long column) {
    return std::string(list.GetItemText(row, column).utf8_str());
}

// The numbers in a cell ("[+0.46, +1.04]" -> 0.46, 1.04); none for "—".
std::vector<double> numbers_in(const std::string& text) {
    std::vector<double> out;
    static const std::regex number("[-+]?[0-9]+(\\.[0-9]+)?");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it)
        out.push_back(std::stod(it->str()));
    return out;
}

// A shown number agrees with the computed one to the decimals shown.
void check_shown(const std::string& what, const std::string& text, const std::optional<double>& expected,
                 double tolerance = 0.0051) {
    const auto shown = numbers_in(text);
    if (!expected) {
        BOOST_TEST(text == "\u2014", what << ": " << text);
        return;
    }
    BOOST_TEST_REQUIRE(shown.size() == 1u, what << ": " << text);
    BOOST_TEST(std::abs(shown[0] - *expected) <= tolerance, what << ": shown " << text << ", computed " << *expected);
}

services::ComparisonRun run_on(const fs::path& folder) {
    services::ComparisonRequest request;
    request.paths = {folder};
    return services::run_comparison(request);
}

struct OpenedFrame {
    explicit OpenedFrame(const fs::path& folder) {
        frame = new app::CompareFrame({folder});
        frame->Show();
        BOOST_REQUIRE(pump_until([this] { return !frame->IsLoading() && frame->HasComparison(); }));
        pump_for(std::chrono::milliseconds(200));
    }
    ~OpenedFrame() {
        frame->Destroy();
        pump_for(std::chrono::milliseconds(50));
    }
    app::CompareFrame* frame;
};

// The hand-worked case of tests/support/calibration_panel.hpp, with
// recommendations: offsets +-0.75, interval [0.4626, 1.0374], Ana lenient and
// Bo severe; Cleo alone saw z, no offset. w: total 100, adjusted 81.25.
fs::path hand_worked_panel(const ScratchFolder& scratch) {
    return hand_worked_calibration(scratch / "hand", true);
}

long row_of(const wxListCtrl& list, const std::string& name) {
    for (long row = 0; row < list.GetItemCount(); ++row)
        if (cell(list, row, 0) == name)
            return row;
    BOOST_FAIL("no row for " << name);
    return -1;
}

std::string all_text(const wxListCtrl& list) {
    std::string out;
    for (long row = 0; row < list.GetItemCount(); ++row)
        for (int column = 0; column < list.GetColumnCount(); ++column)
            out += cell(list, row, column) + "\t";
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(calibration_view)

BOOST_AUTO_TEST_CASE(the_interviewers_tab_shows_what_core_computes) {
    ScratchFolder scratch;
    fs::copy(data("panel"), scratch / "panel");
    const auto expected = run_on(scratch / "panel").comparison;
    OpenedFrame opened(scratch / "panel");
    const auto& list = opened.frame->Interviewers().List();
    const auto& people = expected.calibration.interviewers;
    BOOST_REQUIRE_EQUAL(list.GetItemCount(), static_cast<long>(people.size()));
    BOOST_REQUIRE(expected.calibration.fitted_interviewers >= 2); // the fixture's two interviewers shared candidates
    using V = app::CalibrationView;
    for (long row = 0; row < list.GetItemCount(); ++row) {
        const auto& p = people[static_cast<std::size_t>(row)];
        BOOST_TEST(cell(list, row, V::interviewer) == p.name);
        BOOST_TEST(cell(list, row, V::scorecards) == std::to_string(p.scorecards));
        BOOST_TEST(cell(list, row, V::ratings) == std::to_string(p.ratings));
        check_shown(p.name + " mean", cell(list, row, V::mean), p.mean);
        check_shown(p.name + " sd", cell(list, row, V::spread), p.sd);
        check_shown(p.name + " offset", cell(list, row, V::offset), p.offset);
        const auto interval = numbers_in(cell(list, row, V::interval));
        if (p.offset_ci95) {
            BOOST_REQUIRE_EQUAL(interval.size(), 2u);
            BOOST_TEST(std::abs(interval[0] - p.offset_ci95->first) <= 0.0051);
            BOOST_TEST(std::abs(interval[1] - p.offset_ci95->second) <= 0.0051);
        } else {
            BOOST_TEST(interval.empty());
        }
        BOOST_TEST(cell(list, row, V::reading) ==
                   std::string(app::CalibrationReading(p).utf8_str()));
    }
    // No decisions in the fixture: no agreement column, and the summary says when it comes.
    BOOST_TEST(list.GetColumnCount() == static_cast<int>(V::agreement));
    BOOST_TEST(opened.frame->Interviewers().Summary().Contains("decisions"));

    // The adjusted total beside the raw one, for every candidate.
    const auto& table = opened.frame->Table();
    BOOST_REQUIRE_EQUAL(table.GetItemCount(), static_cast<long>(expected.candidates.size()));
    for (long row = 0; row < table.GetItemCount(); ++row) {
        const auto& c = expected.candidates[static_cast<std::size_t>(row)];
        check_shown(c.name + " total", std::string(table.GetItemText(row, app::CandidateTable::total).utf8_str()),
                    c.total, 0.051);
        check_shown(c.name + " adjusted",
                    std::string(table.GetItemText(row, app::CandidateTable::adjusted_total).utf8_str()),
                    c.adjusted_total, 0.051);
    }
    // The tab is in the window's notebook, named for what it holds.
    auto* details = dynamic_cast<wxNotebook*>(opened.frame->FindWindow("details"));
    BOOST_REQUIRE(details);
    BOOST_TEST(details->GetPageText(details->GetPageCount() - 1) == "Interviewers");
}

BOOST_AUTO_TEST_CASE(the_hand_worked_case_reads_lenient_severe_and_why_cleo_has_no_offset) {
    ScratchFolder scratch;
    OpenedFrame opened(hand_worked_panel(scratch));
    const auto& list = opened.frame->Interviewers().List();
    using V = app::CalibrationView;
    const long ana = row_of(list, "Ana"), bo = row_of(list, "Bo"), cleo = row_of(list, "Cleo");
    BOOST_TEST(cell(list, ana, V::offset) == "+0.75");
    BOOST_TEST(cell(list, ana, V::interval) == "[+0.46, +1.04]");
    BOOST_TEST(cell(list, ana, V::reading).starts_with("lenient"));
    BOOST_TEST(cell(list, bo, V::offset) == "-0.75");
    BOOST_TEST(cell(list, bo, V::interval) == "[-1.04, -0.46]");
    BOOST_TEST(cell(list, bo, V::reading).starts_with("severe"));
    BOOST_TEST(cell(list, cleo, V::offset) == "\u2014");
    BOOST_TEST(cell(list, cleo, V::reading).find("shared no candidate") != std::string::npos, cell(list, cleo, V::reading));
    BOOST_TEST(cell(list, ana, V::scorecards) == "3");
    BOOST_TEST(cell(list, ana, V::ratings) == "9");
    // w: raw 100, adjusted 81.25 (shown to one decimal); z: none, as Cleo has no offset.
    const auto& table = opened.frame->Table();
    bool saw_w = false, saw_z = false;
    for (long row = 0; row < table.GetItemCount(); ++row) {
        const auto id = std::string(table.GetItemText(row, app::CandidateTable::id).utf8_str());
        const auto adjusted = std::string(table.GetItemText(row, app::CandidateTable::adjusted_total).utf8_str());
        if (id == "w") {
            saw_w = true;
            BOOST_TEST(std::string(table.GetItemText(row, app::CandidateTable::total).utf8_str()) == "100.0");
            BOOST_TEST((adjusted == "81.2" || adjusted == "81.3"), adjusted);
        }
        if (id == "z") {
            saw_z = true;
            BOOST_TEST(adjusted == "\u2014");
        }
    }
    BOOST_TEST((saw_w && saw_z));

    // The evidence of w gives each competency's adjusted mean beside the mean: 5 - 0.75.
    for (long row = 0; row < table.GetItemCount(); ++row)
        if (table.GetItemText(row, app::CandidateTable::id) == "w")
            opened.frame->Table().SelectCandidates({opened.frame->Table().ShownCandidates()[row]});
    opened.frame->ShowSelection();
    const auto html = std::string(opened.frame->Evidence().Html().utf8_str());
    BOOST_TEST(html.find("mean 5.00<br>adjusted for severity 4.25") != std::string::npos, html);

    // Sorting by it: highest first, the candidate without one last, either way.
    auto adjusted_column = [&] {
        std::vector<double> values;
        std::vector<std::string> texts;
        for (long row = 0; row < table.GetItemCount(); ++row)
            texts.push_back(std::string(table.GetItemText(row, app::CandidateTable::adjusted_total).utf8_str()));
        for (const auto& t : texts)
            if (t != "\u2014")
                values.push_back(std::stod(t));
        return std::pair{values, texts};
    };
    opened.frame->Table().SortBy(app::CandidateTable::adjusted_total, false);
    auto [down, down_texts] = adjusted_column();
    BOOST_TEST(std::is_sorted(down.rbegin(), down.rend()));
    BOOST_TEST(down_texts.back() == "\u2014");
    opened.frame->Table().SortBy(app::CandidateTable::adjusted_total, true);
    auto [up, up_texts] = adjusted_column();
    BOOST_TEST(std::is_sorted(up.begin(), up.end()));
    BOOST_TEST(up_texts.back() == "\u2014");
    BOOST_TEST(up.size() == 3u); // x, y, w; z has none
    opened.frame->Table().SortBy(app::CandidateTable::rank, true);

    // The exports carry the adjusted total beside the total.
    opened.frame->ExportCsv(scratch / "out.csv");
    const auto csv = read_bytes(scratch / "out.csv");
    BOOST_TEST(csv.find(",total,adjusted_total,coverage_percent,") != std::string::npos);
    BOOST_TEST(csv.find(",100.00,81.25,") != std::string::npos, csv);
}

BOOST_AUTO_TEST_CASE(recommendation_agreement_appears_once_decisions_are_final) {
    ScratchFolder scratch;
    const auto folder = hand_worked_panel(scratch);
    {
        // x: Ana said yes (4), Bo no (2): hired, Ana agrees and Bo does not.
        // y: both yes (5, 4): no-hire, both disagree.
        const auto run = run_on(folder);
        for (const auto& [candidate, outcome] : {std::pair{"x", Outcome::hire}, std::pair{"y", Outcome::no_hire}}) {
            auto store = services::DecisionStore::open(run, candidate);
            services::DecisionInput input;
            input.outcome = outcome;
            BOOST_REQUIRE(store->finalise(input, "Hiring manager").saved());
        }
    }
    const auto expected = run_on(folder).comparison;
    OpenedFrame opened(folder);
    const auto& list = opened.frame->Interviewers().List();
    using V = app::CalibrationView;
    BOOST_REQUIRE_EQUAL(list.GetColumnCount(), static_cast<int>(V::agreement) + 1);
    for (const auto& p : expected.calibration.interviewers) {
        const auto text = cell(list, row_of(list, p.name), V::agreement);
        if (!p.recommendation_agreement) {
            BOOST_TEST(text == "\u2014", p.name);
            continue;
        }
        const auto shown = numbers_in(text); // "1 of 2 (50%)"
        BOOST_REQUIRE_EQUAL(shown.size(), 3u);
        BOOST_TEST(shown[1] == p.recommendations_decided, p.name);
        BOOST_TEST(std::abs(shown[0] / shown[1] - *p.recommendation_agreement) < 1e-9, p.name);
        BOOST_TEST(std::abs(shown[2] - 100 * *p.recommendation_agreement) <= 0.5, p.name);
    }
    // By hand: Ana 1 of 2, Bo 0 of 2, Cleo decided on nothing.
    BOOST_TEST(cell(list, row_of(list, "Ana"), V::agreement) == "1 of 2 (50%)");
    BOOST_TEST(cell(list, row_of(list, "Bo"), V::agreement) == "0 of 2 (0%)");
    BOOST_TEST(cell(list, row_of(list, "Cleo"), V::agreement) == "\u2014");
}

BOOST_AUTO_TEST_CASE(blind_review_keeps_interviewers_and_names_no_candidate) {
    ScratchFolder scratch;
    OpenedFrame opened(hand_worked_panel(scratch));
    opened.frame->SetBlind(true);
    pump_for(std::chrono::milliseconds(100));
    const auto& view = opened.frame->Interviewers();
    const auto text = all_text(view.List()) + std::string(view.Summary().utf8_str());
    for (const char* name : {"Ana", "Bo", "Cleo"})
        BOOST_TEST(text.find(name) != std::string::npos, name);
    for (const char* name : {"Xavier", "Ruiz", "Yolanda", "Rossi", "Walter", "Gil", "Zoe", "Conti"})
        BOOST_TEST(text.find(name) == std::string::npos, name);
    BOOST_TEST(cell(view.List(), row_of(view.List(), "Ana"), app::CalibrationView::offset) == "+0.75");
}

BOOST_AUTO_TEST_CASE(what_is_adjusted_and_why_is_one_click_away) {
    ScratchFolder scratch;
    OpenedFrame opened(hand_worked_panel(scratch));
    wxButton* button = nullptr;
    for (auto* child : opened.frame->Interviewers().GetChildren())
        if (auto* b = dynamic_cast<wxButton*>(child))
            button = b;
    BOOST_REQUIRE(button);
    BOOST_TEST(button->GetLabelText() == "What is adjusted and why?");
    RecordMessages messages;
    wxCommandEvent pressed(wxEVT_BUTTON, button->GetId());
    pressed.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(pressed);
    BOOST_REQUIRE_EQUAL(messages.said.size(), 1u);
    BOOST_TEST(messages.said[0] == std::string(app::CalibrationExplanation().utf8_str()) + "\n");
    for (const char* words : {"least squares", "95% interval", "beside the raw numbers", "0.5 points"})
        BOOST_TEST(messages.said[0].find(words) != std::string::npos, words);
}

BOOST_AUTO_TEST_CASE(the_validity_dialog_shows_what_services_compute) {
    ScratchFolder scratch;
    fs::copy(data("panel"), scratch / "panel");
    const auto performance = scratch / "performance.csv";
    std::ofstream(performance) << "candidate_id,performance,date,rater\n"
                                  "c-1,4.5,2027-03-31,Rita\n"
                                  "c-2,2.0,2027-03-31,Rita\n"
                                  "c-3,3.1,2027-03-31,Rita\n"
                                  "c-4,3.9,2027-03-31,Rita\n"
                                  "c-9,1.0,2027-03-31,Rita\n";
    const auto run = run_on(scratch / "panel");
    const auto expected = services::validity(run.rubric.rubric, run.comparison, read_performance_file(performance),
                                             utf8_of(performance));
    BOOST_REQUIRE(expected.total.pearson); // three totals: enough for r
    OpenedFrame opened(scratch / "panel");
    auto* dialog = opened.frame->CheckPerformance(performance);
    BOOST_REQUIRE(dialog);
    pump_for(std::chrono::milliseconds(100));
    const auto& list = dialog->List();
    using D = app::ValidityDialog;
    BOOST_REQUIRE_EQUAL(list.GetItemCount(), 1 + static_cast<long>(run.rubric.rubric.competencies.size()));
    auto check_row = [&](long row, const Correlation& c) {
        BOOST_TEST(cell(list, row, D::pairs) == std::to_string(c.n));
        check_shown("pearson", cell(list, row, D::pearson), c.pearson);
        check_shown("spearman", cell(list, row, D::spearman), c.spearman);
        const auto interval = numbers_in(cell(list, row, D::interval));
        if (c.pearson_ci95) {
            BOOST_REQUIRE_EQUAL(interval.size(), 2u);
            BOOST_TEST(std::abs(interval[0] - c.pearson_ci95->first) <= 0.0051);
            BOOST_TEST(std::abs(interval[1] - c.pearson_ci95->second) <= 0.0051);
        } else {
            BOOST_TEST(interval.empty());
        }
    };
    BOOST_TEST(cell(list, 0, D::measure) == "Total");
    check_row(0, expected.total);
    for (std::size_t k = 0; k < expected.competency_order.size(); ++k) {
        const auto& id = expected.competency_order[k];
        BOOST_TEST(cell(list, static_cast<long>(k) + 1, D::measure) == run.rubric.rubric.find(id)->name.get("en"));
        check_row(static_cast<long>(k) + 1, expected.competencies.at(id));
    }
    // Every warning services gives, one a line (in English here, as services
    // says them), the unmatched row by FILE:LINE among them.
    const auto warnings = std::string(dialog->WarningsText().utf8_str());
    BOOST_REQUIRE_EQUAL(expected.warning_details.size(), expected.warnings.size());
    BOOST_TEST(expected.warnings.size() >= 3u); // unmatched row, few pairs, range restriction, one rater
    for (const auto& w : expected.warnings)
        BOOST_TEST(warnings.find(w) != std::string::npos, w);
    BOOST_TEST(std::count(warnings.begin(), warnings.end(), '\n') == static_cast<long>(expected.warnings.size()));
    BOOST_TEST(warnings.find("performance.csv:6:") != std::string::npos, warnings);
    BOOST_TEST(warnings.find("\"c-9\"") != std::string::npos, warnings);
    dialog->Destroy();

    // Blind review: the same numbers; the row that names nobody by its line only.
    opened.frame->SetBlind(true);
    auto* blind = opened.frame->CheckPerformance(performance);
    BOOST_REQUIRE(blind);
    BOOST_TEST(cell(blind->List(), 0, D::pearson) == cell(list, 0, D::pearson));
    const auto blind_warnings = std::string(blind->WarningsText().utf8_str());
    BOOST_TEST(blind_warnings.find("performance.csv:6:") != std::string::npos, blind_warnings);
    BOOST_TEST(blind_warnings.find("c-9") == std::string::npos, blind_warnings);
    blind->Destroy();
}

BOOST_AUTO_TEST_CASE(the_file_menu_offers_the_check_once_a_comparison_is_shown) {
    ScratchFolder scratch;
    fs::copy(data("panel"), scratch / "panel");
    OpenedFrame opened(scratch / "panel");
    const int id = opened.frame->GetMenuBar()->FindMenuItem("File", "Check against job performance…");
    BOOST_REQUIRE(id != wxNOT_FOUND);
    opened.frame->UpdateWindowUI();
    BOOST_TEST(opened.frame->GetMenuBar()->IsEnabled(id));
}

BOOST_AUTO_TEST_CASE(a_bad_performance_file_is_named_by_line_and_nothing_opens) {
    ScratchFolder scratch;
    fs::copy(data("panel"), scratch / "panel");
    const auto performance = scratch / "bad.csv";
    std::ofstream(performance) << "candidate_id,performance\nc-1,4.5\nc-2,very good\n";
    OpenedFrame opened(scratch / "panel");
    RecordMessages messages;
    BOOST_TEST(opened.frame->CheckPerformance(performance) == nullptr);
    BOOST_REQUIRE_EQUAL(messages.said.size(), 1u);
    BOOST_TEST(messages.said[0].find("bad.csv:3") != std::string::npos, messages.said[0]);
    BOOST_TEST(messages.titles[0] == "Check against job performance");
    for (auto* window : wxTopLevelWindows)
        BOOST_TEST(dynamic_cast<app::ValidityDialog*>(window) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
