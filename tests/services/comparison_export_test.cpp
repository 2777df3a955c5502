#include "services/comparison_export.hpp"

#include <boost/test/unit_test.hpp>

#include <sstream>

using namespace extramile;

namespace {

Rubric one_competency_rubric() {
    Rubric rubric;
    rubric.id = "r";
    rubric.version = "1";
    Competency c;
    c.id = "giving";
    rubric.competencies.push_back(c);
    return rubric;
}

CandidateResult candidate(const std::string& name, const std::string& role) {
    CandidateResult c;
    c.key = c.id = name;
    c.name = name;
    c.role = role;
    c.competencies["giving"] = {};
    return c;
}

} // namespace

BOOST_AUTO_TEST_SUITE(comparison_export)

BOOST_AUTO_TEST_CASE(csv_never_hands_a_spreadsheet_a_formula) {
    const auto rubric = one_competency_rubric();
    Comparison comparison;
    comparison.candidates = {candidate("=HYPERLINK(\"http://x\",\"y\")", "+sales"), candidate("@SUM(A1)", "-1"),
                             candidate("Ana, Pérez", "Store manager")};
    const std::string digest;
    const auto csv = services::comparison_csv({rubric, digest, comparison});
    BOOST_TEST(csv.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+sales,") != std::string::npos, csv);
    BOOST_TEST(csv.find(",'@SUM(A1),'@SUM(A1),'-1,") != std::string::npos, csv);
    BOOST_TEST(csv.find(",\"Ana, Pérez\",") != std::string::npos, csv);
    BOOST_TEST(csv.find(",=") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(json_is_written_whole_with_or_without_candidates) {
    const auto rubric = one_competency_rubric();
    const std::string digest = "sha256:x";
    Comparison none;
    std::ostringstream empty;
    services::write_comparison_json(empty, {rubric, digest, none});
    const auto parsed = nlohmann::json::parse(empty.str());
    BOOST_TEST(parsed["candidates"].empty());
    BOOST_TEST(parsed["rubric"]["digest"] == "sha256:x");
    Comparison two;
    two.candidates = {candidate("Ana \"Pérez\"", "Sales"), candidate("Bruno", "")};
    two.warnings = {"a warning"};
    std::ostringstream text;
    services::write_comparison_json(text, {rubric, digest, two});
    const auto both = nlohmann::json::parse(text.str());
    BOOST_REQUIRE_EQUAL(both["candidates"].size(), 2u);
    BOOST_TEST(both["candidates"][0]["name"] == "Ana \"Pérez\"");
    BOOST_TEST(both["warnings"][0] == "a warning");
}

BOOST_AUTO_TEST_SUITE_END()
