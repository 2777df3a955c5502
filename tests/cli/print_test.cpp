// extramile print and compare --pdf, run as a user runs them, no display.
#include "host_tools.hpp"
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile::test;

namespace {

std::string pdftotext(const std::filesystem::path& pdf) {
    return run_host_tool({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
}

} // namespace

BOOST_AUTO_TEST_SUITE(print_command)

BOOST_AUTO_TEST_CASE(a_blank_sheet_of_a_bundled_rubric_by_id) {
    ScratchFolder out;
    const auto r = run_extramile({"print", "generosity", "--lang", "es", "--pdf", (out / "s.pdf").string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(pdftotext(out / "s.pdf").find("Hoja de entrevista") != std::string::npos);
    BOOST_TEST(pdftotext(out / "s.pdf").find("Generosidad") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_rubric_file_on_letter_paper) {
    ScratchFolder out;
    const auto r = run_extramile({"print", data("good/sample.rubric.xml").string(), "--paper", "letter", "--pdf",
                                  (out / "s.pdf").string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(pdftotext(out / "s.pdf").find("Interview sheet") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_scorecard_report_finds_its_rubric) {
    ScratchFolder out;
    const auto r = run_extramile({"print", data("good/ana-perez.scorecard.xml").string(), "--lang", "it", "--pdf",
                                  (out / "r.pdf").string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    const auto text = pdftotext(out / "r.pdf");
    BOOST_TEST(text.find("Ana Pérez") != std::string::npos);
    BOOST_TEST(text.find("Resoconto del colloquio") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(mistakes_are_explained) {
    ScratchFolder out;
    const auto pdf = (out / "x.pdf").string();
    BOOST_TEST(run_extramile({"print", "generosity"}).exit_code == 2); // no --pdf
    BOOST_TEST(run_extramile({"print", "generosity", "--lang", "fr", "--pdf", pdf}).exit_code == 2);
    BOOST_TEST(run_extramile({"print", "generosity", "--paper", "a3", "--pdf", pdf}).exit_code == 2);
    const auto missing = run_extramile({"print", "no-such-rubric", "--pdf", pdf});
    BOOST_TEST(missing.exit_code == 1);
    BOOST_TEST(missing.err.find("no-such-rubric") != std::string::npos, missing.err);
    const auto broken = run_extramile({"print", data("bad/weight-zero.rubric.xml").string(), "--pdf", pdf});
    BOOST_TEST(broken.exit_code == 1);
    BOOST_TEST(broken.err.find("weight-zero.rubric.xml:38:") != std::string::npos, broken.err);
    const auto nowhere = run_extramile({"print", "generosity", "--pdf", (out / "no" / "x.pdf").string()});
    BOOST_TEST(nowhere.exit_code == 1);
    BOOST_TEST(!std::filesystem::exists(pdf));
}

BOOST_AUTO_TEST_CASE(compare_writes_a_blind_pdf_report) {
    ScratchFolder out;
    const auto pdf = out / "c.pdf";
    std::filesystem::copy(data("panel"), out / "panel"); // the blind key goes into the compared folder
    const auto r = run_extramile({"compare", "--blind", "--rubric", data("good/sample.rubric.xml").string(), "--pdf",
                                  pdf.string(), (out / "panel").string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    const auto text = pdftotext(pdf);
    BOOST_TEST(text.find("Comparison of candidates") != std::string::npos);
    for (const char* name : {"Ana", "Bruno", "Chiara", "Pérez"})
        BOOST_TEST(text.find(name) == std::string::npos, name);
}

BOOST_AUTO_TEST_SUITE_END()
