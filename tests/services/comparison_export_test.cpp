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

// The candidates are written as they are made (services/json_writer.hpp),
// without a tree; the document must still be what nlohmann's dump(2) makes
// of it (the app's export and calibration read it back that way): keys in
// its order, its numbers, its escapes, its layout.
BOOST_AUTO_TEST_CASE(json_written_as_made_is_laid_out_as_a_tree_would_be) {
    Rubric rubric = one_competency_rubric();
    Competency zeal; // listed before "giving" would sort: the ids are put in order
    zeal.id = "zeal";
    zeal.weight = 2;
    zeal.minimum = 3;
    rubric.competencies.insert(rubric.competencies.begin(), zeal);
    const std::string digest = "sha256:x";
    Comparison comparison;
    auto ana = candidate("Ana \"Pérez\"\tline\nnext \x01 \xff bad byte", "Sales\\Retail");
    ana.competencies["zeal"] = {};
    auto& giving = ana.competencies["giving"];
    giving.mean = 2.0 / 3.0;
    giving.adjusted_mean = 100.0;
    giving.contribution = 0.00001;
    giving.spread = 4;
    giving.polarised = giving.disagreement = true;
    giving.ratings = {{"Luca Bianchi", 1, nullptr}, {"Marta Šimić", std::nullopt, nullptr}, {"Zoë", 5, nullptr}};
    ana.competencies["zeal"].minimum_not_assessed = true;
    // Numbers at the ends of dump's layouts (exponents, the smallest double, -0).
    ana.competencies["zeal"].contribution = 1.5e-7;
    ana.competencies["zeal"].adjusted_mean = -0.0;
    ana.competencies["zeal"].mean = 5e-324;
    ana.adjusted_total = 1.2345678901234568e21;
    ana.total = 33.333333;
    ana.coverage = 1.0 / 3.0;
    ana.largest_spread = 4;
    ana.interviewers = {"Luca Bianchi", "Marta Šimić", "Zoë"};
    ana.recommendations = {{"Luca Bianchi", Recommendation::strong_no}, {"Zoë", std::nullopt}};
    ana.recommendation_counts = {1, 0, 2, 7};
    ana.flags = {"incomplete", "split-recommendation"};
    ana.drafts_excluded = 2;
    CandidateDecision decision;
    decision.status = DecisionStatus::final;
    decision.outcome = Outcome::hire;
    decision.by = "HR";
    decision.revision = 12;
    decision.changes = {{BasisChange::Kind::gone, "s-1", 3, 0},
                        {BasisChange::Kind::changed, "s-2", 4, 5},
                        {BasisChange::Kind::added, "s-3", 0, 1}};
    ana.decision = decision; // `at` empty: null
    auto bruno = candidate("Bruno", "");
    bruno.competencies["zeal"] = {};
    comparison.candidates = {ana, bruno};
    comparison.warnings = {"a warning"};
    std::ostringstream text;
    services::write_comparison_json(text, {rubric, digest, comparison});
    // The candidates as the tree of the parsed document dumps them, one level in.
    const auto& written = text.str();
    const auto from = written.find("\"candidates\": ") + 14;
    const auto to = written.find(",\n  \"interviewers\": ");
    BOOST_REQUIRE(to != std::string::npos);
    std::string tree;
    for (char c : nlohmann::json::parse(written)["candidates"].dump(2))
        tree += c == '\n' ? std::string("\n  ") : std::string(1, c);
    BOOST_TEST(written.substr(from, to - from) == tree);
    BOOST_TEST(text.str().find("\"value\": \"na\"") != std::string::npos); // (what was tested is there)
    BOOST_TEST(text.str().find("\"kind\": \"added\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
