// extramile decide, and decision records everywhere a user meets them:
// compare's table, CSV and JSON, the changed-evidence flag, validate,
// purge, blind review and sync engines' copies.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace extramile::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string ana_record = "ana-pérez--c-1.decision.xml";

struct Panel {
    ScratchFolder scratch;
    fs::path folder = scratch / "panel";
    Panel() { fs::copy(data("panel"), folder); }

    Outcome decide(std::vector<std::string> args) const {
        args.insert(args.begin(), {"decide", "--rubric", data("good/sample.rubric.xml").string(), folder.string()});
        return run_extramile(args);
    }
    Outcome compare(const std::vector<std::string>& more = {}) const {
        std::vector<std::string> args{"compare", "--rubric", data("good/sample.rubric.xml").string()};
        args.insert(args.end(), more.begin(), more.end());
        args.push_back(folder.string());
        return run_extramile(args);
    }
    json candidate(const std::string& id, const std::vector<std::string>& more = {}) const {
        auto args = more;
        args.insert(args.end(), {"--format", "json"});
        const auto r = compare(args);
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        const auto doc = json::parse(r.out);
        for (const auto& c : doc["candidates"])
            if (c["id"] == id)
                return c;
        BOOST_FAIL("no candidate " + id);
        return {};
    }
};

bool has_flag(const json& candidate, const std::string& flag) {
    for (const auto& f : candidate["flags"])
        if (f == flag)
            return true;
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(decide_command)

BOOST_AUTO_TEST_CASE(a_decision_is_recorded_and_compare_shows_it) {
    Panel panel;
    auto r = panel.decide({"--candidate", "c-1", "--outcome", "hire", "--by", "Marta Gil", "--member", "Luca Bianchi",
                           "--member", "Marta Gómez", "--reason", "Strong everywhere.", "--competency-reason",
                           "giving=Named two juniors.", "--final"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find(ana_record + ": revision 1, final, hire, decided by Marta Gil on 2 scorecards") !=
                   std::string::npos,
               r.out);
    const auto file = panel.folder / utf8_name(ana_record);
    BOOST_TEST_REQUIRE(fs::exists(file));
#ifndef _WIN32 // Windows: private by the folder's ACL, no mode bits (atomic_file.hpp)
    BOOST_TEST(((fs::status(file).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write)));
#endif
    const auto bytes = read_bytes(file);
    BOOST_TEST(bytes.find("<reason competency=\"giving\">Named two juniors.</reason>") != std::string::npos, bytes);

    auto ana = panel.candidate("c-1");
    BOOST_TEST(ana["decision"]["outcome"] == "hire");
    BOOST_TEST(ana["decision"]["status"] == "final");
    BOOST_TEST(ana["decision"]["by"] == "Marta Gil");
    BOOST_TEST(ana["decision"]["changes"].empty());
    BOOST_TEST(!has_flag(ana, "decided-on-changed-evidence"));
    BOOST_TEST(panel.candidate("c-2")["decision"].is_null());

    const auto table = panel.compare();
    BOOST_TEST(table.out.find("Decision") != std::string::npos, table.out);
    std::istringstream lines(table.out);
    std::string line;
    bool ana_row = false;
    while (std::getline(lines, line))
        if (line.find("Ana Pérez") != std::string::npos)
            ana_row = line.find("  hire") != std::string::npos;
    BOOST_TEST(ana_row, table.out);

    const auto csv = panel.compare({"--format", "csv", "--no-bom"});
    std::istringstream rows(csv.out);
    std::string header, first;
    std::getline(rows, header);
    std::getline(rows, first);
    BOOST_TEST(header.ends_with(",flags,decision,decision_status\r"), header);
    BOOST_TEST(first.ends_with(",hire,final\r"), first);

    // A draft is marked as one, and a final decision changes only once reopened.
    r = panel.decide({"--candidate", "Bruno Rossi", "--outcome", "hold"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(panel.candidate("c-2")["decision"]["status"] == "draft");
    r = panel.decide({"--candidate", "c-1", "--outcome", "no-hire"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("is final; reopen it first") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(the_decision_is_flagged_when_its_evidence_changes) {
    Panel panel;
    BOOST_TEST_REQUIRE(panel.decide({"--candidate", "c-1", "--outcome", "hire", "--by", "Marta", "--final"}).exit_code == 0);
    // Marta reopens her scorecard after the decision: a draft no longer counts.
    const auto scorecard = panel.folder / "c-1--marta.scorecard.xml";
    auto text = read_bytes(scorecard);
    text.replace(text.find("revision=\"3\" status=\"submitted\""), 32, "revision=\"4\" status=\"draft\"    ");
    std::ofstream(scorecard, std::ios::binary | std::ios::trunc) << text;
    auto ana = panel.candidate("c-1");
    BOOST_TEST(has_flag(ana, "decided-on-changed-evidence"));
    BOOST_TEST_REQUIRE(ana["decision"]["changes"].size() == 1u);
    BOOST_TEST(ana["decision"]["changes"][0]["kind"] == "gone");
    BOOST_TEST(ana["decision"]["changes"][0]["then"] == 3);
    BOOST_TEST(panel.compare().out.find("decided-on-changed-evidence") != std::string::npos);

    // Reopened with a reason and made final again, on what counts now.
    auto r = panel.decide({"--candidate", "c-1", "--reopen", "--by", "Marta"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("--reason TEXT") != std::string::npos, r.err);
    r = panel.decide({"--candidate", "c-1", "--reopen", "--by", "Marta", "--reason", "Marta reopened her scorecard"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("draft, hire") != std::string::npos, r.out);
    r = panel.decide({"--candidate", "c-1", "--by", "Marta", "--final"});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("on 1 scorecard") != std::string::npos, r.out);
    BOOST_TEST(!has_flag(panel.candidate("c-1"), "decided-on-changed-evidence"));
    BOOST_TEST(read_bytes(panel.folder / utf8_name(ana_record)).find("reason=\"Marta reopened her scorecard\"") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(mistakes_are_refused_before_anything_is_written) {
    Panel panel;
    const auto code = [&](std::vector<std::string> args) { return panel.decide(std::move(args)).exit_code; };
    BOOST_TEST(code({"--outcome", "hire"}) == 2); // no candidate
    BOOST_TEST(code({"--candidate", "c-1", "--outcome", "hired"}) == 2);
    BOOST_TEST(code({"--candidate", "c-1", "--final", "--reopen"}) == 2);
    BOOST_TEST(code({"--candidate", "c-1", "--competency-reason", "no equals sign"}) == 2);
    auto r = panel.decide({"--candidate", "c-1", "--by", "Marta", "--final"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("needs --outcome") != std::string::npos, r.err);
    r = panel.decide({"--candidate", "c-1", "--outcome", "hire", "--final"});
    BOOST_TEST(r.err.find("--by NAME") != std::string::npos, r.err);
    r = panel.decide({"--candidate", "c-1", "--competency-reason", "honesty=Told the truth"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("no competency \"honesty\"") != std::string::npos, r.err);
    r = panel.decide({"--candidate", "Zoë Nobody", "--outcome", "hire"});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("no candidate \"Zoë Nobody\"") != std::string::npos, r.err);
    BOOST_TEST(!fs::exists(panel.folder / utf8_name(ana_record)));
    BOOST_TEST(run_extramile({"decide", "--help"}).out.find("--competency-reason") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(validate_checks_decision_records_with_their_lines) {
    auto r = run_extramile({"validate", data("good/ana-perez--c-1.decision.xml").string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out == "1 file valid (0 rubrics, 0 scorecards, 1 decision record)\n");

    ScratchFolder scratch;
    const auto broken = scratch / "broken.decision.xml";
    std::ofstream(broken) << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<decision xmlns=\"urn:extramile:decision:1\" id=\"d\" revision=\"1\" status=\"final\">\n"
                             "  <candidate name=\"Ana\"/>\n"
                             "  <rubric id=\"sample\" version=\"1.0\"/>\n"
                             "  <outcome value=\"maybe\"/>\n"
                             "  <reason competency=\"honesty\">Told the truth.</reason>\n"
                             "</decision>\n";
    const auto copy = scratch / "mailed.xml"; // no telling name: known by its root element
    fs::copy_file(broken, copy);
    r = run_extramile({"validate", "--rubric", data("good/sample.rubric.xml").string(), broken.string(), copy.string()});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find(broken.string() + ":5: outcome \"maybe\" is not one of") != std::string::npos, r.err);
    BOOST_TEST(r.err.find(copy.string() + ":5:") != std::string::npos, r.err);
    BOOST_TEST(r.err.find(broken.string() + ":2: a final decision says who decided and when") != std::string::npos, r.err);

    std::ofstream(broken, std::ios::trunc)
        << "<decision xmlns=\"urn:extramile:decision:1\" id=\"d\" revision=\"1\" status=\"draft\">\n"
           "  <candidate name=\"Ana\"/>\n  <rubric id=\"sample\" version=\"1.0\"/>\n"
           "  <reason competency=\"honesty\">Told the truth.</reason>\n</decision>\n";
    r = run_extramile({"validate", "--rubric", data("good/sample.rubric.xml").string(), broken.string()});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find(broken.string() + ":4: the reason is about competency \"honesty\"") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(purge_removes_the_decision_with_its_candidate) {
    Panel panel;
    for (const auto& entry : fs::directory_iterator(panel.folder))
        fs::last_write_time(entry.path(), fs::file_time_type::clock::now() - std::chrono::days(30));
    // Decided just now: the decision keeps Ana (recent activity).
    BOOST_TEST_REQUIRE(panel.decide({"--candidate", "c-1", "--outcome", "hire", "--by", "Marta", "--final"}).exit_code == 0);
    auto r = run_extramile({"purge", "--older-than", "1", "--dry-run", panel.folder.string()});
    BOOST_TEST(r.out.find("Ana Pérez") == std::string::npos, r.out);
    // Decided long ago: it goes with her scorecards.
    fs::copy_file(data("good/ana-perez--c-1.decision.xml"), panel.folder / utf8_name(ana_record),
                  fs::copy_options::overwrite_existing);
    r = run_extramile({"purge", "--older-than", "1", panel.folder.string()});
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("removing Ana Pérez (last interview 2026-11-25):") != std::string::npos, r.out);
    BOOST_TEST(r.out.find(ana_record) != std::string::npos, r.out);
    BOOST_TEST(r.out.find("removed 7 scorecards and 1 decision record of 4 candidates") != std::string::npos, r.out);
    BOOST_TEST(!fs::exists(panel.folder / utf8_name(ana_record)));
}

BOOST_AUTO_TEST_CASE(blind_review_names_nobody_from_a_decision) {
    Panel panel;
    BOOST_TEST_REQUIRE(panel.decide({"--candidate", "c-1", "--outcome", "hire", "--by", "Marta Gil", "--reason",
                                     "Ana Pérez was the best", "--final"})
                           .exit_code == 0);
    for (const char* format : {"table", "csv", "json"}) {
        const auto r = panel.compare({"--blind", "--format", format});
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        for (const char* name : {"Ana", "Pérez", "ana-p", "c-1", ".decision.xml"})
            BOOST_TEST(r.out.find(name) == std::string::npos, format << " shows " << name);
        BOOST_TEST(r.out.find("hire") != std::string::npos, format);
    }
}

BOOST_AUTO_TEST_CASE(a_sync_engines_copy_of_a_record_counts_once) {
    Panel panel;
    BOOST_TEST_REQUIRE(panel.decide({"--candidate", "c-1", "--outcome", "hold"}).exit_code == 0);
    const auto copy = panel.folder / utf8_name("ana-pérez--c-1.decision.sync-conflict-20261201-081323-4OPKA3A.xml");
    fs::copy_file(panel.folder / utf8_name(ana_record), copy);
    BOOST_TEST_REQUIRE(panel.decide({"--candidate", "c-1", "--outcome", "hire"}).exit_code == 0);
    auto r = panel.compare({"--format", "json"});
    const auto doc = json::parse(r.out);
    BOOST_TEST(doc["candidates"][0]["decision"]["outcome"] == "hire");
    bool mentioned = false;
    for (const auto& w : doc["warnings"])
        mentioned = mentioned || w.get<std::string>().find("Syncthing's copy of " + ana_record) != std::string::npos;
    BOOST_TEST(mentioned, r.out);
    // Never read as a scorecard.
    BOOST_TEST(r.err.empty(), r.err);
}

BOOST_AUTO_TEST_SUITE_END()
