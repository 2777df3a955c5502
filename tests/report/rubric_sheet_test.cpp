// The paper interview sheet: its words read back from real PDFs with
// pdftotext, its layout rules checked from the flow engine's positions, for
// the default rubric in every language on both papers.
#include "page_layout.hpp"
#include "pdf_text.hpp"
#include "test_paths.hpp"

#include "core/xml/rubric_xml.hpp"
#include "report/flow.hpp"
#include "report/form_fields.hpp"
#include "report/pdf_output.hpp"
#include "report/report_labels.hpp"
#include "report/rubric_sheet.hpp"

#include <boost/test/unit_test.hpp>

#include <map>

using namespace extramile;
using namespace extramile::test;

namespace {

const std::vector<std::string> kLanguages{"en", "es", "it"};
const std::vector<std::pair<report::Paper, std::string>> kPapers{{report::Paper::a4, "A4"},
                                                                 {report::Paper::letter, "Letter"}};

const Rubric& default_rubric() {
    static const Rubric rubric = read_rubric(source("rubrics/generosity.rubric.xml"));
    return rubric;
}

// The sheet of the default rubric in every language on both papers.
template <typename Check>
void for_every_sheet(Check check) {
    for (const auto& [paper, paper_name] : kPapers)
        for (const auto& lang : kLanguages) {
            BOOST_TEST_CONTEXT(paper_name << " " << lang) {
                const auto document =
                    report::rubric_sheet(default_rubric(), lang, report::PageSetup::for_paper(paper));
                check(flow_of(*document), lang);
            }
        }
}

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

// The blocks of the flow that are room to write on, in flow order, with
// their group: the cover's comment lines have none.
std::vector<int> writing_blocks(const report::FlowDocument& document) {
    std::vector<int> blocks;
    for (int b = 0; b < document.flow().block_count(); ++b)
        if (dynamic_cast<const report::LinesBlock*>(&document.flow().block(b)) && document.flow().group_of(b) >= 0)
            blocks.push_back(b);
    return blocks;
}

} // namespace

BOOST_AUTO_TEST_SUITE(rubric_sheet)

// About a page per competency and a cover would leave 4 lines a question;
// three lines a planned minute (168 lines, over four pages of lines alone)
// and the anchors of seven competencies take this many. A change here is a
// change of what people print: look at the pages (packaging/render-pages).
BOOST_AUTO_TEST_CASE(the_default_rubric_takes_the_stated_number_of_pages) {
    const std::map<std::pair<std::string, std::string>, int> stated{
        {{"A4", "en"}, 12},     {{"A4", "es"}, 12},     {{"A4", "it"}, 13},
        {{"Letter", "en"}, 14}, {{"Letter", "es"}, 14}, {{"Letter", "it"}, 14},
    };
    for (const auto& [paper, paper_name] : kPapers)
        for (const auto& lang : kLanguages) {
            const auto document = report::rubric_sheet(default_rubric(), lang, report::PageSetup::for_paper(paper));
            BOOST_TEST(document->page_count() == stated.at({paper_name, lang}), paper_name << " " << lang);
            // A cover, then each of the seven competencies on less than two pages.
            BOOST_TEST(document->page_count() < 1 + 2 * static_cast<int>(default_rubric().competencies.size()));
        }
}

BOOST_AUTO_TEST_CASE(a_competency_never_starts_in_the_last_fifth_of_a_page) {
    for_every_sheet([](const report::FlowDocument& document, const std::string&) {
        const auto starts = group_starts(document);
        BOOST_TEST(starts.size() == default_rubric().competencies.size());
        for (const auto& start : starts)
            BOOST_TEST(start.at <= 0.8, "competency " << start.group << " starts at "
                                                                         << start.at << " of page " << start.page + 1);
    });
}

// The rule allows a page to end early before a block that cannot fit in
// what is left; the sheet never needs that, as its room to write grows to
// fill a page's foot.
BOOST_AUTO_TEST_CASE(no_page_but_the_last_is_less_than_two_thirds_used) {
    for_every_sheet([](const report::FlowDocument& document, const std::string&) {
        for (int p = 0; p + 1 < document.page_count(); ++p)
            BOOST_TEST(page_use(document, p) >= 2.0 / 3.0, "page " << p + 1 << " is used " << page_use(document, p));
    });
}

BOOST_AUTO_TEST_CASE(every_page_after_the_cover_has_the_boxes_and_names_what_it_continues) {
    ScratchFolder out;
    for_every_sheet([&](const report::FlowDocument& document, const std::string& lang) {
        const auto pdf = out / "sheet.pdf";
        report::write_pdf(document, pdf);
        int continued = 0;
        for (int p = 1; p < document.page_count(); ++p) {
            const auto text = pdf_page_text(pdf, p + 1);
            for (auto field : {report::Label::candidate, report::Label::interviewer, report::Label::date})
                BOOST_TEST(text.find(report::label(field, lang)) != std::string::npos, "page " << p + 1);
            // A page whose first block belongs to a competency begun before names it.
            const auto& first = document.pages()[p].front();
            const int group = document.flow().group_of(first.block);
            const auto starts = group_starts(document);
            const bool begun_before = std::any_of(starts.begin(), starts.end(), [&](const GroupStart& s) {
                return s.group == group && s.page < p;
            });
            BOOST_TEST(document.page_info(p).continued == (begun_before ? document.flow().group_title(group) : ""));
            if (begun_before) {
                ++continued;
                const auto heading = report::substitute(report::label(report::Label::continued, lang),
                                                        {document.flow().group_title(group)});
                BOOST_TEST(squeezed(text).find(squeezed(heading)) != std::string::npos, "page " << p + 1);
            }
        }
        BOOST_TEST(continued > 0); // the default rubric's competencies run over pages
    });
}

// The rating is given right after the last question: its block, whole, is
// on the page where the last question's room to write ends.
BOOST_AUTO_TEST_CASE(the_rating_stays_with_its_competency) {
    for_every_sheet([](const report::FlowDocument& document, const std::string& lang) {
        const auto& flow = document.flow();
        const auto heading = report::label(report::Label::overall_rating, lang);
        int ratings = 0;
        for (int b = 0; b < flow.block_count(); ++b) {
            const auto* text = dynamic_cast<const report::TextBlock*>(&flow.block(b));
            if (!text || text->text() != heading)
                continue;
            ++ratings;
            const auto page = pages_of(document, b);
            BOOST_REQUIRE_EQUAL(page.size(), 1u);
            // The rows of the scale up to the notes box that ends the competency.
            int end = b + 1;
            while (end < flow.block_count() && !dynamic_cast<const report::NotesBox*>(&flow.block(end)))
                ++end;
            BOOST_REQUIRE(end - b - 1 == default_rubric().scale.points() + 1); // and "not assessable"
            for (int row = b + 1; row < end; ++row)
                BOOST_TEST(pages_of(document, row) == page, "rating row " << row - b);
            int last_lines = b;
            while (!dynamic_cast<const report::LinesBlock*>(&flow.block(last_lines)))
                --last_lines;
            BOOST_TEST(flow.group_of(last_lines) == flow.group_of(b));
            BOOST_TEST(pages_of(document, last_lines).back() == page.front());
        }
        BOOST_TEST(ratings == static_cast<int>(default_rubric().competencies.size()));
    });
}

BOOST_AUTO_TEST_CASE(writing_room_follows_the_planned_minutes) {
    std::vector<const Question*> questions;
    for (const auto& c : default_rubric().competencies)
        for (const auto& q : c.questions)
            questions.push_back(&q);
    for (const auto* q : questions)
        BOOST_TEST(report::writing_room(*q) == std::max(6, 3 * q->minutes));
    Question unplanned;
    BOOST_TEST(report::writing_room(unplanned) == 6);
    for_every_sheet([&](const report::FlowDocument& document, const std::string&) {
        const auto blocks = writing_blocks(document);
        BOOST_REQUIRE_EQUAL(blocks.size(), questions.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            BOOST_TEST(document.flow().block(blocks[i]).pieces() == report::writing_room(*questions[i]));
            int drawn = 0; // lines placed, with those grown at a page's foot
            for (const auto& page : document.pages())
                for (const auto& placed : page)
                    if (placed.block == blocks[i])
                        drawn += placed.last - placed.first + placed.grown;
            BOOST_TEST(drawn >= report::writing_room(*questions[i]));
        }
    });
}

BOOST_AUTO_TEST_CASE(every_question_probe_and_anchor_is_printed_in_each_language) {
    ScratchFolder out;
    for (const auto& lang : kLanguages) {
        const auto pdf = out / ("sheet-" + lang + ".pdf");
        report::write_pdf(*report::rubric_sheet(default_rubric(), lang, report::PageSetup::for_paper(report::Paper::a4)),
                          pdf);
        // In drawing order: the flags stand in two columns side by side.
        check_every_text(default_rubric(), lang, pdf_raw_text(pdf));
        const auto text = pdf_text(pdf);
        const std::string first = lang == "es" ? "Página 1 de " : lang == "it" ? "Pagina 1 di " : "Page 1 of ";
        BOOST_TEST(text.find(first + std::to_string(pdf_pages(pdf))) != std::string::npos);
    }
}

// Regression: each "not assessable" anchor read "Not assessable: Not
// assessable: ...": the rubric's anchors start with the label the sheet prints.
BOOST_AUTO_TEST_CASE(the_not_assessable_label_is_printed_once) {
    ScratchFolder out;
    for (const auto& lang : kLanguages) {
        const auto pdf = out / (lang + ".pdf");
        report::write_pdf(*report::rubric_sheet(default_rubric(), lang, report::PageSetup{}), pdf);
        const auto text = squeezed(pdf_raw_text(pdf));
        const auto na = squeezed(default_rubric().scale.not_assessable.get(lang));
        BOOST_TEST(text.find(na + ":" + na) == std::string::npos, lang);
        BOOST_TEST(text.find(na + na) == std::string::npos, lang);
        // Still there once for each competency, with the rest of its anchor.
        std::size_t count = 0;
        for (auto at = text.find(na); at != std::string::npos; at = text.find(na, at + 1))
            ++count;
        BOOST_TEST(count >= default_rubric().competencies.size(), lang);
    }
}

BOOST_AUTO_TEST_CASE(the_cover_holds_what_an_interviewer_needs_before_and_after) {
    ScratchFolder out;
    for (const auto& lang : kLanguages) {
        const auto pdf = out / (lang + ".pdf");
        report::write_pdf(*report::rubric_sheet(default_rubric(), lang, report::PageSetup{}), pdf);
        const auto cover = squeezed(pdf_page_text(pdf, 1));
        using report::Label;
        for (auto word : {Label::candidate, Label::interviewer, Label::date, Label::role, Label::star_reminder,
                          Label::do_not_ask, Label::do_not_ask_text, Label::overall_recommendation, Label::strong_no,
                          Label::no, Label::yes, Label::strong_yes, Label::comment})
            BOOST_TEST(cover.find(squeezed(report::label(word, lang))) != std::string::npos,
                       lang << ": " << report::label(word, lang));
        for (const auto& [value, point] : default_rubric().scale.labels)
            BOOST_TEST(cover.find(squeezed(point.get(lang))) != std::string::npos, lang << ": " << point.get(lang));
        for (const auto& c : default_rubric().competencies) // the summary, a box for each rating
            BOOST_TEST(cover.find(squeezed(c.name.get(lang))) != std::string::npos, lang << ": " << c.name.get(lang));
        // The competencies start on the next page.
        BOOST_TEST(pdf_page_text(pdf, 1).find(report::label(Label::overall_rating, lang)) == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(no_header_word_is_broken) {
    for_every_sheet([](const report::FlowDocument& document, const std::string&) {
        const auto broken = broken_header_words(document);
        BOOST_TEST(broken.empty(), (broken.empty() ? "" : broken.front()));
    });
}

BOOST_AUTO_TEST_CASE(accents_and_spanish_punctuation_survive) {
    ScratchFolder out;
    report::write_pdf(*report::rubric_sheet(default_rubric(), "es", report::PageSetup{}), out / "es.pdf");
    const auto text = pdf_text(out / "es.pdf");
    for (const char* s : {"¿", "ó", "é", "ñ", "Hoja de entrevista"})
        BOOST_TEST(text.find(s) != std::string::npos, s);
    report::write_pdf(*report::rubric_sheet(default_rubric(), "it", report::PageSetup{}), out / "it.pdf");
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

BOOST_AUTO_TEST_CASE(a_header_fills_the_blanks_on_every_page) {
    ScratchFolder out;
    report::SheetHeader header{"Ana Pérez", "Luca Bianchi", "2026-11-23", "Store manager"};
    report::write_pdf(*report::rubric_sheet(default_rubric(), "en", report::PageSetup{}, header), out / "h.pdf");
    const int pages = pdf_pages(out / "h.pdf");
    for (int p = 1; p <= pages; ++p) {
        const auto text = pdf_page_text(out / "h.pdf", p);
        for (const auto& value : {header.candidate, header.interviewer, header.date})
            BOOST_TEST(text.find(value) != std::string::npos, "page " << p << ": " << value);
    }
    BOOST_TEST(pdf_page_text(out / "h.pdf", 1).find(header.role) != std::string::npos);
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
    const auto& flow = flow_of(*document);
    for (int p = 0; p < flow.page_count(); ++p)
        for (const auto& placed : flow.pages()[p]) {
            BOOST_TEST(placed.bottom <= flow.frame().content_bottom() + 0.01);
            BOOST_TEST(placed.y >= flow.frame().content_top(p) - 0.01);
        }
    BOOST_TEST(flow.page_count() >= 4);
    ScratchFolder out;
    report::write_pdf(*document, out / "long.pdf");
    // Every word once, the last one too.
    const auto text = pdf_text(out / "long.pdf");
    std::size_t words = 0;
    for (auto at = text.find("palabra"); at != std::string::npos; at = text.find("palabra", at + 1))
        ++words;
    BOOST_TEST(words == 3000u);
    BOOST_TEST(squeezed(text).find("palabra2999.") != std::string::npos);
    BOOST_TEST(pdf_pages(out / "long.pdf") == flow.page_count());
}

BOOST_AUTO_TEST_SUITE_END()
