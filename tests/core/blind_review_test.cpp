#include "core/scoring/blind_review.hpp"
#include "core/storage/blind_key.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include <fstream>
#include <optional>

using namespace extramile;

namespace {
const std::string secret = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
std::string redact(const std::string& text, const std::string& name, const std::string& id = "") {
    return redact_candidate(text, name, id, "C-1");
}
} // namespace

BOOST_AUTO_TEST_SUITE(blind_review)

BOOST_AUTO_TEST_CASE(codes_are_stable_differ_between_candidates_and_need_the_secret) {
    BOOST_TEST(blind_code("id:c-1", secret) == blind_code("id:c-1", secret));
    BOOST_TEST(blind_code("id:c-1", secret) != blind_code("id:c-2", secret));
    BOOST_TEST(blind_code("id:c-1", secret).size() == 8u);
    BOOST_TEST(blind_code("id:c-1", secret).starts_with("C-"));
    // Codes were an unsalted SHA-256 of the key: anyone with the candidate
    // list could work them back. Another folder's secret gives other codes.
    BOOST_TEST(blind_code("id:c-1", secret) != blind_code("id:c-1", std::string(64, 'f')));
}

BOOST_AUTO_TEST_CASE(redacts_the_whole_name_and_each_part) {
    BOOST_TEST(redact("Notes by Luca Bianchi on Ana Pérez.", "Ana Pérez") == "Notes by Luca Bianchi on C-1.");
    BOOST_TEST(redact("Ana trained a junior; Pérez's team noticed.", "Ana Pérez") ==
               "C-1 trained a junior; C-1's team noticed.");
}

// Names written in another case or without accents survived blind review.
BOOST_AUTO_TEST_CASE(any_case_and_any_accents) {
    BOOST_TEST(redact("ELODIE and elodie and Elodie and Élodie.", "Élodie Durand") == "C-1 and C-1 and C-1 and C-1.");
    BOOST_TEST(redact("Íñigo met INIGO", "I\u0301n\u0303igo Ortiz") == "C-1 met C-1"); // a decomposed name
    BOOST_TEST(redact("Anà was late.", "Ana") == "C-1 was late.");
}

BOOST_AUTO_TEST_CASE(whole_words_only) {
    BOOST_TEST(redact("Anabel and Banana met Ana.", "Ana") == "Anabel and Banana met C-1.");
    BOOST_TEST(redact("Ana", "Ana") == "C-1");
}

// "Ms Müller" for "Müller-Šimić"; "De la Cruz" became "De C-... C-...".
BOOST_AUTO_TEST_CASE(parts_of_compound_names_and_particles) {
    BOOST_TEST(redact("Ms Müller said; later Mrs Muller-Simic.", "Müller-Šimić") == "Ms C-1 said; later Mrs C-1.");
    BOOST_TEST(redact("Asked Ms De la Cruz about de la Cruz's team.", "María De la Cruz") ==
               "Asked Ms C-1 about C-1's team.");
    // A particle alone is a word like any other.
    BOOST_TEST(redact("De hecho, la tienda abrió.", "María De la Cruz") == "De hecho, la tienda abrió.");
    BOOST_TEST(redact("Van Dijk spoke to van den Berg.", "Anna van den Berg") == "Van Dijk spoke to C-1.");
}

BOOST_AUTO_TEST_CASE(one_letter_parts_are_not_redacted_alone) {
    BOOST_TEST(redact("J said J. Smith is kind", "J Smith") == "J said J. C-1 is kind");
}

BOOST_AUTO_TEST_CASE(the_id_and_e_mail_addresses_are_redacted) {
    BOOST_TEST(redact("Candidate c-0042 wrote from ana.perez@example.org.", "Ana Pérez", "c-0042") ==
               "Candidate C-1 wrote from C-1.");
    BOOST_TEST(redact("Reference: C-0042 and c-0042.", "X Y", "c-0042") == "Reference: C-1 and C-1.");
}

BOOST_AUTO_TEST_CASE(empty_name_changes_nothing) {
    BOOST_TEST(redact("Some notes", "") == "Some notes");
    BOOST_TEST(redact("Some notes", "   ") == "Some notes");
}

BOOST_AUTO_TEST_CASE(the_folder_keeps_one_private_key) {
    test::ScratchFolder folder;
    const auto first = blind_key_for(folder.path());
    BOOST_TEST(first.created);
    BOOST_TEST(first.problem.empty());
    BOOST_TEST(first.secret.size() == 64u);
#ifndef _WIN32 // Windows: private by the folder's ACL, no mode bits (atomic_file.hpp)
    struct stat st {};
    BOOST_TEST_REQUIRE(::stat(first.file.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
#endif
    const auto again = blind_key_for(folder.path());
    BOOST_TEST(!again.created);
    BOOST_TEST(again.secret == first.secret);
    // Two keys made at once on two machines: every side takes the one that sorts first.
    const std::string other(64, '0');
    std::ofstream(folder / ".extramile-blind-key.sync-conflict-20261201-081323-4OPKA3A") << other << "\n";
    BOOST_TEST(blind_key_for(folder.path()).secret == std::min(other, first.secret));
}

// A decision record shown in blind review: the candidate's name, id and
// e-mail become the code in the reasons too; the panel's names stay.
BOOST_AUTO_TEST_CASE(a_decision_names_the_candidate_nowhere) {
    extramile::Decision d;
    d.candidate_id = "c-0042";
    d.candidate_name = "Élodie Müller-Šimić";
    d.decided_by = "Marta Gil";
    d.members = {"Luca Bianchi"};
    d.set_reason("", "ELODIE was the best; Müller named four people (c-0042, elodie@example.com).");
    d.set_reason("giving", "Luca Bianchi saw Élodie coach juniors.");
    d.events.push_back({"reopened", "2026-11-26T09:00:00Z", "Marta Gil", "Simic's second scorecard arrived"});
    d.extensions.push_back("<hr:offer xmlns:hr=\"urn:x\">Élodie</hr:offer>");
    extramile::make_blind(d, "C-abc123");
    BOOST_TEST(d.candidate_name == "C-abc123");
    BOOST_TEST(d.candidate_id == "C-abc123");
    BOOST_TEST(d.reason_for("") == "C-abc123 was the best; C-abc123 named four people (C-abc123, C-abc123).");
    BOOST_TEST(d.reason_for("giving") == "Luca Bianchi saw C-abc123 coach juniors.");
    BOOST_TEST(d.events[0].reason == "C-abc123's second scorecard arrived");
    BOOST_TEST(d.extensions.empty());
    BOOST_TEST(d.decided_by == "Marta Gil");
}

// compare() orders candidates ranked alike by name: in blind review that
// order told who was who to anyone who knew the names on the list.
BOOST_AUTO_TEST_CASE(candidates_ranked_alike_are_ordered_by_code_not_name) {
    const auto candidate = [](const std::string& name, std::optional<double> total, double coverage) {
        CandidateResult c;
        c.key = "name:" + name;
        c.name = name;
        c.total = total;
        c.coverage = coverage;
        return c;
    };
    Comparison comparison; // in compare()'s order: total, complete before incomplete, then name
    for (const auto& name : {"Zoe"})
        comparison.candidates.push_back(candidate(name, 90, 1));
    for (const auto& name : {"Ana", "Bea", "Carla", "Dario", "Elena"})
        comparison.candidates.push_back(candidate(name, 70, 1));
    for (const auto& name : {"Fabio", "Gina"})
        comparison.candidates.push_back(candidate(name, 70, 0.5)); // the same total, incomplete
    for (const auto& name : {"Hugo", "Ines", "Jon"})
        comparison.candidates.push_back(candidate(name, std::nullopt, 0));
    const auto named = comparison;
    const auto before = make_blind(comparison, secret);
    BOOST_TEST_REQUIRE(before.size() == named.candidates.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        // `before` says where each one was, and the codes are theirs.
        BOOST_TEST(comparison.candidates[i].id == blind_code(named.candidates[before[i]].key, secret));
        BOOST_TEST((comparison.candidates[i].total == named.candidates[before[i]].total));
        BOOST_TEST(comparison.candidates[i].coverage == named.candidates[before[i]].coverage);
    }
    // Each group of candidates ranked alike stays where it was, in the order of the codes.
    const auto codes_sorted = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i + 1 < end; ++i)
            if (!(comparison.candidates[i].id < comparison.candidates[i + 1].id))
                return false;
        return true;
    };
    BOOST_TEST(before[0] == 0u);
    BOOST_TEST(codes_sorted(1, 6));
    BOOST_TEST(codes_sorted(6, 8));
    BOOST_TEST(codes_sorted(8, 11));
    for (std::size_t i = 1; i < 6; ++i)
        BOOST_TEST((before[i] >= 1 && before[i] < 6));
    // Not the names' order by chance: with these codes some group is out of it.
    bool moved = false;
    for (std::size_t i = 0; i < before.size(); ++i)
        moved = moved || before[i] != i;
    BOOST_TEST(moved);
}

BOOST_AUTO_TEST_SUITE_END()
