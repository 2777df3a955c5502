// `extramile calibration` and `extramile validity` as a user runs them, on
// scorecards written into a scratch folder. The calibration numbers are
// worked by hand (tests/support/calibration_panel.hpp); the validity numbers are checked against Python's
// statistics module (tests/cli/validity_reference.py), computed apart.
#include "calibration_panel.hpp"
#include "host_tools.hpp"
#include "run_program.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace extramile::test;
using nlohmann::json;
namespace fs = std::filesystem;
namespace tt = boost::test_tools;

namespace {

// A submitted scorecard of the sample rubric rating all three competencies.
void write_card(const fs::path& folder, const std::string& candidate, const std::string& name,
                const std::string& interviewer, int giving, int service, int trust) {
    extramile::test::write_sample_scorecard(folder, candidate, name, interviewer, giving, service, trust);
}

void write_card(const fs::path& folder, const std::string& candidate, const std::string& name,
                const std::string& interviewer, int all) {
    write_card(folder, candidate, name, interviewer, all, all, all);
}

std::string rubric() { return data("good/sample.rubric.xml").string(); }

const json& by_name(const json& interviewers, const std::string& name) {
    for (const auto& p : interviewers)
        if (p["name"] == name)
            return p;
    throw std::runtime_error("no interviewer " + name);
}

// The hand-worked case (tests/support/calibration_panel.hpp says its numbers).
fs::path calibration_panel(const ScratchFolder& scratch) {
    return extramile::test::hand_worked_calibration(scratch / "panel");
}

} // namespace

BOOST_AUTO_TEST_SUITE(calibration_command)

BOOST_AUTO_TEST_CASE(json_gives_offsets_intervals_flags_and_adjusted_totals) {
    ScratchFolder scratch;
    const auto folder = calibration_panel(scratch);
    const auto r = run_extramile({"calibration", "--rubric", rubric(), "--format", "json", folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto j = json::parse(r.out);
    const auto& ana = by_name(j["interviewers"], "Ana");
    BOOST_TEST(ana["offset"].get<double>() == 0.75, tt::tolerance(1e-9));
    BOOST_TEST(ana["standard_error"].get<double>() == 0.1118, tt::tolerance(1e-3));
    BOOST_TEST(ana["offset_ci95"][0].get<double>() == 0.4626, tt::tolerance(1e-3));
    BOOST_TEST(ana["offset_ci95"][1].get<double>() == 1.0374, tt::tolerance(1e-3));
    BOOST_TEST(ana["flag"] == "lenient");
    BOOST_TEST(ana["scorecards"] == 3);
    BOOST_TEST(ana["ratings"] == 9);
    BOOST_TEST(by_name(j["interviewers"], "Bo")["flag"] == "severe");
    const auto& cleo = by_name(j["interviewers"], "Cleo");
    BOOST_TEST(cleo["offset"].is_null());
    BOOST_TEST(cleo["gap"] == "alone");
    BOOST_TEST(cleo["note"].get<std::string>().find("shares no rated competency") != std::string::npos);
    BOOST_TEST(j["calibration"]["residual_df"] == 5);
    for (const auto& c : j["candidates"]) {
        if (c["id"] == "w") {
            BOOST_TEST(c["total"].get<double>() == 100.0);
            BOOST_TEST(c["adjusted_total"].get<double>() == 81.25);
            BOOST_TEST(c["competencies"]["giving"]["adjusted_mean"].get<double>() == 4.25);
        }
        if (c["id"] == "z")
            BOOST_TEST(c["adjusted_total"].is_null()); // Cleo has no offset: no half-adjusted number
    }
}

BOOST_AUTO_TEST_CASE(compare_json_carries_the_same_interviewers) {
    ScratchFolder scratch;
    const auto folder = calibration_panel(scratch);
    const auto r = run_extramile({"compare", "--rubric", rubric(), "--format", "json", folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto j = json::parse(r.out);
    BOOST_TEST(by_name(j["interviewers"], "Bo")["offset"].get<double>() == -0.75, tt::tolerance(1e-9));
    for (const auto& c : j["candidates"])
        if (c["id"] == "x")
            BOOST_TEST(c["competencies"]["trust"]["adjusted_mean"].get<double>() == 3.0, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(the_table_names_flags_and_says_why_an_offset_is_missing) {
    ScratchFolder scratch;
    const auto folder = calibration_panel(scratch);
    const auto r = run_extramile({"calibration", "--rubric", rubric(), folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("lenient") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("+0.75  [+0.46, +1.04]") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("Cleo: No offset") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("Walter Gil") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("81.2") != std::string::npos, r.out); // 81.25, adjusted, beside 100.0
}

BOOST_AUTO_TEST_CASE(blind_review_names_no_candidate) {
    ScratchFolder scratch;
    const auto folder = calibration_panel(scratch);
    const auto r = run_extramile({"calibration", "--blind", "--rubric", rubric(), folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("Walter") == std::string::npos, r.out);
    BOOST_TEST(r.out.find("Ana") != std::string::npos); // interviewers are who is being calibrated
}

BOOST_AUTO_TEST_CASE(a_folder_without_shared_candidates_gets_no_offsets) {
    ScratchFolder scratch;
    const auto folder = scratch / "apart";
    fs::create_directories(folder);
    write_card(folder, "x", "Xavier Ruiz", "Ana", 4);
    write_card(folder, "y", "Yolanda Rossi", "Bo", 2);
    const auto r = run_extramile({"calibration", "--rubric", rubric(), "--format", "json", folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto j = json::parse(r.out);
    for (const auto& p : j["interviewers"]) {
        BOOST_TEST(p["offset"].is_null());
        BOOST_TEST(p["gap"] == "alone");
    }
    const auto table = run_extramile({"calibration", "--rubric", rubric(), folder.string()});
    BOOST_TEST(table.out.find("No offsets: no two interviewers rated the same competency") != std::string::npos,
               table.out);
}

BOOST_AUTO_TEST_CASE(wrong_usage_is_told) {
    const auto r = run_extramile({"calibration", "--format", "csv", "x"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("--format is table or json") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(validity_command)

namespace {

// 14 candidates, two interviewers each, ratings spread by a fixed rule so
// the numbers are not round; performance for 12 of them (the "hired"),
// some ties, rated by one person.
fs::path validity_panel(const ScratchFolder& scratch, const fs::path& csv) {
    const auto folder = scratch / "validity";
    fs::create_directories(folder);
    std::ofstream perf(csv, std::ios::binary); // the CRLF lines as written, on Windows too
    perf << "candidate_id,performance,date,rater\r\n";
    for (int k = 0; k < 14; ++k) {
        const auto id = "c-" + std::to_string(k);
        const auto name = "Candidate " + std::string(1, static_cast<char>('A' + k));
        const int g = 1 + (k * 7) % 5, s = 1 + (k * 3 + 1) % 5, t = 1 + (k * 11 + 2) % 5;
        write_card(folder, id, name, "Luca", g, s, t);
        write_card(folder, id, name, "Marta", std::min(5, g + k % 2), s, std::max(1, t - (k % 3 == 0)));
        if (k % 5 != 4)
            perf << id << "," << (2.0 + 0.25 * ((g * 3 + t + k) % 9)) << ",2027-06-30,Marta Gil\r\n";
    }
    return folder;
}

void check_same(const json& ours, const json& reference) {
    BOOST_TEST(ours["n"] == reference["n"]);
    for (const auto* key : {"pearson", "spearman"}) {
        BOOST_TEST_CONTEXT(key) {
            BOOST_TEST_REQUIRE(ours[key].is_null() == reference[key].is_null());
            if (!ours[key].is_null())
                BOOST_TEST(std::abs(ours[key].get<double>() - reference[key].get<double>()) <= 6e-5,
                           ours[key] << " against " << reference[key]);
        }
    }
    BOOST_TEST_REQUIRE(ours["pearson_ci95"].is_null() == reference["pearson_ci95"].is_null());
    if (!ours["pearson_ci95"].is_null())
        for (int i : {0, 1})
            BOOST_TEST(std::abs(ours["pearson_ci95"][i].get<double>() - reference["pearson_ci95"][i].get<double>()) <=
                           6e-5, ours["pearson_ci95"] << " against " << reference["pearson_ci95"]);
}

} // namespace

BOOST_AUTO_TEST_CASE(numbers_agree_with_pythons_statistics_module) {
    ScratchFolder scratch;
    const auto csv = scratch / "performance.csv";
    const auto folder = validity_panel(scratch, csv);
    const auto r = run_extramile(
        {"validity", "--performance", csv.string(), "--rubric", rubric(), "--format", "json", folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    const auto ours = json::parse(r.out);

    const auto compared = run_extramile({"compare", "--rubric", rubric(), "--format", "json", folder.string()});
    BOOST_TEST_REQUIRE(compared.exit_code == 0, compared.err);
    std::ofstream(scratch / "compare.json") << compared.out;
    // Python is a Linux program: on Windows the test driver runs it (host_tools.hpp).
    const auto reference = json::parse(run_host_tool({"python3", source("tests/cli/validity_reference.py").string(),
                                                      (scratch / "compare.json").string(), csv.string()}));

    BOOST_TEST(ours["n"] == 12);
    BOOST_TEST(ours["candidates"] == 14);
    BOOST_TEST_CONTEXT("total") { check_same(ours["total"], reference["total"]); }
    for (const auto* id : {"giving", "service", "trust"})
        BOOST_TEST_CONTEXT(id) { check_same(ours["competencies"][id], reference["competencies"][id]); }
    BOOST_TEST(!ours["total"]["pearson"].is_null()); // the case says something

    std::string warnings;
    for (const auto& w : ours["warnings"])
        warnings += w.get<std::string>() + "\n";
    BOOST_TEST(warnings.find("Only 12 candidates") != std::string::npos, warnings);
    BOOST_TEST(warnings.find("Range restriction: only 12 of the 14") != std::string::npos, warnings);
    BOOST_TEST(warnings.find("rated by one person (Marta Gil)") != std::string::npos, warnings);
}

BOOST_AUTO_TEST_CASE(the_table_shows_every_competency_and_the_warnings) {
    ScratchFolder scratch;
    const auto csv = scratch / "performance.csv";
    const auto folder = validity_panel(scratch, csv);
    const auto r = run_extramile({"validity", "--performance", csv.string(), "--rubric", rubric(), folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    for (const auto* word : {"total", "giving", "service", "trust", "Warnings:", "Range restriction"})
        BOOST_TEST(r.out.find(word) != std::string::npos, word << " in\n" << r.out);
}

BOOST_AUTO_TEST_CASE(bad_lines_are_named_with_their_line_and_nothing_is_computed) {
    ScratchFolder scratch;
    const auto csv = scratch / "performance.csv";
    const auto folder = validity_panel(scratch, csv);
    std::ofstream(csv, std::ios::app | std::ios::binary) << "c-0,excellent,2027-06-30,Marta Gil\r\nc-1,3\r\n";
    const auto r = run_extramile({"validity", "--performance", csv.string(), "--rubric", rubric(), folder.string()});
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.out.empty(), r.out);
    BOOST_TEST(r.err.find(csv.string() + ":14: the performance \"excellent\" is not a number") != std::string::npos,
               r.err);
    BOOST_TEST(r.err.find(csv.string() + ":15: expected 4 fields") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(an_unknown_candidate_is_a_warning_with_its_line) {
    ScratchFolder scratch;
    const auto csv = scratch / "performance.csv";
    const auto folder = validity_panel(scratch, csv);
    std::ofstream(csv, std::ios::app | std::ios::binary) << "c-99,3,2027-06-30,Marta Gil\r\n";
    const auto r = run_extramile({"validity", "--performance", csv.string(), "--rubric", rubric(), "--format",
                                  "json", folder.string()});
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find(":14: no compared candidate has the id \\\"c-99\\\"") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(without_performance_file_the_usage_is_told) {
    const auto r = run_extramile({"validity", "x"});
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("--performance FILE.csv") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
