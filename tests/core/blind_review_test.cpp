#include "core/scoring/blind_review.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;

BOOST_AUTO_TEST_SUITE(blind_review)

BOOST_AUTO_TEST_CASE(codes_are_stable_and_differ_between_candidates) {
    BOOST_TEST(blind_code("c-1") == blind_code("c-1"));
    BOOST_TEST(blind_code("c-1") != blind_code("c-2"));
    BOOST_TEST(blind_code("c-1").size() == 8u);
    BOOST_TEST(blind_code("c-1").starts_with("C-"));
}

BOOST_AUTO_TEST_CASE(redacts_the_whole_name_and_each_part) {
    BOOST_TEST(redact_name("Notes by Luca Bianchi on Ana Pérez.", "Ana Pérez", "C-1") ==
               "Notes by Luca Bianchi on C-1.");
    BOOST_TEST(redact_name("Ana trained a junior; Pérez's team noticed.", "Ana Pérez", "C-1") ==
               "C-1 trained a junior; C-1's team noticed.");
}

BOOST_AUTO_TEST_CASE(leaves_words_that_only_contain_the_name) {
    // "Anabel" and "Banana" are not "Ana"; neither is "Anà" (an accent is part of the word).
    BOOST_TEST(redact_name("Anabel and Banana met Anà.", "Ana", "C-1") == "Anabel and Banana met Anà.");
    BOOST_TEST(redact_name("Ana", "Ana", "C-1") == "C-1");
}

BOOST_AUTO_TEST_CASE(one_letter_parts_are_not_redacted_alone) {
    BOOST_TEST(redact_name("J said J. Smith is kind", "J Smith", "C-9") == "J said J. C-9 is kind");
}

BOOST_AUTO_TEST_CASE(empty_name_changes_nothing) {
    BOOST_TEST(redact_name("Some notes", "", "C-1") == "Some notes");
    BOOST_TEST(redact_name("Some notes", "   ", "C-1") == "Some notes");
}

BOOST_AUTO_TEST_SUITE_END()
