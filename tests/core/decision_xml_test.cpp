// Decision records: read as written, refused with the line and what to fix,
// written privately and atomically.
#include "test_paths.hpp"

#include "core/xml/decision_xml.hpp"

#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

using namespace extramile;
using extramile::test::data;

namespace {

Decision final_decision() {
    Decision d;
    d.id = "d1c2d3e4-0000-4000-8000-000000000042";
    d.revision = 4;
    d.candidate_id = "c-0042";
    d.candidate_name = "Ana Pérez \"la Jefa\" & Núñez";
    d.candidate_role = "Responsable de tienda <Milano>";
    d.rubric = {"generosity", "1.0", "sha256:" + std::string(64, 'b')};
    d.outcome = Outcome::next_stage;
    d.members = {"Luca Bianchi D’Angelo", "Marta Gil"};
    d.set_reason("", "Fuerte en todo.\nHa detto: \"sì\" & nient'altro.\n\n  Sangría < > & fin.");
    d.set_reason("giving", "Nombró a dos juniors.");
    d.finalise("2026-11-25T16:00:00Z", "Marta Gil",
               {{"6f1c-a", 12, "sha256:" + std::string(64, 'c')}, {"6f1c-b", 3, "sha256:" + std::string(64, 'd')}});
    return d;
}

// The problems of reading `text`, or none.
std::vector<Problem> problems(const std::string& text) {
    try {
        parse_decision(text, "x.decision.xml");
    } catch (const FileError& e) {
        return e.problems();
    }
    return {};
}

bool has(const std::vector<Problem>& found, int line, const std::string& part) {
    for (const auto& p : found)
        if (p.line == line && p.message.find(part) != std::string::npos && p.file == "x.decision.xml")
            return true;
    return false;
}

std::string document(const std::string& status, const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<decision xmlns=\"urn:extramile:decision:1\" id=\"d-1\" revision=\"1\" status=\"" + status + "\">\n" +
           body + "</decision>\n";
}

} // namespace

BOOST_AUTO_TEST_SUITE(decision_xml)

BOOST_AUTO_TEST_CASE(reads_the_fixture) {
    const auto d = read_decision(data("good/ana-perez--c-1.decision.xml"));
    BOOST_TEST(d.id == "d0000000-0000-4000-8000-000000000001");
    BOOST_TEST(d.revision == 2);
    BOOST_TEST(d.is_final());
    BOOST_TEST(d.candidate_id == "c-1");
    BOOST_TEST(d.candidate_name == "Ana Pérez");
    BOOST_TEST((d.outcome == Outcome::hire));
    BOOST_TEST(d.decided_by == "Marta Gil");
    BOOST_TEST(d.decided_at == "2026-11-25T16:00:00Z");
    BOOST_TEST(d.members.size() == 2u);
    BOOST_TEST_REQUIRE(d.basis.size() == 2u);
    BOOST_TEST(d.basis[1].revision == 3);
    BOOST_TEST(d.reason_for("").find("\nShe named four people") != std::string::npos);
    BOOST_TEST(d.reason_for("giving") == "Ratings 4 and 5, no disagreement.");
    BOOST_TEST(d.reasons[1].line == 13);
    BOOST_TEST_REQUIRE(d.events.size() == 1u);
    BOOST_TEST(d.events[0].kind == "finalised");
}

BOOST_AUTO_TEST_CASE(round_trips_exactly) {
    auto original = final_decision();
    original.reopen("2026-11-26T09:00:00Z", "Marta Gil", "Luca's scorecard was reopened: \"wrong candidate\"");
    const auto written = decision_to_xml(original);
    const auto read = parse_decision(written, "w.decision.xml");
    BOOST_TEST((read == original));
    BOOST_TEST(decision_to_xml(read) == written);
    BOOST_TEST(!read.is_final());
    BOOST_TEST(read.events.back().reason == original.events.back().reason);
}

BOOST_AUTO_TEST_CASE(keeps_unknown_elements) {
    const auto text = document("draft", "  <candidate name=\"Zoë\"/>\n"
                                        "  <hr:offer xmlns:hr=\"urn:example:hr\" salary=\"1\">Milano &amp; Roma</hr:offer>\n"
                                        "  <laterThing/>\n");
    const auto d = parse_decision(text, "x.decision.xml");
    BOOST_TEST_REQUIRE(d.extensions.size() == 2u);
    const auto written = decision_to_xml(d);
    BOOST_TEST(written.find("Milano &amp; Roma</hr:offer>") != std::string::npos);
    BOOST_TEST((parse_decision(written, "again") == d));
}

BOOST_AUTO_TEST_CASE(a_final_decision_says_what_who_and_when) {
    const auto found = problems(document("final", "  <candidate name=\"Zoë\"/>\n"));
    BOOST_TEST(has(found, 2, "has an <outcome"));
    BOOST_TEST(has(found, 2, "who decided and when"));
    // A draft needs neither yet.
    BOOST_TEST(problems(document("draft", "  <candidate name=\"Zoë\"/>\n")).empty());
}

BOOST_AUTO_TEST_CASE(every_mistake_is_reported_with_its_line) {
    const auto found = problems(document("decided", "  <candidate/>\n"                                         // 3
                                                    "  <outcome value=\"hired\"/>\n"                            // 4
                                                    "  <decided by=\"Marta\" at=\"2026-02-31T10:00:00Z\"/>\n"  // 5
                                                    "  <member/>\n"                                             // 6
                                                    "  <member name=\"Luca\"/>\n"                               // 7
                                                    "  <member name=\"Luca\"/>\n"                               // 8
                                                    "  <basis scorecard=\"a\" revision=\"-1\" digest=\"sha256:AB\"/>\n"  // 9
                                                    "  <basis scorecard=\"a\" revision=\"2\" digest=\"sha256:" +
                                                        std::string(64, 'e') + "\"/>\n"                         // 10
                                                    "  <reason> </reason>\n"                                    // 11
                                                    "  <reason competency=\"giving\">a</reason>\n"              // 12
                                                    "  <reason competency=\"giving\">b<b/></reason>\n"          // 13
                                                    "  <event kind=\"reopened\" at=\"2026-11-25T16:00:00Z\"/>\n"  // 14
                                                    "  <event kind=\"deleted\"/>\n"                             // 15
                                                    "  <outcome value=\"hire\"/>\n"));                          // 16
    BOOST_TEST(has(found, 2, "status=\"decided\" is not a known status"));
    BOOST_TEST(has(found, 3, "neither name nor id"));
    BOOST_TEST(has(found, 4, "\"hired\" is not one of hire, no-hire, hold, next-stage"));
    BOOST_TEST(has(found, 5, "is not a date and time that exists"));
    BOOST_TEST(has(found, 6, "<member> has no name"));
    BOOST_TEST(has(found, 8, "a second time as present (first on line 7)"));
    BOOST_TEST(has(found, 9, "revision=\"-1\" is not a whole number"));
    BOOST_TEST(has(found, 9, "digest=\"sha256:AB\""));
    BOOST_TEST(has(found, 10, "in the basis a second time (first on line 9)"));
    BOOST_TEST(has(found, 11, "<reason> is empty"));
    BOOST_TEST(has(found, 13, "given a second time (first on line 12)"));
    BOOST_TEST(has(found, 14, "says why: add reason="));
    BOOST_TEST(has(found, 15, "neither finalised nor reopened"));
    BOOST_TEST(has(found, 15, "has no at="));
    BOOST_TEST(has(found, 16, "<outcome> appears a second time (first on line 4)"));
}

BOOST_AUTO_TEST_CASE(refuses_other_files_and_namespaces) {
    BOOST_TEST(has(problems("<scorecard xmlns=\"urn:extramile:scorecard:1\"/>"), 1, "not <decision>"));
    BOOST_TEST(has(problems("<decision/>"), 1, "has no namespace"));
    BOOST_TEST(has(problems("<decision xmlns=\"urn:extramile:decision:2\"/>"), 1, "this version of Extra Mile reads"));
    BOOST_TEST(has(problems("<decision xmlns=\"urn:extramile:decision:1\""), 1, ""));
    BOOST_TEST(has(problems(document("draft", "  <candidate name=\"Zo\xC2\x9B\xC3\xAB\"/>\n")), 3, "U+009B"));
}

BOOST_AUTO_TEST_CASE(the_model_refuses_what_the_rules_refuse) {
    auto d = final_decision();
    BOOST_CHECK_THROW(d.finalise("2026-11-25T17:00:00Z", "Marta", {}), std::logic_error);
    d.reopen("2026-11-26T09:00:00Z", "Marta", "new evidence");
    BOOST_CHECK_THROW(d.reopen("2026-11-26T09:00:00Z", "Marta", "again"), std::logic_error);
    BOOST_TEST(d.basis.size() == 2u); // a reopened draft keeps the basis of its last finalisation
    d.finalise("2026-11-26T10:00:00Z", "Luca", {});
    BOOST_TEST(d.basis.empty());
    BOOST_TEST(d.decided_by == "Luca");
    BOOST_TEST(d.events.size() == 3u);
    d.set_reason("giving", "");
    BOOST_TEST(d.reason_for("giving").empty());
    BOOST_TEST(d.reasons.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
