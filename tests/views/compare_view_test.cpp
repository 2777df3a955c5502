// The compare view on the panel fixture (tests/data/panel, scored with
// tests/data/good/sample.rubric.xml, found through EXTRAMILE_RUBRIC_PATH):
// what the window shows must be what core computes, and blind review must
// leave no candidate's name anywhere, in the window or in what it exports.
#include "calibration_panel.hpp"
#include "open_compare.hpp"
#include "wx_session.hpp"

#include "test_paths.hpp"

#include "app/agreement_list.hpp"
#include "app/candidate_table.hpp"
#include "app/compare_frame.hpp"
#include "app/evidence_view.hpp"
#include "app/radar_panel.hpp"

#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/scoring/scoring.hpp"
#include "report/pdf_output.hpp"

#include <boost/test/unit_test.hpp>

#include <wx/stattext.h>
#include <wx/statusbr.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace extramile;
using namespace extramile::test;

namespace {

// The table's cell text, as a person reads it.
std::string cell(const app::CandidateTable& table, long row, long column) {
    return std::string(table.GetItemText(row, column).utf8_str());
}

std::vector<std::string> column_of(const app::CandidateTable& table, long column) {
    std::vector<std::string> out;
    for (long row = 0; row < table.GetItemCount(); ++row)
        out.push_back(cell(table, row, column));
    return out;
}

Comparison core_comparison(bool include_drafts = false) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    CompareOptions options;
    options.include_drafts = include_drafts;
    return compare(rubric, rubric_digest(rubric), load_scorecards({data("panel")}).scorecards, options);
}

std::string read_text(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string pdf_text(const std::filesystem::path& pdf) {
    const auto txt = pdf.string() + ".txt";
    const auto command = "pdftotext -enc UTF-8 '" + pdf.string() + "' '" + txt + "'";
    BOOST_REQUIRE(std::system(command.c_str()) == 0);
    return read_text(txt);
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare_view)

BOOST_FIXTURE_TEST_CASE(the_table_shows_what_core_computes, OpenCompare) {
    const auto expected = core_comparison();
    const auto& table = frame->Table();
    BOOST_REQUIRE_EQUAL(table.GetItemCount(), static_cast<long>(expected.candidates.size()));
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    for (long row = 0; row < table.GetItemCount(); ++row) {
        const auto& c = expected.candidates[row];
        BOOST_TEST(cell(table, row, app::CandidateTable::name) == c.name);
        BOOST_TEST(cell(table, row, app::CandidateTable::interviewers) == std::to_string(c.interviewers.size()));
        const std::string none = "\u2014"; // shown for "no rating"
        BOOST_TEST(cell(table, row, app::CandidateTable::total) == (c.total ? std::string(wxString::FromDouble(*c.total, 1).utf8_str()) : none));
        for (size_t k = 0; k < rubric.competencies.size(); ++k) {
            const auto& mean = c.competencies.at(rubric.competencies[k].id).mean;
            const auto text = cell(table, row, app::CandidateTable::CompetencyColumn(static_cast<int>(k)));
            BOOST_TEST(text.starts_with(mean ? std::string(wxString::FromDouble(*mean, 2).utf8_str()) : none), text);
        }
    }
    // And the hand-computed totals of the fixture (tests/cli/compare_test.cpp).
    // Dario Neri has only a draft: listed, unrated, last.
    BOOST_TEST(column_of(table, app::CandidateTable::total) == (std::vector<std::string>{"84.4", "43.8", "40.6", "\u2014"}));
    BOOST_TEST(column_of(table, app::CandidateTable::name) ==
               (std::vector<std::string>{"Ana Pérez", "Chiara Bianchi", "Bruno Rossi", "Dario Neri"}));
    // Bruno's draft-free panel still shows the flags in words.
    BOOST_TEST(cell(table, 2, table.FlagsColumn()).find("rubric version not recorded") !=
               std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(columns_sort_and_roles_filter, OpenCompare) {
    auto& table = frame->Table();
    table.SortBy(app::CandidateTable::total, true); // total, lowest first; no total stays last either way
    BOOST_TEST(column_of(table, app::CandidateTable::total) == (std::vector<std::string>{"40.6", "43.8", "84.4", "\u2014"}));
    table.SortBy(app::CandidateTable::total, false);
    BOOST_TEST(column_of(table, app::CandidateTable::total) == (std::vector<std::string>{"84.4", "43.8", "40.6", "\u2014"}));
    table.SortBy(app::CandidateTable::name, true); // by name
    BOOST_TEST(column_of(table, app::CandidateTable::name) ==
               (std::vector<std::string>{"Ana Pérez", "Bruno Rossi", "Chiara Bianchi", "Dario Neri"}));
    frame->SetRoleFilter("Store manager");
    BOOST_TEST(column_of(table, app::CandidateTable::name) == (std::vector<std::string>{"Ana Pérez", "Chiara Bianchi"}));
    frame->SetRoleFilter("");
    BOOST_TEST(table.GetItemCount() == 4);
}

BOOST_FIXTURE_TEST_CASE(drafts_can_be_counted, OpenCompare) {
    // Dario's only scorecard is a draft (giving 5): counted, he has a total.
    BOOST_TEST(column_of(frame->Table(), app::CandidateTable::total).back() == "\u2014");
    frame->SetIncludeDrafts(true);
    const auto expected = core_comparison(true);
    BOOST_TEST(frame->Table().GetItemCount() == static_cast<long>(expected.candidates.size()));
    const auto names = column_of(frame->Table(), app::CandidateTable::name);
    const auto totals = column_of(frame->Table(), app::CandidateTable::total);
    const auto dario = std::find(names.begin(), names.end(), "Dario Neri") - names.begin();
    BOOST_REQUIRE(dario < static_cast<long>(names.size()));
    BOOST_TEST(totals[dario] != "\u2014");
}

BOOST_FIXTURE_TEST_CASE(side_by_side_shows_each_interviewers_rating_and_notes, OpenCompare) {
    auto& table = frame->Table();
    table.SelectCandidates({0, 1});
    frame->ShowSelection();
    const auto html = std::string(frame->Evidence().Html().utf8_str());
    BOOST_TEST(html.find("Notes by Luca Bianchi on Ana Pérez.") != std::string::npos);
    BOOST_TEST(html.find("Marta") != std::string::npos);
    const auto& chart = frame->Radar().Chart();
    BOOST_TEST(chart.series.size() == 2u);
    BOOST_TEST(chart.axes.size() == 3u);
    BOOST_TEST(chart.series[0].label == "Ana Pérez");
    // Ana's giving mean is 4.5 (hand computation in tests/cli/compare_test.cpp).
    BOOST_REQUIRE(chart.series[0].values[0].has_value());
    BOOST_TEST(*chart.series[0].values[0] == 4.5);
}

BOOST_FIXTURE_TEST_CASE(agreement_is_read_in_plain_words, OpenCompare) {
    const auto& list = frame->Agreement();
    BOOST_REQUIRE_EQUAL(list.GetItemCount(), 3);
    const auto expected = core_comparison();
    const auto giving = expected.agreement.at("giving");
    BOOST_REQUIRE(giving.icc1_1.has_value());
    const auto icc = std::string(list.GetItemText(0, 4).utf8_str());
    BOOST_TEST(icc.starts_with(std::string(wxString::FromDouble(giving.icc1_1->value, 2).utf8_str())), icc);
    const auto reading = std::string(list.GetItemText(0, 1).utf8_str());
    BOOST_TEST(reading.ends_with(std::string(app::ReadingText(read_agreement(giving)).utf8_str())), reading);
    BOOST_TEST(!reading.empty());
}

// Why an estimate is missing is said once, in full, below the list, and the
// rows refer to it by number (a column of its own was cut at the window's
// edge at 1366 px, and repeated one sentence on every row).
BOOST_FIXTURE_TEST_CASE(agreement_notes_are_footnotes_in_full_below_the_list, OpenCompare) {
    const auto& list = frame->Agreement();
    const auto expected = core_comparison();
    BOOST_TEST(list.GetColumnCount() == 7); // competency, reading, candidates, interviewers, three ICCs
    std::vector<std::string> referred;
    std::string cells;
    for (long row = 0; row < list.GetItemCount(); ++row)
        for (int column = 0; column < list.GetColumnCount(); ++column)
            cells += std::string(list.GetItemText(row, column).utf8_str()) + "\n";
    // An interval without a lower limit (ICC(2,k) of "giving" in the
    // fixture) is written as the PDF writes it, never as "-inf".
    BOOST_TEST(cells.find("inf") == std::string::npos, cells);
    BOOST_TEST(cells.find("[\u2212\u221e, ") != std::string::npos, cells);
    for (long row = 0; row < list.GetItemCount(); ++row) {
        const auto reading = std::string(list.GetItemText(row, 1).utf8_str());
        if (reading.starts_with("[")) // the marker first, where a cut column keeps it
            referred.push_back(reading.substr(0, reading.find(']') + 1));
    }
    const auto notes = std::string(frame->AgreementNotesText().utf8_str());
    const auto* shown = frame->FindWindow("agreement_notes");
    BOOST_REQUIRE(shown);
    BOOST_TEST(shown->IsShown());
    // The panel fixture has estimates without an interval (tests/data/panel:
    // three candidates): so the checks below are not vacuous.
    BOOST_REQUIRE(!referred.empty());
    for (const auto& marker : referred)
        BOOST_TEST(notes.find(marker + " ") != std::string::npos, marker << " in " << notes);
    for (const auto& [id, agreement] : expected.agreement)
        for (const auto note : agreement.notes)
            BOOST_TEST(notes.find(agreement_note_text(note)) != std::string::npos, agreement_note_text(note));
    // Each set of reasons once, however many rows it holds for.
    std::vector<std::vector<AgreementNote>> sets;
    for (const auto& [id, agreement] : expected.agreement)
        if (!agreement.notes.empty() && std::find(sets.begin(), sets.end(), agreement.notes) == sets.end())
            sets.push_back(agreement.notes);
    BOOST_TEST(static_cast<std::size_t>(std::count(notes.begin(), notes.end(), '\n')) + 1 == sets.size(), notes);
    BOOST_TEST(std::set<std::string>(referred.begin(), referred.end()).size() == sets.size());
}

BOOST_FIXTURE_TEST_CASE(blind_review_names_no_candidate_anywhere, OpenCompare) {
    // Before: the names are there (so the checks below can fail).
    frame->Table().SelectCandidates({0, 1, 2});
    frame->ShowSelection();
    BOOST_TEST(!names_in(std::string(frame->Evidence().Html().utf8_str())).empty());

    frame->SetBlind(true);
    frame->Table().SelectCandidates({0, 1, 2});
    frame->ShowSelection();
    pump_for(std::chrono::milliseconds(200));
    std::string shown;
    const auto& table = frame->Table();
    for (long row = 0; row < table.GetItemCount(); ++row)
        for (int column = 0; column < table.GetColumnCount(); ++column)
            shown += cell(table, row, column) + "\n";
    BOOST_TEST(shown.find("C-") != std::string::npos);
    shown += std::string(frame->Evidence().Html().utf8_str());
    for (const auto& series : frame->Radar().Chart().series)
        shown += series.label + "\n";
    shown += std::string(frame->GetTitle().utf8_str()) + "\n";
    shown += std::string(frame->WarningsText().utf8_str());
    for (auto* child : frame->GetChildren())
        shown += std::string(child->GetLabel().utf8_str()) + "\n";
    if (auto* label = dynamic_cast<wxStaticText*>(frame->FindWindow("folder_label")))
        shown += std::string(label->GetLabel().utf8_str());
    BOOST_TEST(names_in(shown).empty(), "names shown in blind review: " << names_in(shown).size());
    // The evidence is still there, with the names replaced.
    BOOST_TEST(shown.find("Notes by Luca") != std::string::npos);

    ScratchFolder out;
    frame->ExportCsv(out / "blind.csv");
    frame->ExportJson(out / "blind.json");
    report::write_pdf(*frame->ReportDocument(report::PageSetup::for_paper(report::Paper::a4)), out / "blind.pdf");
    for (const auto& text : {read_text(out / "blind.csv"), read_text(out / "blind.json"), pdf_text(out / "blind.pdf")}) {
        BOOST_TEST(names_in(text).empty(), "a name in an export: " << text.substr(0, 300));
        BOOST_TEST(text.find("C-") != std::string::npos);
    }
}

// Candidates with the same evidence share a rank in the table (1, 2, 2, 4),
// sorted by another column and back, as in the exports.
BOOST_AUTO_TEST_CASE(tied_candidates_share_a_rank_in_the_table) {
    ScratchFolder scratch;
    const auto folder = scratch / "tied";
    std::filesystem::create_directories(folder);
    write_sample_scorecard(folder, "a", "Ana Alba", "Ivo", 5, 5, 5);
    write_sample_scorecard(folder, "c", "Cai Cruz", "Ivo", 4, 4, 4);
    write_sample_scorecard(folder, "b", "Bea Bosch", "Ivo", 4, 4, 4);
    write_sample_scorecard(folder, "d", "Dan Diaz", "Ivo", 3, 3, 3);
    auto* frame = new app::CompareFrame({folder});
    frame->Show();
    BOOST_REQUIRE(pump_until([&] { return !frame->IsLoading() && frame->HasComparison(); }));
    const auto& table = frame->Table();
    BOOST_TEST(column_of(table, app::CandidateTable::name) ==
                   (std::vector<std::string>{"Ana Alba", "Bea Bosch", "Cai Cruz", "Dan Diaz"}),
               boost::test_tools::per_element());
    BOOST_TEST(column_of(table, app::CandidateTable::rank) == (std::vector<std::string>{"1", "2", "2", "4"}),
               boost::test_tools::per_element());
    frame->Table().SortBy(app::CandidateTable::name, false); // Z to A: each keeps its rank
    BOOST_TEST(column_of(table, app::CandidateTable::rank) == (std::vector<std::string>{"4", "2", "2", "1"}),
               boost::test_tools::per_element());
    frame->Destroy();
    pump_for(std::chrono::milliseconds(50));
}

BOOST_FIXTURE_TEST_CASE(csv_export_opens_as_utf8_in_spreadsheets, OpenCompare) {
    ScratchFolder out;
    frame->ExportCsv(out / "panel.csv");
    const auto csv = read_text(out / "panel.csv");
    BOOST_TEST(csv.starts_with("\xEF\xBB\xBF" "rank,"));
    BOOST_TEST(csv.find("Ana Pérez") != std::string::npos);
    BOOST_TEST(csv.find("\r\n") != std::string::npos);
    BOOST_TEST(((std::filesystem::status(out / "panel.csv").permissions() & std::filesystem::perms::others_read) ==
                std::filesystem::perms::none));
}

// The exported candidates, in order, with the rank the CSV gives them.
std::vector<std::pair<int, std::string>> exported_ranks(app::CompareFrame& frame) {
    ScratchFolder out;
    frame.ExportCsv(out / "shown.csv");
    std::istringstream csv(read_text(out / "shown.csv"));
    std::vector<std::pair<int, std::string>> ranks;
    std::string line;
    std::getline(csv, line); // the header
    while (std::getline(csv, line)) {
        std::vector<std::string> fields;
        std::istringstream row(line);
        for (std::string field; std::getline(row, field, ',');)
            fields.push_back(field);
        if (fields.size() > 2)
            ranks.emplace_back(std::stoi(fields[0]), fields[2]);
    }
    return ranks;
}

BOOST_FIXTURE_TEST_CASE(exports_hold_the_role_chosen_and_with_selected_only_the_selection, OpenCompare) {
    using Ranks = std::vector<std::pair<int, std::string>>;
    BOOST_TEST(exported_ranks(*frame) ==
               (Ranks{{1, "Ana Pérez"}, {2, "Chiara Bianchi"}, {3, "Bruno Rossi"}, {4, "Dario Neri"}}));
    frame->SetRoleFilter("Store manager");
    BOOST_TEST(exported_ranks(*frame) == (Ranks{{1, "Ana Pérez"}, {2, "Chiara Bianchi"}}));
    // Selected only: Chiara alone, ranked within what is exported.
    frame->Table().SelectCandidates({1});
    BOOST_TEST(exported_ranks(*frame).size() == 2u); // the selection counts only when asked
    frame->SetSelectedOnly(true);
    BOOST_TEST(exported_ranks(*frame) == (Ranks{{1, "Chiara Bianchi"}}));
    ScratchFolder out;
    frame->ExportCsv(out / "one.csv");
    const auto csv = read_text(out / "one.csv");
    BOOST_TEST(csv.find("Chiara Bianchi") != std::string::npos);
    BOOST_TEST(csv.find("Ana Pérez") == std::string::npos);
    report::write_pdf(*frame->ReportDocument(report::PageSetup::for_paper(report::Paper::a4)), out / "one.pdf");
    const auto pdf = pdf_text(out / "one.pdf");
    BOOST_TEST(pdf.find("Chiara Bianchi") != std::string::npos);
    BOOST_TEST(pdf.find("Ana Pérez") == std::string::npos);
    BOOST_TEST(pdf.find("Bruno Rossi") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(selecting_four_hundred_candidates_stays_quick) {
    // 400 candidates (the panel's scorecards under new ids and names):
    // Ctrl+A must not draw 400 series or 400 columns of evidence.
    ScratchFolder scratch;
    const auto folder = scratch / "many";
    std::filesystem::create_directories(folder);
    const auto luca = read_scorecard(data("panel/c-1--luca.scorecard.xml"));
    for (int i = 0; i < 400; ++i) {
        auto s = luca;
        s.candidate_id = "m-" + std::to_string(i);
        s.candidate_name = "Candidate " + std::to_string(i);
        s.id = "00000000-0000-4000-8000-" + std::to_string(100000000000LL + i);
        save_scorecard(folder / (s.candidate_id + "--luca.scorecard.xml"), s);
    }
    auto* frame = new app::CompareFrame({folder});
    frame->Show();
    BOOST_REQUIRE(pump_until([&] { return !frame->IsLoading() && frame->HasComparison(); }, std::chrono::seconds(60)));
    BOOST_REQUIRE_EQUAL(frame->Table().GetItemCount(), 400);

    const auto start = std::chrono::steady_clock::now();
    wxCommandEvent select_all(wxEVT_MENU, wxID_SELECTALL);
    frame->ProcessWindowEvent(select_all);
    frame->ShowSelection();
    pump_for(std::chrono::milliseconds(50));
    const auto took = std::chrono::steady_clock::now() - start;
    BOOST_TEST(frame->Table().SelectedCandidates().size() == 400u);
    BOOST_TEST(frame->Radar().Chart().series.size() == 6u);
    const auto html = std::string(frame->Evidence().Html().utf8_str());
    BOOST_TEST(html.find("first 12 of the 400") != std::string::npos);
    std::set<std::string> named;
    const std::regex candidate("Candidate [0-9]+");
    for (std::sregex_iterator it(html.begin(), html.end(), candidate), end; it != end; ++it)
        named.insert(it->str());
    BOOST_TEST(named.size() == 12u, "candidates in the evidence: " << named.size());
    // Generous for a loaded CI machine; before the caps it took seconds.
    BOOST_TEST(std::chrono::duration<double>(took).count() < 1.5);
    frame->Destroy();
    pump_for(std::chrono::milliseconds(50));
}

BOOST_AUTO_TEST_CASE(a_long_load_can_be_stopped) {
    ScratchFolder big;
    for (int i = 0; i < 3000; ++i)
        std::filesystem::copy_file(data("panel/c-1--luca.scorecard.xml"), big / ("s" + std::to_string(i) + ".scorecard.xml"));
    auto* frame = new app::CompareFrame({big.path()});
    frame->Show();
    frame->StopLoading();
    BOOST_REQUIRE(pump_until([frame] { return !frame->IsLoading(); }));
    pump_for(std::chrono::milliseconds(100));
    BOOST_TEST(!frame->HasComparison());
    BOOST_TEST(std::string(frame->GetStatusBar()->GetStatusText().utf8_str()).find("Stopped") == 0u);
    // And the same folder, left alone, loads.
    frame->Open({big.path()});
    BOOST_REQUIRE(pump_until([frame] { return !frame->IsLoading(); }));
    BOOST_TEST(frame->HasComparison());
    frame->Destroy();
    pump_for(std::chrono::milliseconds(50));
}

BOOST_AUTO_TEST_CASE(the_table_fills_as_files_arrive) {
    // 3,000 scorecards, one candidate each, so the table grows with every
    // part read. The table is looked at before every event the window
    // handles: with reading and scoring on every core, 5,000 were read
    // within the window's first showing, and every part and the end then
    // arrived in one round of pumping (once in eleven runs, when the table
    // was looked at only between rounds; 2 to 4 of the 15 parts seen).
    ScratchFolder big;
    const std::string original = read_text(data("panel/c-1--luca.scorecard.xml"));
    const std::string uuid = "00000000-0000-4000-8000-000000000001";
    for (int i = 0; i < 3000; ++i) {
        std::string text = original;
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", 100000 + i);
        text.replace(text.find(uuid), uuid.size(), id);
        const std::string candidate = "id=\"c-1\"";
        text.replace(text.find(candidate), candidate.size(), "id=\"k-" + std::to_string(i) + "\"");
        std::ofstream(big / ("s" + std::to_string(i) + ".scorecard.xml")) << text;
    }
    auto* frame = new app::CompareFrame({big.path()});
    frame->Show();
    std::vector<long> rows_while_reading;
    std::string title_while_reading;
    BOOST_REQUIRE(pump_until_watching_each_event([&] {
        if (!frame->IsLoading())
            return true;
        const long rows = frame->Table().GetItemCount();
        if (rows_while_reading.empty() || rows_while_reading.back() != rows)
            rows_while_reading.push_back(rows);
        if (rows > 0) // rows of which folder: the window says
            title_while_reading = std::string(frame->GetTitle().utf8_str());
        return false;
    }));
    pump_for(std::chrono::milliseconds(100));
    BOOST_TEST_MESSAGE("rows seen while reading: " << rows_while_reading.size() << " counts, last "
                                                   << rows_while_reading.back());
    // Rows appeared before the end, and only grew; then the whole folder.
    const bool some_before_the_end = std::any_of(rows_while_reading.begin(), rows_while_reading.end(),
                                                 [](long n) { return n > 0 && n < 3000; });
    BOOST_TEST(some_before_the_end);
    BOOST_TEST(std::is_sorted(rows_while_reading.begin(), rows_while_reading.end()));
    // Each part of 200 was seen, none skipped.
    BOOST_TEST(std::count_if(rows_while_reading.begin(), rows_while_reading.end(),
                             [](long n) { return n > 0 && n < 3000; }) == 14);
    BOOST_TEST(title_while_reading.find(big.path().filename().string()) != std::string::npos, title_while_reading);
    BOOST_TEST(frame->HasComparison());
    BOOST_TEST(frame->Table().GetItemCount() == 3000);
    frame->Destroy();
    pump_for(std::chrono::milliseconds(50));
}

BOOST_AUTO_TEST_CASE(stopping_after_some_rows_showed_leaves_no_half_table) {
    ScratchFolder big;
    for (int i = 0; i < 3000; ++i)
        std::filesystem::copy_file(data("panel/c-1--luca.scorecard.xml"), big / ("s" + std::to_string(i) + ".scorecard.xml"));
    auto* frame = new app::CompareFrame({big.path()});
    frame->Show();
    BOOST_REQUIRE(pump_until([frame] { return frame->Table().GetItemCount() > 0 || !frame->IsLoading(); }));
    BOOST_TEST(!frame->HasComparison()); // a part is not a comparison: nothing to export yet
    frame->StopLoading();
    BOOST_REQUIRE(pump_until([frame] { return !frame->IsLoading(); }));
    pump_for(std::chrono::milliseconds(100));
    BOOST_TEST(!frame->HasComparison());
    BOOST_TEST(frame->Table().GetItemCount() == 0);
    frame->Destroy();
    pump_for(std::chrono::milliseconds(50));
}

BOOST_AUTO_TEST_SUITE_END()
