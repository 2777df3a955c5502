// `extramile compare` on tests/data/panel: three candidates rated by the same
// two interviewers on the sample rubric (weights giving 2, service 1, trust 1;
// minimum 3 on giving; scale 1-5), and one draft. Every number below is
// worked out by hand from the fixture files.
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include <sstream>

using extramile::test::run_extramile;
using extramile::test::ScratchFolder;
using nlohmann::json;

namespace {

std::string data(const std::string& relative) { return std::string(EXTRAMILE_TEST_DATA) + "/" + relative; }

json compare_json(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"compare", "--rubric", data("good/sample.rubric.xml"), "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(data("panel"));
    auto r = run_extramile(args);
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    return json::parse(r.out);
}

const json& candidate(const json& result, const std::string& id) {
    for (const auto& c : result["candidates"])
        if (c["id"] == id)
            return c;
    throw std::runtime_error("no candidate " + id);
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare_command)

// Means (na left out):       giving   service  trust
//   c-1 Ana    (4,5)(4,4)(5,4) 4.5      4.0      4.5
//   c-2 Bruno  (2,3)(3,2)(3,na) 2.5     2.5      3.0
//   c-3 Chiara (3,1)(5,4)(3,2) 2.0      4.5      2.5
// Total = 100 * sum(w (m-1)/4) / 4:
//   Ana    (2*3.5 + 3 + 3.5)/16   = 13.5/16 = 84.375
//   Chiara (2*1 + 3.5 + 1.5)/16   = 7/16    = 43.75
//   Bruno  (2*1.5 + 1.5 + 2)/16   = 6.5/16  = 40.625
BOOST_AUTO_TEST_CASE(totals_means_and_flags_match_the_hand_computation) {
    auto result = compare_json();
    const auto& candidates = result["candidates"];
    BOOST_TEST_REQUIRE(candidates.size() >= 3u);
    BOOST_TEST(candidates[0]["id"] == "c-1");
    BOOST_TEST(candidates[1]["id"] == "c-3");
    BOOST_TEST(candidates[2]["id"] == "c-2");
    BOOST_TEST(candidates[0]["total"].get<double>() == 84.375);
    BOOST_TEST(candidates[1]["total"].get<double>() == 43.75);
    BOOST_TEST(candidates[2]["total"].get<double>() == 40.625);

    const auto& ana = candidate(result, "c-1");
    BOOST_TEST(ana["name"] == "Ana Pérez");
    BOOST_TEST(ana["interviewers"] == json({"Luca Bianchi", "Marta Gómez"}));
    BOOST_TEST(ana["competencies"]["giving"]["mean"].get<double>() == 4.5);
    BOOST_TEST(ana["competencies"]["giving"]["below_minimum"] == false);
    BOOST_TEST(ana["flags"].empty());

    const auto& bruno = candidate(result, "c-2");
    // Marta's scorecard of Bruno records no rubric digest.
    BOOST_TEST(bruno["flags"].dump().find("rubric-unverified") != std::string::npos);
    BOOST_TEST(bruno["competencies"]["trust"]["mean"].get<double>() == 3.0);
    BOOST_TEST(bruno["competencies"]["trust"]["ratings"].size() == 2u);
    BOOST_TEST(bruno["competencies"]["trust"]["ratings"][1]["value"] == "na");
    BOOST_TEST(bruno["competencies"]["giving"]["below_minimum"] == true); // 2.5 < 3

    const auto& chiara = candidate(result, "c-3");
    BOOST_TEST(chiara["competencies"]["giving"]["below_minimum"] == true); // 2.0 < 3
    BOOST_TEST(chiara["competencies"]["giving"]["disagreement"] == true);  // 3 vs 1: 2 points
    BOOST_TEST(chiara["competencies"]["service"]["disagreement"] == false); // 5 vs 4
    const auto& flags = chiara["flags"];
    BOOST_TEST((std::find(flags.begin(), flags.end(), "below-minimum") != flags.end()));
    BOOST_TEST((std::find(flags.begin(), flags.end(), "disagreement") != flags.end()));
}

// giving, crossed 3 x 2: A(4,5) B(2,3) C(3,1); grand mean 3.
//   SS rows = 2*((1.5)^2 + (0.5)^2 + 1^2) = 7, BMS = 3.5; SS columns = 0, JMS = 0
//   SS total = 1+4+1+0+0+4 = 10; WMS = (10-7)/3 = 1; EMS = (10-7-0)/2 = 1.5
//   ICC(1,1) = (3.5-1)/(3.5+1) = 0.5556
//   ICC(2,1) = (3.5-1.5)/(3.5+1.5+2(0-1.5)/3) = 2/4 = 0.5
//   ICC(2,k) = (3.5-1.5)/(3.5+(0-1.5)/3) = 2/3 = 0.6667
BOOST_AUTO_TEST_CASE(panel_agreement_matches_the_hand_computation) {
    auto result = compare_json();
    const auto& giving = result["agreement"]["giving"];
    BOOST_TEST(giving["icc1_1"].get<double>() == 0.5556);
    BOOST_TEST(giving["icc2_1"].get<double>() == 0.5);
    BOOST_TEST(giving["icc2_k"].get<double>() == 0.6667);
    BOOST_TEST(giving["crossed"] == true);
    BOOST_TEST(giving["icc1_1_ci95"].size() == 2u);
    BOOST_TEST(giving["icc1_1_ci95"][0].get<double>() < 0.5556);
    BOOST_TEST(giving["icc1_1_ci95"][1].get<double>() > 0.5556);
    // Bruno's trust is "na" for one interviewer: not fully crossed, no ICC(2,*).
    const auto& trust = result["agreement"]["trust"];
    BOOST_TEST(trust["crossed"] == false);
    BOOST_TEST(trust["icc2_1"].is_null());
    BOOST_TEST(trust["icc2_k"].is_null());
    BOOST_TEST(trust["icc1_1"].is_number());
}

BOOST_AUTO_TEST_CASE(drafts_count_only_when_asked) {
    auto without = compare_json();
    for (const auto& c : without["candidates"])
        if (c["id"] == "c-4") {
            BOOST_TEST(c["total"].is_null());
            BOOST_TEST(c["drafts_excluded"] == 1);
        }
    auto with = compare_json({"--include-drafts"});
    const auto& dario = candidate(with, "c-4");
    BOOST_TEST(dario["total"].get<double>() == 100.0); // only giving rated, at the top of the scale
    BOOST_TEST(dario["interviewers"] == json({"Luca Bianchi"}));
}

BOOST_AUTO_TEST_CASE(csv_has_a_header_and_a_row_per_candidate) {
    auto r = run_extramile({"compare", "--rubric", data("good/sample.rubric.xml"), "--format", "csv",
                            data("panel")});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    std::istringstream lines(r.out);
    std::string header, first;
    std::getline(lines, header);
    std::getline(lines, first);
    BOOST_TEST(header ==
               "\xEF\xBB\xBFrank,candidate_id,name,role,interviewers,interviewer_names,total,adjusted_total,"
               "coverage_percent,"
               "complete,giving,service,trust,largest_spread,strong_no,no,yes,strong_yes,recommendations,"
               "below_minimum,disagreement,flags,decision,decision_status\r");
    // The names' "; " is quoted: LibreOffice splits on semicolons too, and
    // every later column shifted (the total column showed a name).
    BOOST_TEST(first == "1,c-1,Ana Pérez,Store manager,2,\"Luca Bianchi; Marta Gómez\",84.38,84.38,100.0,yes,4.50,4.00,4.50,1,"
                        "0,0,2,0,\"Luca Bianchi: yes; Marta Gómez: yes\",,,,,\r");
    // For the spreadsheets of Spain and Italy: semicolons, decimal commas.
    auto es = run_extramile({"compare", "--rubric", data("good/sample.rubric.xml"), "--format", "csv", "--csv-locale",
                             "es", "--no-bom", data("panel")});
    BOOST_TEST_REQUIRE(es.exit_code == 0, es.err);
    std::istringstream es_lines(es.out);
    std::getline(es_lines, header);
    std::getline(es_lines, first);
    BOOST_TEST(header.rfind("rank;candidate_id;name;", 0) == 0u, header);
    BOOST_TEST(first.rfind("1;c-1;Ana Pérez;Store manager;2;\"Luca Bianchi; Marta Gómez\";\"84,38\";\"84,38\";\"100,0\";yes;\"4,50\";",
                           0) == 0u,
               first);
    BOOST_TEST(run_extramile({"compare", "--format", "csv", "--csv-locale", "klingon", data("panel")}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(table_names_candidates_and_marks_flags) {
    auto r = run_extramile({"compare", "--rubric", data("good/sample.rubric.xml"), data("panel")});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("Ana Pérez") != std::string::npos);
    BOOST_TEST(r.out.find("84.4") != std::string::npos);
    BOOST_TEST(r.out.find("2.00!~") != std::string::npos, r.out); // Chiara's giving
    BOOST_TEST(r.out.find("Panel agreement") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(blind_mode_shows_no_name_or_file) {
    // Blind review keeps its key in the compared folder: a copy, not the fixtures.
    ScratchFolder scratch;
    const auto folder = scratch / "panel";
    std::filesystem::copy(data("panel"), folder);
    // A file that cannot be read, named after the candidate: never named in blind review.
    std::ofstream(folder / "ana-perez--broken.scorecard.xml") << "<scorecard";
    for (const char* format : {"table", "csv", "json"}) {
        auto r = run_extramile({"compare", "--blind", "--rubric", data("good/sample.rubric.xml"),
                                "--format", format, folder.string()});
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        for (const char* name : {"Ana", "Pérez", "ana-perez", "Bruno", "Chiara", "c-1", "c-2--", "panel/"}) {
            BOOST_TEST(r.out.find(name) == std::string::npos, format << " shows " << name);
            BOOST_TEST(r.err.find(name) == std::string::npos, format << " prints " << name << " on stderr:\n" << r.err);
        }
        BOOST_TEST(r.out.find("C-") != std::string::npos);
        BOOST_TEST(r.err.find("1 file could not be read") != std::string::npos, r.err);
    }
    // The codes come from the folder's key (private), and are stable.
    const auto key = folder / ".extramile-blind-key";
    BOOST_TEST_REQUIRE(std::filesystem::exists(key));
#ifndef _WIN32 // Windows: private by the folder's ACL, no mode bits (core/storage/atomic_file.hpp)
    const bool private_file = (std::filesystem::status(key).permissions() & std::filesystem::perms::all) ==
                              (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    BOOST_TEST(private_file);
#endif
    const auto blind_json = [&] {
        auto r = run_extramile({"compare", "--blind", "--rubric", data("good/sample.rubric.xml"), "--format", "json",
                                folder.string()});
        return json::parse(r.out);
    };
    const auto a = blind_json(), b = blind_json();
    BOOST_TEST(a["candidates"][0]["id"] == b["candidates"][0]["id"]);
    // Another folder (another key) gives other codes for the same people.
    ScratchFolder other;
    std::filesystem::copy(data("panel"), other / "panel");
    auto r = run_extramile({"compare", "--blind", "--rubric", data("good/sample.rubric.xml"), "--format", "json",
                            (other / "panel").string()});
    BOOST_TEST(json::parse(r.out)["candidates"][0]["id"] != a["candidates"][0]["id"]);
}

BOOST_AUTO_TEST_CASE(the_rubric_named_by_the_scorecards_is_found_on_the_rubric_path) {
    auto r = run_extramile({"compare", "--format", "json", data("panel")},
                           {{"EXTRAMILE_RUBRIC_PATH", data("good")}});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(json::parse(r.out)["rubric"]["id"] == "sample");
}

BOOST_AUTO_TEST_CASE(nothing_to_compare_is_an_error) {
    auto r = run_extramile({"compare", data("bad/no-such-folder")});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("no scorecard could be read") != std::string::npos, r.err);
}

// Two candidates with the same evidence are tied: they share a rank in the
// table, the CSV and the JSON (1, 1, 3), in the order of their names (the
// draft-only candidate is unrated, last).
BOOST_AUTO_TEST_CASE(tied_candidates_share_a_rank_in_every_output) {
    ScratchFolder folder;
    for (const auto& entry : std::filesystem::directory_iterator(data("panel")))
        std::filesystem::copy_file(entry.path(), folder.path() / entry.path().filename());
    // Ana's two scorecards again, as another candidate's (new ids, new name).
    for (const std::string who : {"luca", "marta"}) {
        auto xml = extramile::test::read_bytes(folder.path() / ("c-1--" + who + ".scorecard.xml"));
        for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
                 {"id=\"00000000-0000-4000-8000-0000000000", "id=\"00000000-0000-4000-8000-0000000001"},
                 {"id=\"c-1\" name=\"Ana Pérez\"", "id=\"c-0\" name=\"Aaron Abad\""}}) {
            const auto at = xml.find(from);
            BOOST_TEST_REQUIRE(at != std::string::npos, from);
            xml.replace(at, from.size(), to);
        }
        std::ofstream(folder.path() / ("c-0--" + who + ".scorecard.xml"), std::ios::binary) << xml;
    }
    const std::vector<std::string> rubric{"--rubric", data("good/sample.rubric.xml")};
    const auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin() + 1, rubric.begin(), rubric.end());
        args.push_back(folder.path().string());
        auto r = run_extramile(args);
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        return r.out;
    };
    const auto result = json::parse(run({"compare", "--format", "json"}));
    std::vector<std::pair<std::string, int>> ranks;
    for (const auto& c : result["candidates"])
        ranks.emplace_back(c["id"].get<std::string>(), c["rank"].get<int>());
    BOOST_TEST((ranks == std::vector<std::pair<std::string, int>>{{"c-0", 1}, {"c-1", 1}, {"c-3", 3}, {"c-2", 4}, {"c-4", 5}}));

    std::istringstream csv(run({"compare", "--format", "csv"}));
    std::string line;
    std::getline(csv, line); // the header
    std::vector<std::string> starts;
    while (std::getline(csv, line))
        starts.push_back(line.substr(0, line.find(',', line.find(',') + 1)));
    BOOST_TEST((starts == std::vector<std::string>{"1,c-0", "1,c-1", "3,c-3", "4,c-2", "5,c-4"}));

    std::istringstream table(run({"compare"}));
    std::vector<std::string> rows;
    while (std::getline(table, line))
        for (const std::string name : {"Aaron Abad", "Ana Pérez", "Chiara Bianchi", "Bruno"})
            if (line.find(name) != std::string::npos && rows.size() < 4)
                rows.push_back(line.substr(0, line.find(name)));
    BOOST_TEST_REQUIRE(rows.size() == 4u);
    BOOST_TEST(rows[0].find('1') != std::string::npos);
    BOOST_TEST(rows[1].find('1') != std::string::npos);
    BOOST_TEST(rows[1].find('2') == std::string::npos, rows[1]);
    BOOST_TEST(rows[2].find('3') != std::string::npos, rows[2]);
}

BOOST_AUTO_TEST_SUITE_END()
