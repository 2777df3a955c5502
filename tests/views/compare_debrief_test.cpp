// The debrief and the decision in the compare window, as HR holds them: the
// Debrief tab shows what core's debrief holds (where the panel disagrees
// first) and names nobody in blind review; the printed debrief pages are the
// selected candidates'; a decision made in the dialog is written beside the
// scorecards, shows in the table, is reopened with a reason, and never
// writes over a record someone else saved meanwhile; overdue drafts are
// listed by interviewer.
#include "modal_dialogs.hpp"
#include "open_compare.hpp"

#include "app/candidate_table.hpp"
#include "app/debrief_view.hpp"
#include "app/decision_dialog.hpp"
#include "app/printing.hpp"

#include "core/model/scorecard.hpp"
#include "core/scoring/blind_review.hpp"
#include "core/storage/blind_key.hpp"
#include "core/xml/decision_xml.hpp"
#include "calibration_panel.hpp"
#include "report/pdf_output.hpp"
#include "services/comparison_run.hpp"
#include "services/decision_store.hpp"

#include <nlohmann/json.hpp>

#include <wx/listctrl.h>
#include <wx/notebook.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <fstream>
#include <sstream>

using namespace extramile;
using namespace extramile::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::string utf8(const wxString& s) { return s.utf8_string(); }

// Selects the candidate named `name` and lets the views follow.
void select(app::CompareFrame& frame, const std::string& name) {
    auto& table = frame.Table();
    const auto shown = table.ShownCandidates();
    for (long row = 0; row < table.GetItemCount(); ++row)
        if (utf8(table.GetItemText(row, app::CandidateTable::name)) == name) {
            table.SelectCandidates({shown[static_cast<std::size_t>(row)]});
            frame.ShowSelection();
            return;
        }
    BOOST_FAIL("no candidate " << name << " in the table");
}

std::string row_of(const app::CandidateTable& table, const std::string& name, long column) {
    for (long row = 0; row < table.GetItemCount(); ++row)
        if (utf8(table.GetItemText(row, app::CandidateTable::name)) == name)
            return utf8(table.GetItemText(row, column));
    return "(no row)";
}

std::vector<fs::path> decision_files(const fs::path& folder) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().string().ends_with(".decision.xml"))
            out.push_back(entry.path());
    return out;
}

services::ComparisonRun run_on(const fs::path& folder) {
    services::ComparisonRequest request;
    request.paths = {folder};
    return services::run_comparison(request);
}

std::vector<std::unique_ptr<WhenOpens<app::DecisionDialog>>> watches;

void when_decision_opens(std::function<void(app::DecisionDialog&)> step) {
    watches.push_back(std::make_unique<WhenOpens<app::DecisionDialog>>(std::move(step)));
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare_debrief)

BOOST_FIXTURE_TEST_CASE(the_debrief_tab_shows_cores_debrief_where_the_panel_disagrees_first, OpenCompare) {
    select(*frame, "Ana Pérez");
    const auto debriefs = frame->SelectedDebriefs();
    BOOST_REQUIRE_EQUAL(debriefs.size(), 1u);
    const auto& debrief = debriefs.front();
    const std::string html = utf8(frame->DebriefPage().Html());
    BOOST_TEST(html.find("Ana P") != std::string::npos);
    // Every competency, in the debrief's order (polarised, then by spread).
    std::size_t at = 0;
    for (const auto& competency : debrief.competencies) {
        const auto found = html.find("<h3>" + competency.name, at);
        BOOST_TEST(found != std::string::npos, competency.name << " missing or out of order");
        at = found == std::string::npos ? at : found;
        for (const auto& rating : competency.ratings) {
            BOOST_TEST(html.find(rating.interviewer) != std::string::npos);
            if (!rating.anchor.empty())
                BOOST_TEST(html.find(rating.anchor.substr(0, 20)) != std::string::npos, "anchor of " << competency.name);
            for (const auto& note : rating.notes)
                BOOST_TEST(html.find(note.text.substr(0, 20)) != std::string::npos);
        }
    }
    for (const auto& r : debrief.recommendations)
        BOOST_TEST(html.find(r.interviewer) != std::string::npos);
    BOOST_TEST(utf8(frame->DecisionSummary()).find("No decision is recorded about Ana P") == 0);

    // Nothing selected: the tab says how to start, and no decision can be made.
    frame->Table().SelectCandidates({});
    frame->ShowSelection();
    BOOST_TEST(utf8(frame->DebriefPage().Html()).find("Select a candidate") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(blind_review_names_nobody_in_the_debrief_or_its_pages, OpenCompare) {
    frame->SetBlind(true);
    auto& table = frame->Table();
    table.SelectCandidates(table.ShownCandidates());
    frame->ShowSelection();
    const std::string html = utf8(frame->DebriefPage().Html());
    const auto named = names_in(html);
    BOOST_TEST(named.empty(), "named in the blind debrief: " << (named.empty() ? std::string() : named.front()));
    BOOST_TEST(html.find("<h3>") != std::string::npos); // and it is there

    const auto pdf = scratch / "debrief.pdf";
    report::write_pdf(*frame->DebriefDocument(app::PreferredPageSetup()), pdf);
    const auto txt = pdf.string() + ".txt";
    BOOST_REQUIRE(std::system(("pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt + "'").c_str()) == 0);
    std::ifstream in(txt);
    std::stringstream text;
    text << in.rdbuf();
    BOOST_TEST(names_in(text.str()).empty());
    for (const auto& d : frame->SelectedDebriefs())
        BOOST_TEST(text.str().find(d.name) != std::string::npos, "the code " << d.name << " heads its pages");

    // The overdue drafts name their candidate by code too, and no file.
    frame->SetOverdueDays(0);
    const auto& list = frame->OverdueList();
    BOOST_REQUIRE(list.GetItemCount() >= 1);
    for (long row = 0; row < list.GetItemCount(); ++row)
        for (int column = 0; column < list.GetColumnCount(); ++column)
            BOOST_TEST(names_in(utf8(list.GetItemText(row, column))).empty());
}

// Candidates ranked alike were in the order of their names, in blind
// review too, which told who was who. They go in the order of their codes
// now, and each row still opens its own candidate's evidence (the window
// holds the named comparison beside the blind one), and a candidate
// selected before blind review is turned on stays selected.
BOOST_FIXTURE_TEST_CASE(candidates_ranked_alike_go_by_code_in_blind_review_and_keep_their_evidence, OpenCompare) {
    const auto folder = scratch / "ties";
    fs::create_directories(folder);
    struct Tied {
        std::string id, name;
        int giving, service, trust; // giving weighs 2: each total is 80
    };
    const std::vector<Tied> candidates{{"t1", "Ana Alba", 4, 4, 4},  {"t2", "Bruno Bava", 4, 5, 3},
                                       {"t3", "Carla Cosi", 4, 3, 5}, {"t4", "Dario Dini", 3, 5, 5},
                                       {"t5", "Elena Eco", 5, 3, 3},  {"t6", "Fabio Fumi", 5, 4, 2}};
    for (const auto& c : candidates)
        write_sample_scorecard(folder, c.id, c.name, "I-" + c.id, c.giving, c.service, c.trust);
    frame->Open({folder});
    BOOST_REQUIRE(pump_until([this] { return !frame->IsLoading() && frame->HasComparison(); }));
    // What a debrief shows of the ratings (read from the candidate's own files).
    const auto ratings_of = [](const Debrief& d) {
        std::map<std::string, int> out;
        for (const auto& competency : d.competencies)
            for (const auto& rating : competency.ratings)
                if (rating.value)
                    out[competency.id] = *rating.value;
        return out;
    };
    const auto expected_of = [](const Tied& c) {
        return std::map<std::string, int>{{"giving", c.giving}, {"service", c.service}, {"trust", c.trust}};
    };
    select(*frame, "Dario Dini");
    frame->SetBlind(true);
    const auto kept = frame->SelectedDebriefs();
    BOOST_REQUIRE_EQUAL(kept.size(), 1u);
    BOOST_TEST((ratings_of(kept.front()) == expected_of(candidates[3])), "Dario Dini stays selected");

    const auto secret = blind_key_for(folder).secret;
    std::map<std::string, const Tied*> by_code;
    for (const auto& c : candidates)
        by_code[blind_code(candidate_key(c.id, c.name), secret)] = &c;
    auto& table = frame->Table();
    BOOST_REQUIRE_EQUAL(table.GetItemCount(), 6);
    std::vector<std::string> codes;
    for (long row = 0; row < table.GetItemCount(); ++row) {
        const auto code = utf8(table.GetItemText(row, app::CandidateTable::name));
        BOOST_REQUIRE(by_code.count(code));
        codes.push_back(code);
        select(*frame, code);
        const auto debriefs = frame->SelectedDebriefs();
        BOOST_REQUIRE_EQUAL(debriefs.size(), 1u);
        BOOST_TEST(debriefs.front().name == code);
        BOOST_TEST((ratings_of(debriefs.front()) == expected_of(*by_code.at(code))),
                   "row " << row << " (" << code << ") must open " << by_code.at(code)->name << "'s evidence");
    }
    BOOST_TEST(std::is_sorted(codes.begin(), codes.end()), "the rows go by code");
}

BOOST_FIXTURE_TEST_CASE(overdue_drafts_are_listed_by_interviewer_from_the_days_asked, OpenCompare) {
    // Dario Neri's interview with Luca is still a draft (tests/data/panel);
    // it records no session start, so its age counts from its last save.
    const auto draft = scratch / "panel" / "c-4--luca.scorecard.xml";
    fs::last_write_time(draft, fs::file_time_type::clock::now() - std::chrono::days(5) - 1h);
    frame->Open({scratch / "panel"});
    BOOST_REQUIRE(pump_until([this] { return !frame->IsLoading() && frame->HasComparison(); }));
    frame->SetOverdueDays(5);
    const auto& list = frame->OverdueList();
    BOOST_REQUIRE_EQUAL(list.GetItemCount(), 1);
    BOOST_TEST(utf8(list.GetItemText(0, 0)) == "Luca Bianchi");
    BOOST_TEST(utf8(list.GetItemText(0, 1)) == "Dario Neri");
    BOOST_TEST(utf8(list.GetItemText(0, 2)) == "5");
    BOOST_TEST(utf8(list.GetItemText(0, 3)).find("(last saved)") != std::string::npos);
    BOOST_TEST(utf8(list.GetItemText(0, 4)) == "c-4--luca.scorecard.xml");
    // The JSON export lists them as `compare --format json` does.
    frame->ExportJson(scratch / "export.json");
    const auto json = nlohmann::json::parse(std::ifstream(scratch / "export.json"));
    BOOST_REQUIRE_EQUAL(json.at("overdue").at("drafts").size(), 1u);
    BOOST_TEST(json["overdue"]["days"] == 5);
    BOOST_TEST(json["overdue"]["drafts"][0]["interviewer"] == "Luca Bianchi");
    frame->SetOverdueDays(6); // not older than six days
    BOOST_TEST(list.GetItemCount() == 0);
}

BOOST_FIXTURE_TEST_CASE(a_decision_is_made_final_shown_and_reopened_with_a_reason, OpenCompare) {
    select(*frame, "Ana Pérez");
    AnswerMessages answers({wxID_YES}); // "Make the decision final?"
    when_decision_opens([](app::DecisionDialog& dialog) {
        BOOST_TEST(utf8(dialog.StatusText()).find("No decision is recorded") == 0);
        // Tab goes down the page: every reason, then "Decided by".
        std::vector<std::string> order;
        for (auto* child : dialog.FindWindow("decision_fields")->GetChildren())
            if (child->AcceptsFocus())
                order.push_back(utf8(child->GetName()));
        BOOST_TEST_REQUIRE(order.size() >= 2u);
        BOOST_TEST(order.back() == "decided_by");
        BOOST_TEST(order[order.size() - 2].starts_with("reason_"));
        dialog.SetOutcome(Outcome::hire);
        dialog.SetReason("", "Trained others unasked; strong service record.");
        dialog.SetDecidedBy("Head of HR");
        BOOST_TEST(dialog.MakeFinal());
    });
    frame->RecordDecision(); // returns when the dialog has closed
    watches.clear();
    BOOST_REQUIRE_EQUAL(answers.said.size(), 1u);
    BOOST_TEST(answers.said[0].find("based on these 2 scorecards") != std::string::npos, answers.said[0]);

    const auto files = decision_files(scratch / "panel");
    BOOST_REQUIRE_EQUAL(files.size(), 1u);
    const auto decision = read_decision(files.front());
    BOOST_TEST(decision.is_final());
    BOOST_TEST((decision.outcome == Outcome::hire));
    BOOST_TEST(decision.decided_by == "Head of HR");
    BOOST_TEST(decision.candidate_id == "c-1");
    BOOST_TEST(decision.basis.size() == 2u);
    BOOST_TEST(decision.reason_for("") == "Trained others unasked; strong service record.");
    // Both interviewers were there, as the dialog proposed.
    BOOST_TEST(decision.members.size() == 2u);
    BOOST_TEST(((fs::status(files.front()).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
                fs::perms::none));
    // The table and the tab show it without reading the folder again by hand.
    BOOST_TEST(row_of(frame->Table(), "Ana Pérez", frame->Table().DecisionColumn()) == "hire (final)");
    BOOST_TEST(utf8(frame->DecisionSummary()).find("hire (final) by Head of HR") != std::string::npos,
               utf8(frame->DecisionSummary()));

    // Reopened with a reason, then saved as a draft with another outcome.
    when_decision_opens([](app::DecisionDialog& dialog) {
        BOOST_TEST(utf8(dialog.StatusText()).find("Final: hire, decided by Head of HR") == 0);
        BOOST_TEST(!dialog.Reopen("")); // a reason is required
        BOOST_TEST(dialog.Reopen("A reference check came back mixed."));
        BOOST_TEST(utf8(dialog.StatusText()).find("Reopened by Head of HR") != std::string::npos);
        dialog.SetOutcome(Outcome::hold);
        BOOST_TEST(dialog.SaveDraft());
    });
    AnswerMessages refusal({wxID_OK}); // the empty reason is refused in words
    frame->RecordDecision();
    watches.clear();
    BOOST_REQUIRE_EQUAL(refusal.said.size(), 1u);
    BOOST_TEST(refusal.said[0].find("Say why the decision is reopened") == 0);
    const auto reopened = read_decision(files.front());
    BOOST_TEST(!reopened.is_final());
    BOOST_TEST((reopened.outcome == Outcome::hold));
    BOOST_REQUIRE(!reopened.events.empty());
    BOOST_TEST(reopened.events.back().kind == "reopened");
    BOOST_TEST(reopened.events.back().reason == "A reference check came back mixed.");
    BOOST_TEST(row_of(frame->Table(), "Ana Pérez", frame->Table().DecisionColumn()) == "hold (draft)");
}

BOOST_FIXTURE_TEST_CASE(making_final_on_drafts_says_they_are_drafts, OpenCompare) {
    // Dario Neri has only a draft, counted once Include drafts is on.
    frame->SetIncludeDrafts(true);
    select(*frame, "Dario Neri");
    AnswerMessages answers({wxID_NO}); // not on a draft, after all
    when_decision_opens([](app::DecisionDialog& dialog) {
        dialog.SetOutcome(Outcome::no_hire);
        dialog.SetDecidedBy("Head of HR");
        BOOST_TEST(!dialog.MakeFinal());
        dialog.EndModal(wxID_CANCEL);
    });
    frame->RecordDecision();
    watches.clear();
    BOOST_REQUIRE_EQUAL(answers.said.size(), 1u);
    BOOST_TEST(answers.said[0].find("1 of them is a draft, counted because Include drafts is on") != std::string::npos,
               answers.said[0]);
    BOOST_TEST(decision_files(scratch / "panel").empty());
}

BOOST_FIXTURE_TEST_CASE(a_record_saved_meanwhile_by_someone_else_is_never_overwritten, OpenCompare) {
    select(*frame, "Bruno Rossi");
    // A first draft, so that both sides build on the same record.
    {
        const auto run = run_on(scratch / "panel");
        auto store = services::DecisionStore::open(run, "c-2");
        services::DecisionInput input;
        input.outcome = Outcome::next_stage;
        BOOST_REQUIRE(store->save_draft(input).saved());
    }
    frame->Open({scratch / "panel"});
    BOOST_REQUIRE(pump_until([this] { return !frame->IsLoading() && frame->HasComparison(); }));
    select(*frame, "Bruno Rossi");
    const auto file = decision_files(scratch / "panel").at(0);

    AnswerMessages answers({wxID_OK});
    when_decision_opens([&](app::DecisionDialog& dialog) {
        // While the dialog is open, a colleague saves the record.
        const auto run = run_on(scratch / "panel");
        auto theirs = services::DecisionStore::open(run, "c-2");
        services::DecisionInput input;
        input.outcome = Outcome::no_hire;
        input.reasons[""] = "Their reason.";
        BOOST_REQUIRE(theirs->save_draft(input).saved());
        dialog.SetOutcome(Outcome::hire);
        dialog.SetReason("", "My reason.");
        BOOST_TEST(!dialog.SaveDraft()); // refused, in words
        const auto kept = read_decision(file);
        BOOST_TEST(kept.reason_for("") == "Their reason.");
        // Saving again builds on their version, which the dialog now holds.
        BOOST_TEST(dialog.SaveDraft());
    });
    frame->RecordDecision();
    watches.clear();
    BOOST_REQUIRE_EQUAL(answers.said.size(), 1u);
    BOOST_TEST(answers.said[0].find("Someone else saved this decision") == 0);
    const auto mine = read_decision(file);
    BOOST_TEST(mine.reason_for("") == "My reason.");
    BOOST_TEST((mine.outcome == Outcome::hire));
    BOOST_TEST(mine.revision == 3);
}

BOOST_AUTO_TEST_SUITE_END()
