#include "test_paths.hpp"

#include "core/model/interview_gaps.hpp"
#include "core/storage/new_interview.hpp"
#include "core/storage/rubric_library.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <boost/test/unit_test.hpp>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace extramile;
using extramile::test::data;

BOOST_AUTO_TEST_SUITE(new_interview)

BOOST_AUTO_TEST_CASE(a_new_interview_is_a_private_draft_file_at_once) {
    extramile::test::ScratchFolder scratch;
    RubricLibrary library;
    const auto& rubric = library.add_file(data("good/sample.rubric.xml"));
    auto s = new_scorecard(rubric, {"  Ana Pérez ", "c-1", "Store manager", "Luca Bianchi"});
    BOOST_TEST(s.candidate_name == "Ana Pérez");
    BOOST_TEST(s.id.size() == 36u); // a UUID
    BOOST_TEST(s.rubric.digest == rubric.digest);
    BOOST_TEST(!s.started.empty());
    BOOST_TEST((s.status == ScorecardStatus::draft));

    const auto folder = scratch / "scorecards";
    auto path = create_scorecard_file(folder, s);
    BOOST_TEST(path.filename().string() == "ana-pérez--luca-bianchi--" + s.id.substr(0, 8) + ".scorecard.xml");
    BOOST_TEST(s.revision == 1);
#ifndef _WIN32 // Windows: private by the profile's ACL, no mode bits (atomic_file.hpp)
    struct stat st {};
    BOOST_TEST_REQUIRE(stat(folder.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0700u);
    BOOST_TEST_REQUIRE(stat(path.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
#endif
    BOOST_TEST((read_scorecard(path) == s));

    auto other = new_scorecard(rubric, {"Ana Pérez", "", "", "Luca Bianchi"});
    BOOST_TEST(other.id != s.id);
}

BOOST_AUTO_TEST_CASE(missing_details_are_refused) {
    RubricLibrary library;
    const auto& rubric = library.add_file(data("good/sample.rubric.xml"));
    BOOST_CHECK_THROW(new_scorecard(rubric, {" ", "", "", "Luca"}), std::invalid_argument);
    BOOST_CHECK_THROW(new_scorecard(rubric, {"Ana", "", "", ""}), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(gaps_list_what_is_missing_in_rubric_order) {
    auto rubric = read_rubric(data("good/sample.rubric.xml"));
    Scorecard s;
    auto gaps = find_gaps(s, rubric);
    BOOST_TEST(gaps.unrated_competencies == (std::vector<std::string>{"giving", "service", "trust"}));
    BOOST_TEST(gaps.questions_without_notes.size() == 3u);
    BOOST_TEST(gaps.no_recommendation);

    s.rate("service", 4);
    s.rate("trust", std::nullopt); // "na" counts as a decision
    s.set_note("giving.four-people", "Named two juniors.");
    s.set_note("trust.costly-commitment", "   ");
    s.recommendation = Recommendation::yes;
    gaps = find_gaps(s, rubric);
    BOOST_TEST(gaps.unrated_competencies == (std::vector<std::string>{"giving"}));
    BOOST_TEST(gaps.questions_without_notes ==
               (std::vector<std::string>{"service.smaller-sale", "trust.costly-commitment"}));
    BOOST_TEST(!gaps.no_recommendation);
    BOOST_TEST(!gaps.empty());
}

BOOST_AUTO_TEST_CASE(editing_notes_flags_and_submission_round_trips) {
    Scorecard s;
    s.id = "x";
    s.rubric = {"sample", "1.0", ""};
    s.candidate_name = "Zoë";
    s.interviewer = "Ines";
    s.set_note("q1", "first");
    s.set_note("q1", "second");
    BOOST_TEST(s.notes.size() == 1u);
    BOOST_TEST(s.note_on("q1") == "second");
    s.set_note("q1", "");
    BOOST_TEST(s.notes.empty());

    s.set_flag("giving", SignalKind::red, 1, true);
    s.set_flag("giving", SignalKind::red, 1, true);
    BOOST_TEST(s.signals.size() == 1u);
    BOOST_TEST(s.is_flagged("giving", SignalKind::red, 1));
    BOOST_TEST(!s.is_flagged("giving", SignalKind::green, 1));

    s.rate("giving", 3);
    s.unrate("giving");
    BOOST_TEST(!s.rating_for("giving"));

    s.submit("2026-11-22T10:48:00Z");
    BOOST_TEST(s.submitted());
    s.reopen("2026-11-23T09:00:00Z", "Ines");
    BOOST_TEST(!s.submitted());
    BOOST_TEST_REQUIRE(s.events.size() == 2u);
    BOOST_TEST(s.events[1].kind == "reopened");
    auto again = parse_scorecard(scorecard_to_xml(s), "w");
    BOOST_TEST((again == s));
}

BOOST_AUTO_TEST_SUITE_END()
