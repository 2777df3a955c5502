// One fixture per mistake the readers detect: each must be refused with the
// right line and a message that says what to fix.
#include "test_paths.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_check.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <ostream>

using namespace extramile;
using extramile::test::data;
namespace bdata = boost::unit_test::data;

namespace {

struct Expected {
    const char* file;
    int line;
    const char* message; // a part of the message
};

std::ostream& operator<<(std::ostream& out, const Expected& e) { return out << e.file; }

// Every problem of a file: the reader's, then the checks against the rubric.
std::vector<Problem> problems_of(const std::filesystem::path& path) {
    const auto name = path.filename().string();
    try {
        if (name.ends_with(".rubric.xml")) {
            read_rubric(path);
            return {};
        }
        auto scorecard = read_scorecard(path);
        auto rubric = read_rubric(data("good/sample.rubric.xml"));
        return check_scorecard(scorecard, rubric, path.string());
    } catch (const FileError& e) {
        return e.problems();
    }
}

const Expected bad_fixtures[] = {
    {"not-well-formed.rubric.xml", 29, "closing tag </anchr> does not match <anchor>"},
    {"wrong-root.rubric.xml", 3, "not <rubric>"},
    {"no-namespace.rubric.xml", 3, "add xmlns=\"urn:extramile:rubric:1\""},
    {"wrong-namespace.rubric.xml", 3, "reads \"urn:extramile:rubric:1\""},
    {"missing-id.rubric.xml", 38, "has no id attribute"},
    {"duplicate-id.rubric.xml", 49, "\"service\" is used twice"},
    {"duplicate-question-id.rubric.xml", 51, "\"giving.four-people\" is used twice"},
    {"anchor-outside-scale.rubric.xml", 48, "value=\"6\", outside the scale 1 to 5"},
    {"scale-one-point.rubric.xml", 7, "a scale has 2 to 10 points"},
    {"scale-eleven-points.rubric.xml", 7, "has 11 points; a scale has 2 to 10 points"},
    {"weight-zero.rubric.xml", 38, "weight \"0\" of competency \"service\" is not a positive number"},
    {"weight-not-number.rubric.xml", 38, "weight \"heavy\""},
    {"missing-anchor.rubric.xml", 49, "no English anchor for scale point 4"},
    {"minimum-outside-scale.rubric.xml", 15, "minimum \"7\""},
    {"question-without-english.rubric.xml", 40, "has no English <text"},
    {"signal-kind.rubric.xml", 34, "kind=\"amber\""},
    {"minutes-not-positive.rubric.xml", 51, "not a positive whole number of minutes"},
    {"duplicate-language.rubric.xml", 17, "appears twice in language \"en\""},
    {"no-competency.rubric.xml", 3, "has no <competency>"},
    {"invalid-utf8.rubric.xml", 5, "not valid UTF-8"},
    {"empty.rubric.xml", 1, "empty"},
    {"unknown-competency.scorecard.xml", 9, "competency \"honesty\", which rubric \"sample\" does not have"},
    {"rating-outside-scale.scorecard.xml", 9, "rating 7 of \"trust\" is outside the scale"},
    {"rating-not-number.scorecard.xml", 9, "\"five\" is neither a whole number"},
    {"rated-twice.scorecard.xml", 9, "\"service\" is rated twice"},
    {"unknown-status.scorecard.xml", 2, "status=\"done\" is not a known status"},
    {"negative-revision.scorecard.xml", 2, "revision=\"-1\""},
    {"missing-candidate.scorecard.xml", 2, "has no <candidate"},
    {"control-character.scorecard.xml", 4, "control character U+0019, which XML does not allow"},
    {"missing-interviewer-name.scorecard.xml", 5, "<interviewer> has no name"},
    {"bad-digest.scorecard.xml", 3, "digest=\"md5:1234\""},
    {"bad-timestamp.scorecard.xml", 6, "started=\"20/11/2026 9:00\" is not a date and time"},
    {"control-in-name.scorecard.xml", 4, "holds the control character U+009B"},
    {"impossible-date.scorecard.xml", 6, "started=\"2026-02-31T10:00:00Z\" is not a date and time that exists"},
    {"wrong-root.scorecard.xml", 2, "not <scorecard>"},
    {"unknown-question.scorecard.xml", 10, "question \"giving.five-people\", which the rubric does not have"},
    {"bad-recommendation.scorecard.xml", 11, "\"maybe\" is not one of"},
    {"note-without-target.scorecard.xml", 10, "neither which question nor which competency"},
    // What tinyxml2 alone let through (core/xml/well_formed.hpp), as libxml2 refuses it.
    {"bare-ampersand.scorecard.xml", 14, "a bare '&' must be written as &amp;"},
    {"unknown-entity.scorecard.xml", 14, "&nbsp; is not an entity XML knows"},
    {"null-character-reference.scorecard.xml", 14, "&#0; is the character U+0000, which XML does not allow"},
    {"surrogate-reference.scorecard.xml", 14, "&#xD800; is half of a UTF-16 surrogate pair"},
    {"beyond-unicode-reference.scorecard.xml", 14, "&#x110000; is beyond the last Unicode character"},
    {"control-character-reference.scorecard.xml", 5, "&#x1B; is the character U+001B"},
    {"text-after-root.scorecard.xml", 18, "text after the end of the root element"},
    {"doctype.scorecard.xml", 2, "document type declaration"},
    {"utf-16.scorecard.xml", 1, "this file is UTF-16 text; save it as UTF-8"},
    {"attribute-twice.scorecard.xml", 7, "the attribute value appears twice on <rating>"},
    {"other-encoding.scorecard.xml", 1, "declares the encoding \"ISO-8859-1\""},
    {"double-hyphen-comment.scorecard.xml", 5, "a comment may not hold \"--\""},
    {"absurd-revision.scorecard.xml", 2, "revision=\"9223372036854775807\" is more than any scorecard reaches"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(bad_files)

BOOST_DATA_TEST_CASE(is_refused_with_line_and_advice, bdata::make(bad_fixtures), expected) {
    const auto path = data(std::string("bad/") + expected.file);
    const auto problems = problems_of(path);
    BOOST_TEST_REQUIRE(!problems.empty());
    bool found = false;
    for (const auto& p : problems) {
        BOOST_TEST_MESSAGE(p.to_string());
        BOOST_TEST(p.file == path.string());
        if (p.line == expected.line && p.message.find(expected.message) != std::string::npos)
            found = true;
    }
    BOOST_TEST(found, "expected line " << expected.line << ": \"" << expected.message
                                       << "\"; got " << problems.front().to_string());
}

// Reading only the scores (what compare does, mostly without a tree) must
// refuse each bad scorecard with the full reader's words, where it reads
// what is wrong at all (a mistake in a note's text is the full reader's).
BOOST_DATA_TEST_CASE(reading_scores_refuses_as_the_full_reader_does, bdata::make(bad_fixtures), expected) {
    const std::string name = expected.file;
    if (!name.ends_with(".scorecard.xml"))
        return;
    const auto path = data("bad/" + name);
    const auto text = read_file_limited(path);
    const auto problems = [&](ReadDetail detail) {
        try {
            parse_scorecard(text, path.string(), detail);
            return std::string();
        } catch (const FileError& e) {
            std::string all;
            for (const auto& p : e.problems())
                all += p.to_string() + "\n";
            return all;
        }
    };
    const auto full = problems(ReadDetail::everything);
    const auto scores = problems(ReadDetail::scores);
    if (!full.empty() && !scores.empty())
        BOOST_TEST(scores == full);
    else
        BOOST_TEST(full.empty() == scores.empty(), "full reader: " << full << "scores only: " << scores);
}

BOOST_AUTO_TEST_CASE(every_bad_fixture_is_listed) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(data("bad")))
        files += entry.is_regular_file();
    BOOST_TEST(files == std::size(bad_fixtures));
}

BOOST_AUTO_TEST_CASE(a_file_over_the_size_limit_is_refused) {
    extramile::test::ScratchFolder scratch;
    const auto path = scratch / "huge.rubric.xml";
    {
        std::ofstream out(path);
        out << "<rubric xmlns=\"urn:extramile:rubric:1\">";
        out << std::string(9u * 1024 * 1024, ' ');
        out << "</rubric>";
    }
    try {
        read_rubric(path);
        BOOST_FAIL("a 9 MiB file was read");
    } catch (const FileError& e) {
        BOOST_TEST(e.problems().front().message.find("8 MiB") != std::string::npos,
                   e.problems().front().message);
    }
}

BOOST_AUTO_TEST_CASE(every_problem_of_a_file_is_reported_not_only_the_first) {
    const std::string text = R"(<rubric xmlns="urn:extramile:rubric:1" id="r" version="1">
  <title xml:lang="en">T</title>
  <scale min="1" max="3"/>
  <competency id="a" weight="-1">
    <name xml:lang="en">A</name>
    <question id="a.q"><text xml:lang="en">Q</text></question>
    <anchor value="1" xml:lang="en">1</anchor>
    <anchor value="2" xml:lang="en">2</anchor>
    <anchor value="3" xml:lang="en">3</anchor>
  </competency>
  <competency id="a" weight="1">
    <name xml:lang="en">A again</name>
  </competency>
</rubric>)";
    try {
        parse_rubric(text, "many.rubric.xml");
        BOOST_FAIL("accepted");
    } catch (const FileError& e) {
        std::vector<int> lines;
        for (const auto& p : e.problems())
            lines.push_back(p.line);
        // weight on 4; duplicate id on 11; no question and no anchors on 11.
        BOOST_TEST(e.problems().size() >= 4u);
        BOOST_TEST(lines.front() == 4);
        BOOST_TEST(std::count(lines.begin(), lines.end(), 11) >= 3);
    }
}

BOOST_AUTO_TEST_SUITE_END()
