// The paper interview sheet, read back from real PDFs with pdftotext.
#include "pdf_text.hpp"
#include "test_paths.hpp"

#include "core/xml/rubric_xml.hpp"
#include "report/flow.hpp"
#include "report/pdf_output.hpp"
#include "report/rubric_sheet.hpp"

#include <boost/test/unit_test.hpp>

#include <map>

using namespace extramile;
using namespace extramile::test;

namespace {

// Every question, probe and anchor of the rubric in `lang` is in `text`.
void check_every_text(const Rubric& rubric, const std::string& lang, const std::string& text) {
    const auto page = squeezed(text);
    auto present = [&](const LocalizedText& t) {
        BOOST_TEST(page.find(squeezed(t.get(lang))) != std::string::npos, "missing in " << lang << ": " << t.get(lang));
    };
    for (const auto& c : rubric.competencies) {
        present(c.name);
        for (const auto& q : c.questions) {
            present(q.text);
            for (const auto& p : q.probes)
                present(p);
        }
        for (const auto& [value, anchor] : c.anchors)
            present(anchor);
        for (const auto& s : c.signals)
            present(s.text);
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(rubric_sheet)

BOOST_AUTO_TEST_CASE(every_question_probe_and_anchor_is_printed_in_each_language) {
    const auto rubric = read_rubric(source("rubrics/generosity.rubric.xml"));
    ScratchFolder out;
    for (const std::string lang : {"en", "es", "it"}) {
        const auto pdf = out / ("sheet-" + lang + ".pdf");
        report::write_pdf(*report::rubric_sheet(rubric, lang, report::PageSetup::for_paper(report::Paper::a4)), pdf);
        const auto text = pdf_text(pdf);
        check_every_text(rubric, lang, text);
        const int pages = pdf_pages(pdf);
        BOOST_TEST(pages >= static_cast<int>(rubric.competencies.size()) / 2);
        BOOST_TEST(pages <= 3 * static_cast<int>(rubric.competencies.size()));
        const std::string first = lang == "es" ? "Página 1 de " : lang == "it" ? "Pagina 1 di " : "Page 1 of ";
        BOOST_TEST(text.find(first + std::to_string(pages)) != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(accents_and_spanish_punctuation_survive) {
    const auto rubric = read_rubric(source("rubrics/generosity.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::rubric_sheet(rubric, "es", report::PageSetup{}), out / "es.pdf");
    const auto text = pdf_text(out / "es.pdf");
    for (const char* s : {"¿", "ó", "é", "ñ", "Hoja de entrevista"})
        BOOST_TEST(text.find(s) != std::string::npos, s);
    report::write_pdf(*report::rubric_sheet(rubric, "it", report::PageSetup{}), out / "it.pdf");
    BOOST_TEST(pdf_text(out / "it.pdf").find("à") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a4_and_letter_pages) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::rubric_sheet(rubric, "en", report::PageSetup::for_paper(report::Paper::a4)), out / "a4.pdf");
    report::write_pdf(*report::rubric_sheet(rubric, "en", report::PageSetup::for_paper(report::Paper::letter)),
                      out / "letter.pdf");
    BOOST_TEST(pdf_page_size(out / "a4.pdf").find("(A4)") != std::string::npos, pdf_page_size(out / "a4.pdf"));
    BOOST_TEST(pdf_page_size(out / "letter.pdf").find("612 x 792") != std::string::npos, pdf_page_size(out / "letter.pdf"));
}

BOOST_AUTO_TEST_CASE(a_header_fills_the_blanks) {
    const auto rubric = read_rubric(data("good/sample.rubric.xml"));
    ScratchFolder out;
    report::write_pdf(*report::rubric_sheet(rubric, "en", report::PageSetup{}, {"Ana Pérez", "Luca Bianchi", "2026-11-23"}),
                      out / "h.pdf");
    const auto text = pdf_text(out / "h.pdf");
    BOOST_TEST(text.find("Candidate: Ana Pérez") != std::string::npos);
    BOOST_TEST(text.find("Interviewer: Luca Bianchi") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_very_long_anchor_is_split_over_pages_and_nothing_is_lost) {
    auto rubric = read_rubric(data("good/sample.rubric.xml"));
    std::string long_anchor;
    for (int i = 0; i < 3000; ++i)
        long_anchor += "palabra" + std::to_string(i) + (i % 40 == 39 ? ".\n" : " ");
    rubric.competencies.front().anchors[3].set("es", long_anchor);
    const auto setup = report::PageSetup::for_paper(report::Paper::letter);
    const auto document = report::rubric_sheet(rubric, "es", setup);
    // Placed within the page, above the footer, every line exactly once.
    const auto* flow = dynamic_cast<const report::FlowDocument*>(document.get());
    BOOST_REQUIRE(flow);
    const double limit = setup.height - setup.margin - report::FlowDocument::kFooterHeight + 0.01;
    std::map<int, int> lines_placed;
    for (const auto& page : flow->pages())
        for (const auto& placed : page) {
            BOOST_TEST(placed.bottom <= limit);
            BOOST_TEST(placed.y >= setup.margin - 0.01);
            lines_placed[placed.block] += placed.last - placed.first;
        }
    BOOST_TEST(flow->page_count() >= 4);
    ScratchFolder out;
    report::write_pdf(*document, out / "long.pdf");
    // Every word once, the last one too.
    const auto text = pdf_text(out / "long.pdf");
    std::size_t words = 0;
    for (auto at = text.find("palabra"); at != std::string::npos; at = text.find("palabra", at + 1))
        ++words;
    BOOST_TEST(words == 3000u);
    BOOST_TEST(squeezed(text).find("palabra2999.") != std::string::npos);
    BOOST_TEST(pdf_pages(out / "long.pdf") == flow->page_count());
}

BOOST_AUTO_TEST_SUITE_END()
