#include "test_paths.hpp"

#include "core/xml/scorecard_xml.hpp"

#include <boost/test/unit_test.hpp>

#ifndef _WIN32
#include <sys/stat.h>
#endif

#include <fstream>

using namespace extramile;
using extramile::test::data;

namespace {

Scorecard spanish_and_italian_scorecard() {
    Scorecard s;
    s.id = "6f1c2d3e-0000-4000-8000-000000000042";
    s.revision = 11;
    s.status = ScorecardStatus::draft;
    s.rubric = {"generosity", "1.0", "sha256:" + std::string(64, 'a')};
    s.candidate_id = "c-0042";
    s.candidate_name = "Ana Pérez \"la Jefa\" & Núñez";
    s.candidate_role = "Responsable de tienda <Milano>";
    s.interviewer = "Luca Bianchi D’Angelo";
    s.started = "2026-11-22T10:00:00Z";
    s.ended = "2026-11-22T10:48:00+01:00";
    s.ratings = {{"giving", 4, 0}, {"service", std::nullopt, 0}, {"trust", 5, 0}};
    s.notes = {{"giving.four-people", "",
                "Nombró a dos juniors a los que formó: «María» y 'Pepe'.\n"
                "Ha detto: \"è stato un piacere\" & nient'altro.\n\n"
                "  Indented line < > & end.",
                0},
               {"", "trust", "Mantuvo su compromiso aunque le costó dinero; perché sì.", 0}};
    s.signals = {{"giving", SignalKind::green, 0, 0}, {"giving", SignalKind::red, 1, 0}};
    s.recommendation = Recommendation::strong_yes;
    return s;
}

} // namespace

BOOST_AUTO_TEST_SUITE(scorecard_xml)

BOOST_AUTO_TEST_CASE(reads_the_fixture) {
    auto s = read_scorecard(data("good/ana-perez.scorecard.xml"));
    BOOST_TEST(s.id == "00000000-0000-4000-8000-000000000001");
    BOOST_TEST(s.revision == 3);
    BOOST_TEST((s.status == ScorecardStatus::submitted));
    BOOST_TEST(s.rubric.id == "sample");
    BOOST_TEST(s.candidate_name == "Ana Pérez");
    BOOST_TEST(s.candidate_id == "c-1");
    BOOST_TEST(s.interviewer == "Luca Bianchi");
    BOOST_TEST_REQUIRE(s.ratings.size() == 3u);
    BOOST_TEST(s.rating_for("trust")->value.value() == 5);
    BOOST_TEST(s.ratings[0].line == 7);
    BOOST_TEST((s.recommendation == Recommendation::yes));
}

BOOST_AUTO_TEST_CASE(round_trips_spanish_and_italian_text_exactly) {
    auto original = spanish_and_italian_scorecard();
    auto written = scorecard_to_xml(original);
    auto read = parse_scorecard(written, "written.scorecard.xml");
    BOOST_TEST((read == original));
    BOOST_TEST(read.notes[0].text == original.notes[0].text);
    BOOST_TEST(scorecard_to_xml(read) == written);
    BOOST_TEST(!read.ratings[1].value.has_value()); // "na"
}

BOOST_AUTO_TEST_CASE(windows_line_ends_and_control_characters_in_notes) {
    auto s = spanish_and_italian_scorecard();
    s.notes[0].text = "primera línea\r\nsegunda\rtercera\x01\x07 fin";
    auto read = parse_scorecard(scorecard_to_xml(s), "w");
    BOOST_TEST(read.notes[0].text == "primera línea\nsegunda\ntercera fin");
}

BOOST_AUTO_TEST_CASE(keeps_unknown_elements) {
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<scorecard xmlns="urn:extramile:scorecard:1" xmlns:hr="urn:example:hr" id="x" revision="1" status="draft">
  <rubric id="sample" version="1.0"/>
  <candidate name="Zoë"/>
  <interviewer name="Ines"/>
  <hr:requisition number="R-17">Tienda Madrid &amp; Milano</hr:requisition>
  <futureThing a="1"><inner>kept</inner></futureThing>
</scorecard>)";
    auto s = parse_scorecard(text, "x.scorecard.xml");
    BOOST_TEST_REQUIRE(s.extensions.size() == 2u);
    auto again = parse_scorecard(scorecard_to_xml(s), "again");
    BOOST_TEST((again == s));
    const auto written = scorecard_to_xml(again);
    BOOST_TEST(written.find("xmlns:hr=\"urn:example:hr\"") != std::string::npos);
    BOOST_TEST(written.find("Tienda Madrid &amp; Milano</hr:requisition>") != std::string::npos);
    BOOST_TEST(written.find("<futureThing a=\"1\">") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(save_raises_the_revision_and_writes_a_private_file) {
    extramile::test::ScratchFolder scratch;
    const auto path = scratch / "ana.scorecard.xml";
    auto s = spanish_and_italian_scorecard();
#ifndef _WIN32 // a permissive umask must not make the file readable by others
    const auto old_mask = umask(022);
#endif
    save_scorecard(path, s);
#ifndef _WIN32
    umask(old_mask);
#endif
    BOOST_TEST(s.revision == 12);
    save_scorecard(path, s);
    BOOST_TEST(s.revision == 13);
    auto read = read_scorecard(path);
    BOOST_TEST(read.revision == 13);
    BOOST_TEST((read == s));
#ifndef _WIN32 // Windows: private by the folder's ACL, no mode bits (atomic_file.hpp)
    struct stat st {};
    BOOST_TEST_REQUIRE(stat(path.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
#endif
}

// A scorecard whose revision reads 9223372036854775807 used to be saved as a
// negative revision (signed overflow in the writer) and was then refused
// everywhere: now the reader refuses absurd revisions and saving never wraps.
BOOST_AUTO_TEST_CASE(the_revision_never_wraps) {
    extramile::test::ScratchFolder scratch;
    const auto path = scratch / "old.scorecard.xml";
    auto s = spanish_and_italian_scorecard();
    s.revision = extramile::max_revision - 1;
    save_scorecard(path, s);
    BOOST_TEST(s.revision == extramile::max_revision);
    BOOST_TEST(read_scorecard(path).revision == extramile::max_revision);
    const auto before = extramile::test::read_bytes(path);
    BOOST_CHECK_THROW(save_scorecard(path, s), extramile::FileError);
    BOOST_TEST(s.revision == extramile::max_revision);
    BOOST_TEST(extramile::test::read_bytes(path) == before);
    for (const std::string revision : {"1000000001", "9223372036854775807", "99999999999999999999999"}) {
        auto text = scorecard_to_xml(s);
        const auto at = text.find("revision=\"") + 10;
        text.replace(at, text.find('"', at) - at, revision);
        BOOST_CHECK_THROW(parse_scorecard(text, "absurd.scorecard.xml"), extramile::FileError);
    }
}

// Reading scores keeps a reopening (the overdue list counts from it) and
// leaves out the submissions; reading everything keeps all, in order.
BOOST_AUTO_TEST_CASE(reading_scores_keeps_only_the_reopenings) {
    std::string text = extramile::test::read_bytes(data("panel/c-1--luca.scorecard.xml"));
    text.replace(text.find("</scorecard>"), 12,
                 "  <event kind=\"submitted\" at=\"2026-11-20T09:50:00Z\" by=\"Luca Bianchi\"/>\n"
                 "  <event kind=\"reopened\" at=\"2026-11-21T10:00:00Z\" by=\"Luca Bianchi\" reason=\"typo\"/>\n"
                 "  <event kind=\"submitted\" at=\"2026-11-21T10:05:00Z\" by=\"Luca Bianchi\"/>\n"
                 "</scorecard>\n");
    const auto all = parse_scorecard(text, "x.scorecard.xml", ReadDetail::everything);
    BOOST_TEST_REQUIRE(all.events.size() == 3u);
    const auto scores = parse_scorecard(text, "x.scorecard.xml", ReadDetail::scores);
    BOOST_TEST_REQUIRE(scores.events.size() == 1u);
    BOOST_TEST((scores.events.front() == all.events[1]));
    BOOST_TEST(scores.ratings.size() == all.ratings.size());
    BOOST_TEST(scores.ratings.capacity() == scores.ratings.size());
}

BOOST_AUTO_TEST_SUITE_END()
