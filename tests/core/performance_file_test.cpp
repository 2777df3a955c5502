// The performance CSV of `extramile validity` (core/storage/performance_file):
// what HR's spreadsheet writes is read, and every bad line is named with
// its line number and what to do.
#include "core/base/file_error.hpp"
#include "core/storage/performance_file.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;

namespace {

std::vector<Problem> problems_of(const std::string& bytes) {
    try {
        parse_performance_csv(bytes, "perf.csv");
    } catch (const FileError& e) {
        return e.problems();
    }
    return {};
}

bool has(const std::vector<Problem>& problems, int line, const std::string& words) {
    for (const auto& p : problems)
        if (p.line == line && p.file == "perf.csv" && p.message.find(words) != std::string::npos)
            return true;
    return false;
}

} // namespace

BOOST_AUTO_TEST_SUITE(performance_file)

BOOST_AUTO_TEST_CASE(reads_what_a_spreadsheet_writes) {
    const auto f = parse_performance_csv("\xEF\xBB\xBF"
                                         "candidate_id,performance,date\r\n"
                                         "c-1,3.5,2027-03-31\r\n"
                                         "\r\n"
                                         "\"c-2, the second\",4,\r\n",
                                         "perf.csv");
    BOOST_TEST_REQUIRE(f.records.size() == 2u);
    BOOST_TEST(f.records[0].candidate_id == "c-1");
    BOOST_TEST(f.records[0].performance == 3.5);
    BOOST_TEST(f.records[0].date == "2027-03-31");
    BOOST_TEST(f.records[1].candidate_id == "c-2, the second");
    BOOST_TEST(f.records[1].line == 4);
    BOOST_TEST(!f.has_rater_column);
}

BOOST_AUTO_TEST_CASE(columns_by_name_and_the_semicolons_of_a_spanish_spreadsheet) {
    const auto f = parse_performance_csv("Rater;Candidate_ID;Performance\nMarta;c-1;3,75\n", "perf.csv");
    BOOST_TEST_REQUIRE(f.records.size() == 1u);
    BOOST_TEST(f.records[0].performance == 3.75);
    BOOST_TEST(f.records[0].rater == "Marta");
    BOOST_TEST(f.has_rater_column);
}

BOOST_AUTO_TEST_CASE(every_bad_line_is_named_and_nothing_is_read) {
    const auto p = problems_of("candidate_id,performance,date\n"
                               "c-1,3.5,2027-03-31\n"
                               "c-2,good,2027-03-31\n"
                               "c-3,4\n"
                               ",4,2027-03-31\n"
                               "c-4,4,31/03/2027\n"
                               "c-1,2,2027-04-01\n"
                               "\"c-5,4,2027-03-31\n"
                               "c-6,nan,\n");
    BOOST_TEST(has(p, 3, "is not a number"));
    BOOST_TEST(has(p, 4, "expected 3 fields"));
    BOOST_TEST(has(p, 5, "candidate_id is empty"));
    BOOST_TEST(has(p, 6, "is not a date"));
    BOOST_TEST(has(p, 7, "already has a performance on line 2"));
    BOOST_TEST(has(p, 8, "quoted field is not closed"));
    BOOST_TEST(has(p, 9, "is not a number"));
    BOOST_TEST(p.size() == 7u);
}

BOOST_AUTO_TEST_CASE(a_missing_header_or_an_empty_file_says_what_is_expected) {
    BOOST_TEST(has(problems_of("c-1,3.5\n"), 1, "candidate_id,performance"));
    BOOST_TEST(problems_of("").size() == 1u);
    BOOST_TEST(has(problems_of("candidate_id,performance\nc-1,\xff\n"), 2, "not UTF-8"));
}

BOOST_AUTO_TEST_SUITE_END()
