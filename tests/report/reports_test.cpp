// The scorecard report and the comparison report, as PDFs and as the flow
// engine placed them, and writing PDFs safely.
#include "page_layout.hpp"
#include "pdf_text.hpp"
#include "time_zone.hpp"
#include "test_paths.hpp"

#include "core/scoring/blind_review.hpp"
#include "core/base/file_error.hpp"
#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "report/comparison_report.hpp"
#include "report/page_numbers.hpp"
#include "report/pdf_output.hpp"
#include "report/radar_chart.hpp"
#include "report/report_labels.hpp"
#include "report/rubric_sheet.hpp"
#include "report/scorecard_report.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>

using namespace extramile;
using namespace extramile::test;

namespace {

const std::vector<std::string> kLanguages{"en", "es", "it"};

Comparison panel(bool blind) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    auto comparison = compare(rubric, rubric_digest(rubric), load_scorecards({data("panel")}).scorecards);
    if (blind)
        make_blind(comparison, std::string(64, 'a'));
    return comparison;
}

// Twelve candidates, seven competencies, two or three interviewers each
// (tests/report/data/panel-12): what one page must hold.
struct Twelve {
    Rubric rubric = read_rubric(source("rubrics/generosity.rubric.xml"));
    std::vector<ScorecardFile> scorecards = load_scorecards({source("tests/report/data/panel-12")}).scorecards;
    Comparison comparison = compare(rubric, rubric_digest(rubric), scorecards);
};

// The blocks of the groups titled `title` (a table, a chart).
std::vector<int> blocks_of_group(const report::FlowDocument& document, const std::string& title) {
    std::vector<int> blocks;
    for (int b = 0; b < document.flow().block_count(); ++b) {
        const int g = document.flow().group_of(b);
        if (g >= 0 && document.flow().group_title(g) == title)
            blocks.push_back(b);
    }
    return blocks;
}

} // namespace

BOOST_AUTO_TEST_SUITE(reports)

BOOST_AUTO_TEST_CASE(a_scorecard_report_holds_ratings_notes_and_recommendation) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    const auto scorecard = read_scorecard(data("good/ana-perez.scorecard.xml"));
    ScratchFolder out;
    report::write_pdf(*report::scorecard_report(rubric, scorecard, "en", report::PageSetup{}), out / "r.pdf");
    const auto text = pdf_text(out / "r.pdf");
    BOOST_TEST(text.find(scorecard.candidate_name) != std::string::npos);
    BOOST_TEST(text.find(scorecard.interviewer) != std::string::npos);
    for (const auto& note : scorecard.notes)
        BOOST_TEST(squeezed(text).find(squeezed(note.text)) != std::string::npos, note.text);
    for (const auto& rating : scorecard.ratings)
        if (rating.value)
            BOOST_TEST(text.find("Rating: " + std::to_string(*rating.value)) != std::string::npos);
    BOOST_TEST(text.find("Recommendation") != std::string::npos);
}

// Regression: the report printed 2026-11-20T09:00:00Z as stored.
BOOST_AUTO_TEST_CASE(a_scorecard_report_gives_local_times_in_the_page_language) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    const auto scorecard = read_scorecard(data("good/ana-perez.scorecard.xml")); // 09:00-09:45 UTC
    ScratchFolder out;
    const auto cet = zone("CET", "UTC+01:00");
    const std::map<std::string, std::string> expected{{"en", "20 November 2026, 10:00–10:45 " + cet},
                                                      {"es", "20 de noviembre de 2026, 10:00–10:45 " + cet},
                                                      {"it", "20 novembre 2026, 10:00–10:45 " + cet}};
    TimeZone rome("CET-1CEST,M3.5.0,M10.5.0/3");
    for (const auto& lang : kLanguages) {
        report::write_pdf(*report::scorecard_report(rubric, scorecard, lang, report::PageSetup{}), out / "r.pdf");
        const auto text = pdf_text(out / "r.pdf");
        BOOST_TEST(text.find(expected.at(lang)) != std::string::npos, lang);
        BOOST_TEST(text.find("2026-11-20T") == std::string::npos, lang);
    }
}

BOOST_AUTO_TEST_CASE(a_draft_is_marked_on_every_page) {
    const auto rubric = read_rubric(source("rubrics/generosity.rubric.xml"));
    auto draft = read_scorecard(data("good/minimal.scorecard.xml"));
    BOOST_REQUIRE(!draft.submitted());
    // Long notes, so that the report runs over several pages.
    std::string long_note;
    for (int i = 0; i < 12; ++i)
        long_note += "The candidate gave a specific example with a name, a date and what it cost them. ";
    for (const auto& c : rubric.competencies)
        for (const auto& q : c.questions)
            draft.set_note(q.id, long_note);
    ScratchFolder out;
    for (const auto& lang : kLanguages) {
        const auto document = report::scorecard_report(rubric, draft, lang, report::PageSetup{});
        const auto mark = report::label(report::Label::draft_mark, lang);
        BOOST_TEST(flow_of(*document).mark() == mark);
        report::write_pdf(*document, out / "draft.pdf");
        const int pages = pdf_pages(out / "draft.pdf");
        BOOST_TEST(pages > 1);
        for (int p = 1; p <= pages; ++p) {
            const auto text = pdf_page_text(out / "draft.pdf", p);
            // In the footer, as words.
            BOOST_TEST(text.find(mark + " · ") != std::string::npos, lang << " page " << p);
            // Across the page: pdftotext reads diagonal text letter by letter, a line each.
            std::string diagonal;
            std::istringstream lines(pdf_page_text(out / "draft.pdf", p, true));
            for (std::string line; std::getline(lines, line);)
                if (line.size() == 1)
                    diagonal += line;
            BOOST_TEST(diagonal.find(mark) != std::string::npos, lang << " page " << p << ": " << diagonal);
        }
    }
    // A submitted scorecard carries no mark.
    auto submitted = draft;
    submitted.submit("2026-11-22T11:00:00Z");
    const auto document = report::scorecard_report(rubric, submitted, "en", report::PageSetup{});
    BOOST_TEST(flow_of(*document).mark().empty());
    report::write_pdf(*document, out / "submitted.pdf");
    BOOST_TEST(pdf_text(out / "submitted.pdf").find("DRAFT") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_comparison_report_has_the_table_chart_and_agreement) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(rubric, panel(false), "en", report::PageSetup{}, false), out / "c.pdf");
    const auto text = pdf_text(out / "c.pdf");
    for (const char* s : {"Ana Pérez", "84.4", "Chiara Bianchi", "43.8", "Bruno Rossi", "40.6", "Panel agreement",
                          "ICC(1,1)", "Competency means", "rubric version not recorded", "Store manager"})
        BOOST_TEST(text.find(s) != std::string::npos, s);
}

// Two candidates with the same evidence share a rank on the page (1, 1, 3).
BOOST_AUTO_TEST_CASE(tied_candidates_share_a_rank_on_the_page) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    auto scorecards = load_scorecards({data("panel")}).scorecards;
    const auto count = scorecards.size();
    for (std::size_t i = 0; i < count; ++i)
        if (scorecards[i].scorecard.candidate_id == "c-1") {
            auto twin = scorecards[i];
            twin.scorecard.id += "-twin";
            twin.scorecard.candidate_id = "c-0";
            twin.scorecard.candidate_name = "Aaron Abad";
            twin.set_path(twin.path().string() + "-twin");
            scorecards.push_back(twin);
        }
    const auto comparison = compare(rubric, rubric_digest(rubric), scorecards);
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(rubric, comparison, "en", report::PageSetup{}, false), out / "t.pdf");
    const auto text = pdf_text(out / "t.pdf");
    for (const char* row : {"1 Aaron Abad", "1 Ana Pérez", "3 Chiara Bianchi", "4 Bruno Rossi"})
        BOOST_TEST(text.find(row) != std::string::npos, row << " in " << text);
}

// The decision of each candidate under their name, in the page's language,
// and the changed-evidence flag in words.
BOOST_AUTO_TEST_CASE(the_comparison_report_shows_each_decision) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    auto comparison = panel(false);
    for (auto& c : comparison.candidates) {
        if (c.id == "c-1")
            c.decision = CandidateDecision{DecisionStatus::final, Outcome::hire, "Marta", "2026-11-25T16:00:00Z", 1, {}, {}};
        if (c.id == "c-2") {
            c.decision = CandidateDecision{DecisionStatus::draft, Outcome::next_stage, "", "", 1, {}, {}};
            c.flags.push_back("decided-on-changed-evidence");
        }
    }
    ScratchFolder out;
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected{
        {"en", {"decision: hire", "decision (draft): next stage", "decided on evidence that changed since"}},
        {"es", {"decisión: contratar", "decisión (borrador): siguiente fase", "decidido con datos que han cambiado"}},
        {"it", {"decisione: assumere", "decisione (bozza): fase successiva", "deciso su elementi cambiati"}}};
    for (const auto& [lang, words] : expected) {
        report::write_pdf(*report::comparison_report(rubric, comparison, lang, report::PageSetup{}, false),
                          out / (lang + ".pdf"));
        const auto text = squeezed(pdf_text(out / (lang + ".pdf")));
        for (const auto& w : words)
            BOOST_TEST(text.find(squeezed(w)) != std::string::npos, lang << ": " << w << "\n" << text);
    }
}

// Regression: twelve candidates took three pages, the radar sat alone on page 2.
BOOST_AUTO_TEST_CASE(twelve_candidates_and_the_chart_fit_one_page) {
    const Twelve twelve;
    BOOST_REQUIRE_EQUAL(twelve.comparison.candidates.size(), 12u);
    BOOST_REQUIRE_EQUAL(twelve.rubric.competencies.size(), 7u);
    for (auto paper : {report::Paper::a4, report::Paper::letter})
        for (const auto& lang : kLanguages) {
            BOOST_TEST_CONTEXT((paper == report::Paper::a4 ? "A4 " : "Letter ") << lang) {
                report::ComparisonReportOptions options;
                const auto document = report::comparison_report(twelve.rubric, twelve.comparison, lang,
                                                                report::PageSetup::for_paper(paper), options);
                const auto& flow = flow_of(*document);
                const auto table = blocks_of_group(flow, report::label(report::Label::comparison_report, lang));
                const auto chart = blocks_of_group(flow, report::label(report::Label::chart_title, lang));
                BOOST_TEST(table.size() == 1 + 12 + 2u); // header, rows, the legend's two blocks
                BOOST_TEST(chart.size() == 2u);
                for (int b : table)
                    BOOST_TEST(pages_of(flow, b) == std::vector<int>{0}, "table block " << b);
                for (int b : chart)
                    BOOST_TEST(pages_of(flow, b) == std::vector<int>{0}, "chart block " << b);
                BOOST_TEST(flow.page_count() <= 2);
                const auto broken = broken_header_words(flow);
                BOOST_TEST(broken.empty(), (broken.empty() ? "" : broken.front()));
            }
        }
}

BOOST_AUTO_TEST_CASE(the_table_shows_role_coverage_recommendations_and_flags) {
    const Twelve twelve;
    report::ComparisonReportOptions options;
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(twelve.rubric, twelve.comparison, "es", report::PageSetup{}, options),
                      out / "c.pdf");
    const auto text = pdf_text(out / "c.pdf");
    // Ruth Okafor: two interviewers counted (a draft left out), both "strong yes".
    for (const char* s : {"Customer success manager", "Store manager", "borradores excluidos", "2✓✓", "100 %", "95 %",
                          "91,2", "Cobertura", "Recomendaciones", "háblenlo"})
        BOOST_TEST(text.find(s) != std::string::npos, s);
    BOOST_TEST(text.find("hablenlo") == std::string::npos); // the old typo
}

// The adjusted total under the total, as the app's table, CSV and XLSX give
// it, with the legend saying what it is and that the total still ranks.
BOOST_AUTO_TEST_CASE(the_table_shows_the_adjusted_total_under_the_total) {
    const Twelve twelve;
    // In full panels the offsets mostly cancel out: the candidates whose
    // adjusted total prints other than their total are the test.
    std::vector<std::string> adjusted; // printed in English
    for (const auto& c : twelve.comparison.candidates)
        if (c.adjusted_total && c.total && report::decimal(c.adjusted_total, 1, "en") != report::decimal(c.total, 1, "en"))
            adjusted.push_back(report::decimal(c.adjusted_total, 1, "en"));
    BOOST_REQUIRE(adjusted.size() >= 2u);
    ScratchFolder out;
    const std::vector<std::pair<std::string, std::vector<std::string>>> expected{
        {"en", {"Under the total: the adjusted total", "the total ranks"}},
        {"es", {"Bajo el total: el total ajustado", "el orden sigue el total"}},
        {"it", {"Sotto il totale: il totale corretto", "l'ordine segue il totale"}}};
    for (const auto& [lang, words] : expected) {
        report::write_pdf(*report::comparison_report(twelve.rubric, twelve.comparison, lang, report::PageSetup{},
                                                     report::ComparisonReportOptions{}),
                          out / (lang + ".pdf"));
        const auto text = pdf_text(out / (lang + ".pdf"));
        for (const auto& w : words)
            BOOST_TEST(squeezed(text).find(squeezed(w)) != std::string::npos, lang << ": " << w);
        for (auto number : adjusted) {
            if (lang != "en")
                number.replace(number.find('.'), 1, ",");
            BOOST_TEST(text.find(number) != std::string::npos, lang << ": " << number);
        }
    }
    // No adjusted total shown, no line about it: one interviewer has no offset.
    auto alone = twelve.comparison;
    for (auto& c : alone.candidates)
        c.adjusted_total.reset();
    report::write_pdf(*report::comparison_report(twelve.rubric, alone, "en", report::PageSetup{},
                                                 report::ComparisonReportOptions{}),
                      out / "none.pdf");
    BOOST_TEST(squeezed(pdf_text(out / "none.pdf")).find(squeezed("Under the total")) == std::string::npos);
}

// Regression: one long note on agreement was printed once per competency.
BOOST_AUTO_TEST_CASE(an_agreement_note_is_stated_once) {
    const Twelve twelve;
    std::set<std::string> notes;
    for (const auto& [id, agreement] : twelve.comparison.agreement)
        if (!agreement.note().empty())
            notes.insert(agreement.note());
    BOOST_REQUIRE(!notes.empty());
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(twelve.rubric, twelve.comparison, "en", report::PageSetup{}, false),
                      out / "c.pdf");
    const auto text = squeezed(pdf_text(out / "c.pdf"));
    for (const auto& note : notes) {
        const auto once = text.find(squeezed(note));
        BOOST_TEST(once != std::string::npos, note);
        BOOST_TEST(text.find(squeezed(note), once + 1) == std::string::npos, note);
    }
}

BOOST_AUTO_TEST_CASE(the_report_follows_the_role_filter_and_the_selection) {
    const Twelve twelve;
    report::ComparisonReportOptions options;
    options.role = "Store manager";
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(twelve.rubric, twelve.comparison, "en", report::PageSetup{}, options),
                      out / "role.pdf");
    auto text = pdf_text(out / "role.pdf");
    BOOST_TEST(text.find("Role: Store manager") != std::string::npos);
    for (const auto& c : twelve.comparison.candidates)
        BOOST_TEST((text.find(c.name) != std::string::npos) == (c.role == "Store manager"), c.name);
    BOOST_TEST(text.find("5 of 12 candidates") != std::string::npos);
    // Ranked among the candidates shown, as the app's table and CSV are
    // (their totals differ, so 1 to 5), not among all twelve.
    int rank = 0;
    for (const auto& c : twelve.comparison.candidates)
        if (c.role == "Store manager") {
            const auto row = std::to_string(++rank) + " " + c.name;
            BOOST_TEST(text.find(row) != std::string::npos, row << " in " << text);
        }

    report::ComparisonReportOptions selected;
    selected.candidates = {twelve.comparison.candidates[3].key, twelve.comparison.candidates[7].key};
    report::write_pdf(*report::comparison_report(twelve.rubric, twelve.comparison, "it", report::PageSetup{}, selected),
                      out / "selected.pdf");
    text = pdf_text(out / "selected.pdf");
    for (std::size_t i = 0; i < twelve.comparison.candidates.size(); ++i)
        BOOST_TEST((text.find(twelve.comparison.candidates[i].name) != std::string::npos) == (i == 3 || i == 7),
                   twelve.comparison.candidates[i].name);
    BOOST_TEST(text.find("2 dei 12 candidati") != std::string::npos);
    // The panel is not fully crossed: the note under the agreement table is
    // in the page's language too (it was English on every page).
    BOOST_TEST(text.find("Le stime a due fattori") != std::string::npos, text);
    BOOST_TEST(text.find("The two-way estimates") == std::string::npos);
    for (const auto& row : {"1 " + twelve.comparison.candidates[3].name, "2 " + twelve.comparison.candidates[7].name})
        BOOST_TEST(text.find(row) != std::string::npos, row << " in " << text);
}

BOOST_AUTO_TEST_CASE(a_blind_comparison_report_names_nobody) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(rubric, panel(true), "es", report::PageSetup{}, true), out / "b.pdf");
    const auto text = pdf_text(out / "b.pdf");
    for (const char* name : {"Ana", "Pérez", "Bruno", "Rossi", "Chiara", "Dario", "Neri"})
        BOOST_TEST(text.find(name) == std::string::npos, name);
    BOOST_TEST(text.find(blind_code(panel(false).candidates[0].key, std::string(64, 'a'))) != std::string::npos);
    BOOST_TEST(text.find("Revisión a ciegas") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_radar_chart_shows_competency_means) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    const auto comparison = panel(false);
    const auto chart = report::radar_for(rubric, comparison, {comparison.candidates[0].key}, "en");
    BOOST_REQUIRE_EQUAL(chart.series.size(), 1u);
    BOOST_TEST(chart.axes.size() == rubric.competencies.size());
    BOOST_TEST(chart.series[0].label == "Ana Pérez");
    // Ana: giving 4.5, service 4.0, trust 4.5 (tests/cli/compare_test.cpp).
    BOOST_TEST(*chart.series[0].values[0] == 4.5);
    BOOST_TEST(*chart.series[0].values[1] == 4.0);
    BOOST_TEST(*chart.series[0].values[2] == 4.5);
    BOOST_TEST(report::radar_for(rubric, comparison, {"nobody"}, "en").series.empty());
}

BOOST_AUTO_TEST_CASE(a_pdf_is_written_whole_or_not_at_all) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    const auto document = report::rubric_sheet(rubric, "en", report::PageSetup{});
    ScratchFolder out;
    BOOST_CHECK_THROW(report::write_pdf(*document, out / "missing" / "x.pdf"), FileError);
    BOOST_TEST(!std::filesystem::exists(out / "missing"));
    std::ofstream(out / "old.pdf") << "an older file";
    report::write_pdf(*document, out / "old.pdf");
    const auto bytes = std::filesystem::file_size(out / "old.pdf");
    BOOST_TEST(bytes > 1000u);
    BOOST_TEST(pdf_pages(out / "old.pdf") == document->page_count());
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(out.path()))
        ++files;
    BOOST_TEST(files == 1u); // no temporary file left behind
    // A new PDF is private (reports hold personal data); a replaced one keeps its mode.
    report::write_pdf(*document, out / "new.pdf");
#ifndef _WIN32 // Windows: private by the folder's ACL, no mode bits (core/storage/atomic_file.hpp)
    BOOST_TEST(((std::filesystem::status(out / "new.pdf").permissions() & std::filesystem::perms::all) ==
                (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)));
#endif
}

BOOST_AUTO_TEST_SUITE_END()
