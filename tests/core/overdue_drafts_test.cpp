// Overdue scorecards: which drafts HR chases, and from when their age counts.
#include "core/storage/overdue_drafts.hpp"
#include "core/base/timestamp.hpp"
#include "core/scoring/blind_review.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using namespace std::chrono;

namespace {

ScorecardFile draft(const std::string& id, const std::string& interviewer, const std::string& candidate,
                    const std::string& started, long revision = 1) {
    ScorecardFile f;
    f.set_path(id + ".scorecard.xml");
    f.scorecard.id = id;
    f.scorecard.revision = revision;
    f.scorecard.interviewer = interviewer;
    f.scorecard.candidate_name = candidate;
    f.scorecard.started = started;
    return f;
}

const system_clock::time_point kNow = *parse_timestamp("2026-11-23T12:00:00Z");

std::vector<std::string> ids(const std::vector<OverdueDraft>& drafts) {
    std::vector<std::string> out;
    for (const auto& d : drafts)
        out.push_back(d.file.stem().stem().string());
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(overdue_drafts_suite)

BOOST_AUTO_TEST_CASE(drafts_older_than_the_limit_are_listed_by_interviewer_then_candidate) {
    auto submitted = draft("s", "Ana Ruiz", "Bruno", "2026-11-01T09:00:00Z");
    submitted.scorecard.status = ScorecardStatus::submitted;
    const std::vector<ScorecardFile> files{
        draft("z1", "Zoe Marr", "Carla", "2026-11-20T09:00:00Z"),   // 3 days: overdue
        draft("a2", "Ana Ruiz", "Dario", "2026-11-19T09:00:00Z"),   // 4 days
        draft("a1", "ana ruiz", "Bruno", "2026-11-10T09:00:00Z"),   // 13 days, same interviewer spelt otherwise
        draft("fresh", "Ana Ruiz", "Elsa", "2026-11-22T09:00:00Z"), // 1 day: not yet
        draft("edge", "Ana Ruiz", "Fabio", "2026-11-21T12:00:00Z"), // exactly 2 days: not more than 2
        submitted,
    };
    const auto overdue = overdue_drafts(files, 2, kNow);
    BOOST_TEST(ids(overdue) == (std::vector<std::string>{"a1", "a2", "z1"}));
    BOOST_TEST(overdue.at(0).days == 13);
    BOOST_TEST(overdue.at(2).days == 3);
    BOOST_TEST(!overdue.at(0).since_file_time);
    BOOST_TEST(overdue_drafts(files, 4, kNow).size() == 2u); // z1 is 3 days and 3 hours old
    BOOST_TEST(overdue_drafts(files, 0, kNow).size() == 5u);
}

BOOST_AUTO_TEST_CASE(a_reopened_scorecard_counts_from_its_reopening) {
    auto reopened = draft("r", "Ana Ruiz", "Bruno", "2026-11-01T09:00:00Z");
    reopened.scorecard.events.push_back({"submitted", "2026-11-01T10:00:00Z", "", ""});
    reopened.scorecard.events.push_back({"reopened", "2026-11-22T10:00:00Z", "Ana Ruiz", "typo"});
    BOOST_TEST(overdue_drafts({reopened}, 2, kNow).empty());
    BOOST_TEST(overdue_drafts({reopened}, 2, kNow + days(2)).size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_highest_revision_of_a_copied_scorecard_stands) {
    auto old_copy = draft("same", "Ana Ruiz", "Bruno", "2026-11-01T09:00:00Z", 3);
    auto newer = draft("same", "Ana Ruiz", "Bruno", "2026-11-01T09:00:00Z", 4);
    newer.set_path("same.scorecard.sync-conflict-20261101-101010-ABC.xml");
    newer.scorecard.status = ScorecardStatus::submitted;
    BOOST_TEST(overdue_drafts({old_copy, newer}, 2, kNow).empty());
    BOOST_TEST(overdue_drafts({old_copy}, 2, kNow).size() == 1u);
}

// Two copies of one revision: the original stands, as in the comparison,
// though a Dropbox copy's name sorts before it (" (" before "."): the list
// named the copy, which compare did not count.
BOOST_AUTO_TEST_CASE(of_two_copies_of_one_revision_the_original_stands_as_compare_counts_it) {
    auto original = draft("same", "Ana Ruiz", "Bruno", "2026-11-01T09:00:00Z", 4);
    auto copy = original;
    copy.set_path("same.scorecard (Luca's conflicted copy 2026-11-20).xml");
    copy.scorecard.status = ScorecardStatus::submitted;
    BOOST_TEST_REQUIRE(copy.path() < original.path());
    for (const auto& files : {std::vector<ScorecardFile>{original, copy}, std::vector<ScorecardFile>{copy, original}}) {
        const auto overdue = overdue_drafts(files, 2, kNow);
        BOOST_TEST_REQUIRE(overdue.size() == 1u);
        BOOST_TEST(overdue.front().file == original.path());
    }
    BOOST_TEST(stands_before(original, copy));
    BOOST_TEST(!stands_before(copy, original));
}

BOOST_AUTO_TEST_CASE(without_a_recorded_time_the_last_save_counts) {
    extramile::test::ScratchFolder folder;
    auto f = draft("nt", "Ana Ruiz", "Bruno", "");
    f.set_path(folder / "nt.scorecard.xml");
    std::ofstream(f.path()) << "x";
    const auto saved = file_clock::now() - days(5);
    std::filesystem::last_write_time(f.path(), saved);
    const auto overdue = overdue_drafts({f}, 2, system_clock::now());
    BOOST_REQUIRE_EQUAL(overdue.size(), 1u);
    BOOST_TEST(overdue.at(0).since_file_time);
    BOOST_TEST(overdue.at(0).days == 5);
    std::filesystem::last_write_time(f.path(), file_clock::now());
    BOOST_TEST(overdue_drafts({f}, 2, system_clock::now()).empty());
}

BOOST_AUTO_TEST_CASE(blind_drafts_name_codes_and_no_file) {
    auto overdue = overdue_drafts({draft("b", "Ana Ruiz", "Bruno Rossi", "2026-11-01T09:00:00Z")}, 2, kNow);
    const auto key = overdue.at(0).candidate_key;
    make_blind(overdue, std::string(64, 'c'));
    BOOST_TEST(overdue.at(0).candidate_name == blind_code(key, std::string(64, 'c')));
    BOOST_TEST(overdue.at(0).file.empty());
    BOOST_TEST(overdue.at(0).interviewer == "Ana Ruiz");
}

BOOST_AUTO_TEST_SUITE_END()
