// extramile debrief, and the overdue drafts compare lists, run as HR runs
// them: the PDF read back with pdftotext, the JSON parsed.
#include "host_tools.hpp"
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <regex>

using extramile::test::run_extramile;
using extramile::test::ScratchFolder;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string data(const std::string& relative) { return std::string(EXTRAMILE_TEST_DATA) + "/" + relative; }

// Through the test driver on Windows, where pdftotext is a Linux program (host_tools.hpp).
std::string pdftotext(const fs::path& pdf) {
    return extramile::test::run_host_tool({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
}

// Without white space: a sentence wrapped over lines still matches.
std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            out += c;
    return out;
}

// A copy of the panel fixture: blind review keeps its key in the folder.
struct Panel {
    Panel() {
        fs::copy(data("panel"), folder / "panel");
        fs::copy(data("good/sample.rubric.xml"), folder / "panel" / "sample.rubric.xml"); // found beside them
    }
    fs::path dir() const { return folder / "panel"; }
    ScratchFolder folder;
};

const std::regex kAnyName("Ana|Pérez|Bruno|Rossi|Chiara|Bianchi Chiara|Dario|Neri|c-[1-4]\\b");

} // namespace

BOOST_AUTO_TEST_SUITE(debrief_command)

BOOST_FIXTURE_TEST_CASE(a_candidates_debrief_holds_every_interviewers_notes_in_each_language, Panel) {
    const std::map<std::string, std::string> title{
        {"en", "Debrief: Ana Pérez"}, {"es", "Puesta en común: Ana Pérez"}, {"it", "Riunione di valutazione: Ana Pérez"}};
    for (const std::string lang : {"en", "es", "it"}) {
        const auto pdf = folder / ("ana-" + lang + ".pdf");
        const auto r = run_extramile({"debrief", dir().string(), "--candidate", "c-1", "--lang", lang, "--pdf",
                                      pdf.string()});
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        const auto text = squeezed(pdftotext(pdf));
        BOOST_TEST(text.find(squeezed(title.at(lang))) != std::string::npos, lang);
        BOOST_TEST(text.find(squeezed("Notes by Luca Bianchi on Ana Pérez.")) != std::string::npos, lang);
        BOOST_TEST(text.find(squeezed("Notes by Marta Gómez on Ana Pérez.")) != std::string::npos, lang);
        BOOST_TEST(text.find("Bruno") == std::string::npos, lang); // only the candidate asked for
    }
    // By name too, spelt as the candidates are grouped.
    const auto r = run_extramile({"debrief", dir().string(), "--candidate", "ana pérez", "--pdf",
                                  (folder / "by-name.pdf").string()});
    BOOST_TEST(r.exit_code == 0, r.err);
}

BOOST_FIXTURE_TEST_CASE(a_blind_debrief_of_everyone_names_nobody, Panel) {
    const auto open_pdf = folder / "open.pdf";
    BOOST_TEST_REQUIRE(run_extramile({"debrief", dir().string(), "--all", "--pdf", open_pdf.string()}).exit_code == 0);
    BOOST_TEST(std::regex_search(pdftotext(open_pdf), kAnyName)); // the check below can fail

    const auto pdf = folder / "blind.pdf";
    const auto r = run_extramile({"debrief", dir().string(), "--all", "--blind", "--pdf", pdf.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto text = pdftotext(pdf);
    BOOST_TEST(!std::regex_search(text, kAnyName), text);
    BOOST_TEST(!std::regex_search(r.out + r.err, kAnyName));
    // The codes are compare --blind's, and a code asks for one candidate.
    const auto listing = run_extramile({"compare", "--blind", "--format", "json", dir().string()});
    BOOST_TEST_REQUIRE(listing.exit_code == 0, listing.err);
    const auto code = json::parse(listing.out)["candidates"][0]["id"].get<std::string>();
    BOOST_TEST(text.find(code) != std::string::npos);
    const auto one = run_extramile({"debrief", dir().string(), "--blind", "--candidate", code, "--pdf",
                                    (folder / "one.pdf").string()});
    BOOST_TEST(one.exit_code == 0, one.err);
    // A name does not find anyone in blind review: it would tell who is in the folder.
    const auto by_name = run_extramile({"debrief", dir().string(), "--blind", "--candidate", "c-1", "--pdf",
                                        (folder / "none.pdf").string()});
    BOOST_TEST(by_name.exit_code == 1);
    BOOST_TEST(!fs::exists(folder / "none.pdf"));
}

BOOST_FIXTURE_TEST_CASE(mistakes_are_explained, Panel) {
    const auto pdf = (folder / "x.pdf").string();
    BOOST_TEST(run_extramile({"debrief", dir().string(), "--all"}).exit_code == 2); // no --pdf
    BOOST_TEST(run_extramile({"debrief", dir().string(), "--pdf", pdf}).exit_code == 2); // nobody asked for
    BOOST_TEST(run_extramile({"debrief", dir().string(), "--all", "--candidate", "c-1", "--pdf", pdf}).exit_code == 2);
    BOOST_TEST(run_extramile({"debrief", dir().string(), "--all", "--lang", "fr", "--pdf", pdf}).exit_code == 2);
    const auto r = run_extramile({"debrief", dir().string(), "--candidate", "c-99", "--pdf", pdf});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("c-99") != std::string::npos, r.err);
    BOOST_TEST(!fs::exists(pdf));
}

BOOST_FIXTURE_TEST_CASE(compare_lists_overdue_drafts_by_interviewer, Panel) {
    // Dario's only scorecard is Luca's draft, with no time recorded: its last save counts.
    const auto draft = dir() / "c-4--luca.scorecard.xml";
    fs::last_write_time(draft, fs::file_time_type::clock::now() - std::chrono::hours(24 * 5 + 1));
    auto r = run_extramile({"compare", "--format", "json", dir().string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto overdue = json::parse(r.out)["overdue"];
    BOOST_TEST(overdue["days"] == 2);
    BOOST_REQUIRE_EQUAL(overdue["drafts"].size(), 1u);
    const auto& d = overdue["drafts"][0];
    BOOST_TEST(d["interviewer"] == "Luca Bianchi");
    BOOST_TEST(d["candidate"] == "Dario Neri");
    BOOST_TEST(d["candidate_id"] == "c-4");
    BOOST_TEST(d["days"] == 5);
    BOOST_TEST(d["since_file_time"] == true);
    BOOST_TEST(d["file"].get<std::string>().find("c-4--luca") != std::string::npos);

    r = run_extramile({"compare", "--overdue-days", "6", "--format", "json", dir().string()});
    BOOST_TEST(json::parse(r.out)["overdue"]["drafts"].empty());

    r = run_extramile({"compare", dir().string()});
    BOOST_TEST(r.out.find("Overdue scorecards: 1 draft older than 2 days") != std::string::npos, r.out);
    BOOST_TEST(std::regex_search(r.out, std::regex("Luca Bianchi +Dario Neri +[0-9-]+ \\(last saved\\) +5")), r.out);

    r = run_extramile({"compare", "--blind", dir().string()});
    BOOST_TEST(r.out.find("Overdue scorecards: 1 draft") != std::string::npos, r.out);
    BOOST_TEST(!std::regex_search(r.out, std::regex("Dario|Neri|c-4")), r.out);
    r = run_extramile({"compare", "--blind", "--format", "json", dir().string()});
    const auto blind = json::parse(r.out)["overdue"]["drafts"][0];
    BOOST_TEST(blind["file"].is_null());
    BOOST_TEST(blind["candidate"].get<std::string>().starts_with("C-"));

    BOOST_TEST(run_extramile({"compare", "--overdue-days", "-1", dir().string()}).exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
