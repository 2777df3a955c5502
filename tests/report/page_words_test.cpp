// The page words: read from the gettext catalogs in the language each page
// asks for, numbers and times written as that language writes them.
#include "test_paths.hpp"
#include "time_zone.hpp"

#include "report/local_time.hpp"
#include "report/page_catalog.hpp"
#include "report/page_numbers.hpp"
#include "report/report_labels.hpp"

#include "core/base/timestamp.hpp"

#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <ctime>

using namespace extramile;
using extramile::test::TimeZone;
using extramile::test::zone;
using report::Label;
using report::label;

namespace {

std::chrono::system_clock::time_point at(const char* iso) { return *parse_timestamp(iso); }

} // namespace

BOOST_AUTO_TEST_SUITE(page_words)

BOOST_AUTO_TEST_CASE(each_page_picks_its_language_whatever_the_process_speaks) {
    // Interleaved, as a Spanish sheet printed from an Italian window.
    BOOST_TEST(label(Label::interview_sheet, "es") == "Hoja de entrevista");
    BOOST_TEST(label(Label::interview_sheet, "it") == "Scheda di colloquio");
    BOOST_TEST(label(Label::interview_sheet, "es") == "Hoja de entrevista");
    BOOST_TEST(label(Label::interview_sheet, "en") == "Interview sheet");
    BOOST_TEST(label(Label::interview_sheet, "fr") == "Interview sheet"); // no catalog: English
    // Contexts and plurals come from the catalog too.
    BOOST_TEST(label(Label::may, "es") == "mayo");
    BOOST_TEST(label(Label::draft, "it") == "Bozza");
    BOOST_TEST(report::substitute(label(Label::candidates, "es", 1), {"1"}) == "1 candidato");
    BOOST_TEST(report::substitute(label(Label::candidates, "es", 12), {"12"}) == "12 candidatos");
    BOOST_TEST(report::substitute(label(Label::candidates, "en", 1), {"1"}) == "1 candidate");
}

// Regression: "hablenlo" for "háblenlo" in the legend of the comparison.
BOOST_AUTO_TEST_CASE(the_spanish_legend_is_spelt_right) {
    BOOST_TEST(label(Label::legend_marks, "es").find("háblenlo") != std::string::npos);
}

// A page word the catalogs lack would print in English on a Spanish page;
// catalogs_complete checks the catalogs hold every msgid, this checks the
// program finds them: every word of a sentence is translated.
BOOST_AUTO_TEST_CASE(the_sentences_of_the_pages_are_translated) {
    for (auto word : {Label::star_reminder, Label::do_not_ask_text, Label::agreement_explained, Label::draft_note,
                      Label::legend_marks, Label::legend_coverage, Label::notes_box, Label::overall_rating})
        for (const std::string lang : {"es", "it"})
            BOOST_TEST(label(word, lang) != label(word, "en"), lang << ": " << label(word, "en"));
}

// Why an agreement estimate is missing: a sentence core makes in English
// (for the JSON and the command line), worded in the page's language.
BOOST_AUTO_TEST_CASE(every_agreement_note_is_translated) {
    for (int n = 0; n <= static_cast<int>(AgreementNote::average_failed); ++n) {
        PanelAgreement agreement;
        agreement.notes = {static_cast<AgreementNote>(n)};
        const std::string english = agreement_note_text(agreement.notes[0]);
        BOOST_TEST(report::agreement_notes_text(agreement.notes, "en") == english);
        for (const std::string lang : {"es", "it"})
            BOOST_TEST(report::agreement_notes_text(agreement.notes, lang) != english, lang << ": " << english);
    }
    PanelAgreement two;
    two.notes = {AgreementNote::one_way_failed, AgreementNote::panel_incomplete};
    BOOST_TEST(report::agreement_notes_text(two.notes, "en") ==
               std::string(agreement_note_text(two.notes[0])) + " " + agreement_note_text(two.notes[1]));
}

BOOST_AUTO_TEST_CASE(without_catalogs_the_words_are_english) {
    const auto folders = report::catalog_folders();
    test::ScratchFolder empty;
    report::set_catalog_folders({empty.path()});
    BOOST_TEST(label(Label::interview_sheet, "es") == "Interview sheet");
    report::set_catalog_folders(folders);
    BOOST_TEST(label(Label::interview_sheet, "es") == "Hoja de entrevista");
}

BOOST_AUTO_TEST_CASE(numbers_as_the_language_writes_them) {
    BOOST_TEST(report::decimal(84.375, 1, "en") == "84.4");
    BOOST_TEST(report::decimal(84.375, 1, "es") == "84,4");
    BOOST_TEST(report::decimal(-0.16, 2, "it") == "−0,16");
    BOOST_TEST(report::decimal(std::nullopt, 2, "en") == "–");
    BOOST_TEST(report::percent(0.95, "en") == "95%");
    BOOST_TEST(report::percent(0.95, "es") == "95 %");
    BOOST_TEST(report::number(2.5, "it") == "2,5");
}

BOOST_AUTO_TEST_CASE(times_are_local_and_in_the_page_language) {
    TimeZone new_york("EST5EDT,M3.2.0,M11.1.0");
    BOOST_TEST(report::local_date_time(at("2026-11-20T09:00:00Z"), "en") == "20 November 2026, 04:00 " + zone("EST", "UTC-05:00"));
    BOOST_TEST(report::local_date(at("2026-07-01T02:00:00Z"), "es") == "30 de junio de 2026"); // still the day before
    TimeZone rome("CET-1CEST,M3.5.0,M10.5.0/3");
    const auto cet = zone("CET", "UTC+01:00");
    BOOST_TEST(report::local_date_time(at("2026-07-01T02:00:00Z"), "it") == "1 luglio 2026, 04:00 " + zone("CEST", "UTC+02:00"));
    BOOST_TEST(report::interview_time("2026-11-20T09:00:00Z", "2026-11-20T09:45:00Z", "es") ==
               "20 de noviembre de 2026, 10:00–10:45 " + cet);
    // Across midnight both ends are given in full; one end alone is enough.
    BOOST_TEST(report::interview_time("2026-11-20T22:30:00Z", "2026-11-20T23:30:00Z", "en") ==
               "20 November 2026, 23:30 " + cet + " – 21 November 2026, 00:30 " + cet);
    BOOST_TEST(report::interview_time("2026-11-20T09:00:00Z", "", "en") == "20 November 2026, 10:00 " + cet);
    // What cannot be read is shown as written rather than hidden.
    BOOST_TEST(report::interview_time("yesterday", "", "en") == "yesterday");
    BOOST_TEST(report::interview_time("", "", "en").empty());
}

BOOST_AUTO_TEST_SUITE_END()
