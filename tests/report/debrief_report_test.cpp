// The debrief page, read back from the PDF as a person reads it: the
// competencies where the panel disagrees come first, every interviewer's
// note is there, in English, Spanish and Italian, and a blind debrief names
// nobody.
#include "page_layout.hpp"
#include "pdf_text.hpp"
#include "test_paths.hpp"

#include "core/scoring/blind_review.hpp"
#include "core/scoring/debrief.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "report/debrief_report.hpp"
#include "report/pdf_output.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <regex>

using namespace extramile;
using namespace extramile::test;

namespace {

struct Panelist {
    std::string name;
    int giving, service, trust;
    std::optional<Recommendation> recommendation;
    bool keeps_score; // ticks the red flag "Keeps score." on giving
};

// A folder written as interviewers would leave it: one candidate, three
// interviewers. The sample rubric lists giving, service, trust; the panel
// agrees on giving (spread 0), differs on service (spread 2) and holds both
// ends of the scale on trust (1 and 5): the debrief goes trust, service, giving.
struct Generated {
    Generated() {
        const std::vector<Panelist> panel{{"Luca Bianchi", 4, 2, 1, Recommendation::strong_no, true},
                                          {"Marta Gómez", 4, 4, 5, Recommendation::yes, false},
                                          {"Sofia Conti", 4, 3, 3, Recommendation::strong_yes, true}};
        int n = 0;
        for (const auto& p : panel) {
            Scorecard s;
            s.id = "00000000-0000-4000-8000-00000000070" + std::to_string(++n);
            s.status = ScorecardStatus::submitted;
            s.rubric = {rubric.id, rubric.version, rubric_digest(rubric)};
            s.candidate_id = "c-7";
            s.candidate_name = "Élodie Martin";
            s.candidate_role = "Store manager";
            s.interviewer = p.name;
            s.started = "2026-11-20T09:00:00Z";
            s.rate("giving", p.giving);
            s.rate("service", p.service);
            s.rate("trust", p.trust);
            s.set_note("giving.four-people", "GIVING-NOTE by " + p.name + ": Élodie named two juniors.");
            s.set_note("service.smaller-sale", "SERVICE-NOTE by " + p.name + ": Martin sent a customer elsewhere.");
            s.set_note("trust.costly-commitment", "TRUST-NOTE by " + p.name + ": write to elodie.martin@example.com.");
            if (p.keeps_score)
                s.set_flag("giving", SignalKind::red, 1, true);
            s.recommendation = p.recommendation;
            s.comment = "COMMENT by " + p.name + " on Élodie.";
            save_scorecard(folder / ("c-7--" + std::to_string(n) + ".scorecard.xml"), s);
        }
        scorecards = load_scorecards({folder.path()}).scorecards;
        original = compare(rubric, rubric_digest(rubric), scorecards);
        for (const auto& f : scorecards)
            by_file[f.path()] = &f.scorecard;
    }

    std::unique_ptr<report::Document> page(const std::string& lang, bool blind, std::vector<Debrief>* out = nullptr) {
        auto shown = original;
        if (blind)
            make_blind(shown, std::string(64, 'b'));
        std::vector<Debrief> debriefs{
            make_debrief({rubric, original.candidates.at(0), shown.candidates.at(0), by_file, lang, blind})};
        if (out)
            *out = debriefs;
        return report::debrief_report(rubric, debriefs, lang, report::PageSetup{});
    }

    std::string text(const std::string& lang, bool blind) {
        const auto document = page(lang, blind);
        report::write_pdf(*document, folder / ("debrief-" + lang + ".pdf"));
        return pdf_text(folder / ("debrief-" + lang + ".pdf"));
    }

    ScratchFolder folder;
    Rubric rubric = read_rubric(data("good/sample.rubric.xml"));
    std::vector<ScorecardFile> scorecards;
    Comparison original;
    std::map<std::filesystem::path, const Scorecard*> by_file;
};

std::size_t at(const std::string& text, const std::string& what) {
    const auto found = squeezed(text).find(squeezed(what));
    BOOST_TEST(found != std::string::npos, "\"" << what << "\" is not on the page");
    return found;
}

} // namespace

BOOST_AUTO_TEST_SUITE(debrief_report)

BOOST_FIXTURE_TEST_CASE(the_competencies_go_from_most_disputed_to_agreed, Generated) {
    std::vector<Debrief> debriefs;
    page("en", false, &debriefs);
    std::vector<std::string> order;
    for (const auto& c : debriefs.at(0).competencies)
        order.push_back(c.id);
    BOOST_TEST(order == (std::vector<std::string>{"trust", "service", "giving"}));
    BOOST_TEST(debriefs.at(0).competencies.at(0).polarised);
}

BOOST_FIXTURE_TEST_CASE(every_note_rating_and_recommendation_is_on_the_page_in_each_language, Generated) {
    const std::map<std::string, std::string> titles{
        {"en", "Debrief: Élodie Martin"}, {"es", "Puesta en común: Élodie Martin"},
        {"it", "Riunione di valutazione: Élodie Martin"}};
    for (const auto& lang : {"en", "es", "it"}) {
        BOOST_TEST_CONTEXT(lang) {
            const auto text = Generated::text(lang, false);
            at(text, titles.at(lang));
            for (const auto* who : {"Luca Bianchi", "Marta Gómez", "Sofia Conti"}) {
                const std::string name = who;
                // In the order of the debrief: trust (polarised), service, giving.
                const auto trust = at(text, "TRUST-NOTE by " + name);
                const auto service = at(text, "SERVICE-NOTE by " + name);
                const auto giving = at(text, "GIVING-NOTE by " + name);
                BOOST_TEST(trust < service);
                BOOST_TEST(service < giving);
                at(text, "COMMENT by " + name);
            }
            // The anchor of a rating is printed with it: Luca's 1 on trust.
            at(text, "Broke it quietly.");
            // The red flag two interviewers ticked, with both names.
            at(text, "Keeps score.");
            BOOST_TEST(squeezed(text).find(squeezed("Luca Bianchi, Sofia Conti")) != std::string::npos);
        }
    }
    const auto spanish = Generated::text("es", false);
    at(spanish, "No, claramente"); // Luca's strong no, in words (po/es.po)
}

BOOST_FIXTURE_TEST_CASE(a_blind_debrief_names_nobody, Generated) {
    // Open, the name is there: the checks below can fail.
    const auto open = Generated::text("en", false);
    BOOST_TEST(open.find("Élodie") != std::string::npos);
    for (const auto& lang : {"en", "es", "it"}) {
        BOOST_TEST_CONTEXT(lang) {
            const auto text = Generated::text(lang, true);
            const std::regex name("Élodie|Elodie|Martin|c-7|elodie|@example", std::regex::icase);
            BOOST_TEST(!std::regex_search(text, name), text);
            const auto code = blind_code(original.candidates.at(0).key, std::string(64, 'b'));
            BOOST_TEST(text.find(code) != std::string::npos);
            // The evidence is all there still, with the code for the name.
            at(text, "GIVING-NOTE by Luca Bianchi: " + code + " named two juniors.");
        }
    }
}

BOOST_FIXTURE_TEST_CASE(a_long_note_goes_on_over_pages_whole_and_each_page_names_the_candidate, Generated) {
    std::string long_note;
    for (int i = 0; i < 400; ++i)
        long_note += "word" + std::to_string(i) + " ";
    long_note += "THE-END";
    for (auto& f : scorecards)
        if (f.scorecard.interviewer == "Marta Gómez")
            f.scorecard.set_note("trust.costly-commitment", long_note);
    by_file.clear();
    for (const auto& f : scorecards)
        by_file[f.path()] = &f.scorecard;
    const auto document = page("en", false);
    const auto pdf = folder / "long.pdf";
    report::write_pdf(*document, pdf);
    const int pages = pdf_pages(pdf);
    BOOST_TEST(pages >= 2);
    // Nothing lost, no word broken: each word is whole on the page.
    const auto text = pdf_text(pdf);
    for (int i = 0; i < 400; i += 37)
        BOOST_TEST(std::regex_search(text, std::regex("(^|\\s)word" + std::to_string(i) + "(\\s|$)")), i);
    at(text, "THE-END");
    for (int page = 2; page <= pages; ++page)
        BOOST_TEST(pdf_page_text(pdf, page).find("Élodie Martin") != std::string::npos, page);
    BOOST_TEST(broken_header_words(flow_of(*document)).empty());
}

BOOST_AUTO_TEST_SUITE_END()
