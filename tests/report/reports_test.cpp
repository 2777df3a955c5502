// The scorecard report and the comparison report, as PDFs, and writing
// PDFs safely.
#include "pdf_text.hpp"
#include "test_paths.hpp"

#include "core/scoring/blind_review.hpp"
#include "core/base/file_error.hpp"
#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "report/comparison_report.hpp"
#include "report/pdf_output.hpp"
#include "report/radar_chart.hpp"
#include "report/rubric_sheet.hpp"
#include "report/scorecard_report.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using namespace extramile::test;

namespace {

Comparison panel(bool blind) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    auto comparison = compare(rubric, rubric_digest(rubric), load_scorecards({data("panel")}).scorecards);
    if (blind)
        make_blind(comparison);
    return comparison;
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

BOOST_AUTO_TEST_CASE(the_comparison_report_has_the_table_chart_and_agreement) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(rubric, panel(false), "en", report::PageSetup{}, false), out / "c.pdf");
    const auto text = pdf_text(out / "c.pdf");
    for (const char* s : {"Ana Pérez", "84.4", "Chiara Bianchi", "43.8", "Bruno Rossi", "40.6", "Panel agreement",
                          "ICC(1,1)", "Competency means", "below a minimum bar"})
        BOOST_TEST(text.find(s) != std::string::npos, s);
}

BOOST_AUTO_TEST_CASE(a_blind_comparison_report_names_nobody) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::comparison_report(rubric, panel(true), "es", report::PageSetup{}, true), out / "b.pdf");
    const auto text = pdf_text(out / "b.pdf");
    for (const char* name : {"Ana", "Pérez", "Bruno", "Rossi", "Chiara", "Dario", "Neri"})
        BOOST_TEST(text.find(name) == std::string::npos, name);
    BOOST_TEST(text.find(blind_code(panel(false).candidates[0].key)) != std::string::npos);
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
    BOOST_TEST(((std::filesystem::status(out / "new.pdf").permissions() & std::filesystem::perms::all) ==
                (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)));
}

BOOST_AUTO_TEST_SUITE_END()
