#include "test_paths.hpp"

#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using extramile::test::data;
using extramile::test::source;

BOOST_AUTO_TEST_SUITE(rubric_xml)

BOOST_AUTO_TEST_CASE(reads_every_part_of_the_sample_rubric) {
    auto r = read_rubric(data("good/sample.rubric.xml"));
    BOOST_TEST(r.id == "sample");
    BOOST_TEST(r.version == "1.0");
    BOOST_TEST(r.title.get("es") == "Rúbrica de ejemplo");
    BOOST_TEST(r.title.get("it") == "Rubrica d’esempio");
    BOOST_TEST(r.title.get("fr") == "Sample rubric"); // English is the fallback
    BOOST_TEST(r.scale.min == 1);
    BOOST_TEST(r.scale.max == 5);
    BOOST_TEST(r.scale.labels.at(1).get("es") == "Sin evidencia");
    BOOST_TEST(r.scale.labels.at(2).get("es") == "Weak");
    BOOST_TEST(r.scale.not_assessable.get() == "Not assessable");
    BOOST_TEST_REQUIRE(r.competencies.size() == 3u);
    const auto& giving = r.competencies[0];
    BOOST_TEST(giving.id == "giving");
    BOOST_TEST(giving.weight == 2.0);
    BOOST_TEST(giving.minimum.value() == 3.0);
    BOOST_TEST(giving.name.get("es") == "Desinterés y generosidad");
    BOOST_TEST_REQUIRE(giving.sources.size() == 1u);
    BOOST_TEST(giving.sources[0].title == "EXTRA MILE");
    BOOST_TEST(giving.sources[0].ref == "seeds/000_b05986ffeb578b79.txt");
    BOOST_TEST_REQUIRE(giving.questions.size() == 1u);
    BOOST_TEST(giving.questions[0].minutes == 4);
    BOOST_TEST_REQUIRE(giving.questions[0].probes.size() == 2u);
    BOOST_TEST(giving.questions[0].probes[1].get("es") == "¿Qué te costó?");
    BOOST_TEST(giving.anchors.size() == 5u);
    BOOST_TEST(giving.anchors.at(3).get() == "One specific instance of unrequested help.");
    BOOST_TEST(giving.not_assessable_anchor.get() == "The interview gave no chance to see it.");
    BOOST_TEST_REQUIRE(giving.signals.size() == 3u);
    BOOST_TEST((giving.signals[0].kind == SignalKind::green));
    BOOST_TEST((giving.signals[2].kind == SignalKind::red));
    BOOST_TEST(giving.signals[2].text.get() == "Keeps score.");
    BOOST_TEST(r.competencies[1].minimum.has_value() == false);
    BOOST_TEST(r.total_weight() == 4.0);
}

BOOST_AUTO_TEST_CASE(round_trips_the_bundled_rubrics_and_the_sample) {
    for (auto path : {data("good/sample.rubric.xml"), source("rubrics/generosity.rubric.xml"),
                      source("rubrics/servant-leadership.rubric.xml")}) {
        BOOST_TEST_CONTEXT(path) {
            auto first = read_rubric(path);
            auto written = rubric_to_xml(first);
            auto second = parse_rubric(written, "written");
            BOOST_TEST((first == second));
            BOOST_TEST(rubric_to_xml(second) == written); // the writer is stable
        }
    }
}

BOOST_AUTO_TEST_CASE(keeps_unknown_elements_from_a_newer_version) {
    const std::string text = R"(<?xml version="1.0"?>
<rubric xmlns="urn:extramile:rubric:1" xmlns:x="urn:example:later" id="r" version="2">
  <title xml:lang="en">T</title>
  <scale min="1" max="2"/>
  <x:audience>Store managers &amp; buyers</x:audience>
  <competency id="c" weight="1">
    <name xml:lang="en">C</name>
    <question id="q"><text xml:lang="en">Q?</text></question>
    <anchor value="1" xml:lang="en">one</anchor>
    <anchor value="2" xml:lang="en">two</anchor>
    <evidenceWeighting mode="strict"/>
  </competency>
</rubric>)";
    auto first = parse_rubric(text, "newer.rubric.xml");
    BOOST_TEST_REQUIRE(first.extensions.size() == 1u);
    BOOST_TEST_REQUIRE(first.competencies[0].extensions.size() == 1u);
    auto written = rubric_to_xml(first);
    BOOST_TEST(written.find("Store managers &amp; buyers") != std::string::npos);
    BOOST_TEST(written.find("xmlns:x=\"urn:example:later\"") != std::string::npos);
    BOOST_TEST(written.find("<evidenceWeighting mode=\"strict\"/>") != std::string::npos);
    auto second = parse_rubric(written, "written");
    BOOST_TEST((first == second));
}

BOOST_AUTO_TEST_CASE(digest_ignores_layout_and_follows_meaning) {
    auto original = read_rubric(data("good/sample.rubric.xml"));
    const auto digest = rubric_digest(original);
    BOOST_TEST(digest.size() == 7u + 64u);
    BOOST_TEST(digest.rfind("sha256:", 0) == 0u);

    // Re-indented, with a comment and wrapped text: the same rubric.
    std::ifstream in(data("good/sample.rubric.xml"));
    std::string text((std::istreambuf_iterator<char>(in)), {});
    auto relaid = text;
    relaid.replace(relaid.find("<title xml:lang=\"en\">Sample rubric</title>"),
                   std::string("<title xml:lang=\"en\">Sample rubric</title>").size(),
                   "<!-- reworded? no -->\n<title xml:lang=\"en\">\n    Sample\n    rubric\n  </title>");
    BOOST_TEST(rubric_digest(parse_rubric(relaid, "relaid")) == digest);

    auto changed = original;
    changed.competencies[0].anchors[3].set("en", "One specific instance of help.");
    BOOST_TEST(rubric_digest(changed) != digest);
    auto reweighted = original;
    reweighted.competencies[1].weight = 2;
    BOOST_TEST(rubric_digest(reweighted) != digest);
}

BOOST_AUTO_TEST_CASE(sha256_of_known_text) {
    // FIPS 180-2 test vector.
    BOOST_TEST(sha256_digest("abc") ==
               "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // The empty text, two blocks, and a million bytes (the same standard's vectors).
    BOOST_TEST(sha256_digest("") == "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    BOOST_TEST(sha256_digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
               "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    BOOST_TEST(sha256_digest(std::string(1000000, 'a')) ==
               "sha256:cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

BOOST_AUTO_TEST_SUITE_END()
