// A decision says exactly what it was based on: the comparison flags it
// `decided-on-changed-evidence` once a basis scorecard is reopened, changed
// or gone, or a new one counts; copies of a record count once.
#include "test_paths.hpp"

#include "core/base/sha256.hpp"
#include "core/base/unicode_text.hpp"
#include "core/scoring/decision_basis.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/decision_folder.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <functional>
#include <set>

using namespace extramile;
using extramile::test::data;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

// The panel fixture in a scratch folder, compared as `extramile compare` does.
struct Panel {
    ScratchFolder scratch;
    Rubric rubric = read_rubric(data("good/sample.rubric.xml"));

    Panel() {
        for (const auto& entry : fs::directory_iterator(data("panel")))
            fs::copy_file(entry.path(), scratch / entry.path().filename().string());
    }

    // As run_comparison does: the scorecards of decided candidates (and of
    // Ana, about to be decided on) hashed, then scored, then the decisions attached.
    Comparison compared() const {
        auto loaded = load_scorecards({scratch.path()});
        const auto decisions = load_decisions({scratch.path()}).decisions;
        std::set<std::string> decided{"id:c-1"};
        for (const auto& d : decisions)
            decided.insert(candidate_key(d.decision));
        add_digests(loaded.scorecards, decided);
        auto comparison = compare(rubric, rubric_digest(rubric), loaded.scorecards);
        attach_decisions(comparison, rubric.id, decisions);
        return comparison;
    }

    static const CandidateResult& candidate(const Comparison& c, const std::string& id) {
        const auto it = std::find_if(c.candidates.begin(), c.candidates.end(),
                                     [&](const CandidateResult& r) { return r.id == id; });
        BOOST_TEST_REQUIRE((it != c.candidates.end()));
        return *it;
    }

    // A final decision about c-1 on what counts now, saved beside the scorecards.
    Decision decide(const std::string& file = "ana-perez--c-1.decision.xml") const {
        const auto now = compared();
        Decision d;
        d.id = "d-1";
        d.candidate_id = "c-1";
        d.candidate_name = "Ana Pérez";
        d.rubric = {rubric.id, rubric.version, rubric_digest(rubric)};
        d.outcome = Outcome::hire;
        d.finalise("2026-11-25T16:00:00Z", "Marta Gil", basis_now(candidate(now, "c-1")));
        d.revision = 1;
        write_file_atomically(scratch / file, decision_to_xml(d));
        return d;
    }

    void rewrite(const std::string& name, const std::function<void(Scorecard&)>& change) const {
        auto s = read_scorecard(scratch / name);
        change(s);
        write_file_atomically(scratch / name, scorecard_to_xml(s));
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(decision_basis)

BOOST_AUTO_TEST_CASE(the_basis_is_every_counted_scorecard_with_its_digest) {
    Panel panel;
    const auto d = panel.decide();
    BOOST_TEST_REQUIRE(d.basis.size() == 2u);
    for (const auto& entry : d.basis) {
        BOOST_TEST(entry.revision == 3);
        const auto file = entry.scorecard.ends_with("1") ? "c-1--luca.scorecard.xml" : "c-1--marta.scorecard.xml";
        BOOST_TEST(entry.digest == sha256_digest(extramile::test::read_bytes(panel.scratch / file)));
    }
    const auto c = panel.compared();
    const auto& ana = Panel::candidate(c, "c-1");
    BOOST_TEST_REQUIRE(ana.decision.has_value());
    BOOST_TEST((ana.decision->outcome == Outcome::hire));
    BOOST_TEST(ana.decision->by == "Marta Gil");
    BOOST_TEST(ana.decision->changes.empty());
    BOOST_TEST(!ana.has_flag("decided-on-changed-evidence"));
    BOOST_TEST(!Panel::candidate(c, "c-2").decision.has_value());
}

BOOST_AUTO_TEST_CASE(a_reopened_basis_scorecard_flags_the_decision) {
    Panel panel;
    panel.decide();
    panel.rewrite("c-1--marta.scorecard.xml", [](Scorecard& s) {
        s.reopen("2026-11-26T09:00:00Z", "Marta", "wrong rating");
        ++s.revision;
    });
    const auto c = panel.compared();
    const auto& ana = Panel::candidate(c, "c-1");
    BOOST_TEST(ana.has_flag("decided-on-changed-evidence"));
    BOOST_TEST_REQUIRE(ana.decision->changes.size() == 1u);
    BOOST_TEST((ana.decision->changes[0].kind == BasisChange::Kind::gone)); // a draft does not count
    BOOST_TEST(ana.decision->changes[0].then == 3);
}

BOOST_AUTO_TEST_CASE(another_revision_or_other_bytes_flag_it) {
    Panel panel;
    panel.decide();
    panel.rewrite("c-1--luca.scorecard.xml", [](Scorecard& s) { ++s.revision; });
    auto changes = Panel::candidate(panel.compared(), "c-1").decision->changes;
    BOOST_TEST_REQUIRE(changes.size() == 1u);
    BOOST_TEST((changes[0] == BasisChange{BasisChange::Kind::changed, "00000000-0000-4000-8000-000000000001", 3, 4}));

    // Edited by hand, the revision left as it was: the digest tells.
    Panel edited;
    edited.decide();
    edited.rewrite("c-1--luca.scorecard.xml", [](Scorecard& s) { s.rate("trust", 1); });
    const auto c = edited.compared();
    BOOST_TEST(Panel::candidate(c, "c-1").has_flag("decided-on-changed-evidence"));
    BOOST_TEST((Panel::candidate(c, "c-1").decision->changes.at(0).kind == BasisChange::Kind::changed));
}

BOOST_AUTO_TEST_CASE(a_new_scorecard_flags_it_and_a_draft_decision_is_never_flagged) {
    Panel panel;
    auto d = panel.decide();
    auto s = read_scorecard(panel.scratch / "c-1--luca.scorecard.xml");
    s.id = "00000000-0000-4000-8000-0000000000ff";
    s.interviewer = "Sofia";
    write_file_atomically(panel.scratch / "c-1--sofia.scorecard.xml", scorecard_to_xml(s));
    auto ana = Panel::candidate(panel.compared(), "c-1");
    BOOST_TEST(ana.has_flag("decided-on-changed-evidence"));
    BOOST_TEST_REQUIRE(ana.decision->changes.size() == 1u);
    BOOST_TEST((ana.decision->changes[0].kind == BasisChange::Kind::added));

    d.reopen("2026-11-26T09:00:00Z", "Marta", "Sofia interviewed her too");
    d.revision = 2;
    write_file_atomically(panel.scratch / "ana-perez--c-1.decision.xml", decision_to_xml(d));
    ana = Panel::candidate(panel.compared(), "c-1");
    BOOST_TEST((ana.decision->status == DecisionStatus::draft));
    BOOST_TEST(!ana.has_flag("decided-on-changed-evidence"));
}

BOOST_AUTO_TEST_CASE(sync_copies_of_a_record_count_once) {
    Panel panel;
    auto d = panel.decide();
    // Syncthing's copy holds a later revision: it counts, and says so.
    d.outcome = Outcome::hold;
    d.revision = 2;
    write_file_atomically(panel.scratch / "ana-perez--c-1.decision.sync-conflict-20261201-081323-4OPKA3A.xml",
                          decision_to_xml(d));
    auto c = panel.compared();
    auto ana = Panel::candidate(c, "c-1");
    BOOST_TEST((ana.decision->outcome == Outcome::hold));
    BOOST_TEST(ana.has_flag("sync-conflict"));
    BOOST_TEST(std::any_of(c.warnings.begin(), c.warnings.end(), [](const std::string& w) {
        return w.find("Syncthing's copy of ana-perez--c-1.decision.xml") != std::string::npos;
    }));

    // An identical copy is only mentioned.
    Panel same;
    same.decide();
    fs::copy_file(same.scratch / "ana-perez--c-1.decision.xml",
                  same.scratch / "ana-perez--c-1.decision (conflicted copy 2026-11-20 101010).xml");
    ana = Panel::candidate(same.compared(), "c-1");
    BOOST_TEST(!ana.has_flag("sync-conflict"));
    BOOST_TEST((ana.decision->outcome == Outcome::hire));
}

BOOST_AUTO_TEST_CASE(two_records_about_one_candidate_the_final_one_counts) {
    Panel panel;
    panel.decide();
    Decision draft;
    draft.id = "d-2";
    draft.candidate_id = "c-1";
    draft.candidate_name = "Ana";
    draft.outcome = Outcome::no_hire;
    write_file_atomically(panel.scratch / "ana.decision.xml", decision_to_xml(draft));
    const auto c = panel.compared();
    const auto& ana = Panel::candidate(c, "c-1");
    BOOST_TEST((ana.decision->outcome == Outcome::hire));
    BOOST_TEST(ana.has_flag("sync-conflict"));
    BOOST_TEST(std::any_of(c.warnings.begin(), c.warnings.end(), [](const std::string& w) {
        return w.find("two decision records about one candidate") != std::string::npos;
    }));
}

// Both interviewers recommended yes for Ana (c-1) and Chiara (c-3): hired
// Ana agrees with both, not hiring Chiara with neither; a draft decision
// and a hold count for nothing.
BOOST_AUTO_TEST_CASE(recommendations_are_matched_with_final_decisions) {
    Panel panel;
    const auto agreement = [&](const Comparison& c, const std::string& who) {
        for (const auto& person : c.calibration.interviewers)
            if (person.key == name_key(who))
                return std::make_pair(person.recommendation_agreement, person.recommendations_decided);
        BOOST_FAIL("no interviewer " + who);
        return std::make_pair(std::optional<double>(), 0);
    };
    BOOST_TEST(!agreement(panel.compared(), "Luca Bianchi").first.has_value());
    panel.decide();
    auto c = panel.compared();
    BOOST_TEST(agreement(c, "Luca Bianchi").first.value() == 1.0);
    BOOST_TEST(agreement(c, "Marta Gómez").second == 1);
    const auto record = [&](const std::string& id, const std::string& name, Outcome outcome, bool final) {
        Decision d;
        d.id = "d-" + id;
        d.candidate_id = id;
        d.candidate_name = name;
        d.outcome = outcome;
        if (final)
            d.finalise("2026-11-25T16:00:00Z", "Marta Gil", {});
        write_file_atomically(panel.scratch / (id + ".decision.xml"), decision_to_xml(d));
    };
    record("c-3", "Chiara Bianchi", Outcome::no_hire, true);
    record("c-2", "Bruno Rossi", Outcome::hire, false);
    record("c-4", "Dario Neri", Outcome::hold, true);
    c = panel.compared();
    BOOST_TEST(agreement(c, "Luca Bianchi").first.value() == 0.5);
    BOOST_TEST(agreement(c, "Luca Bianchi").second == 2);
    BOOST_TEST(agreement(c, "Marta Gómez").first.value() == 0.5);
}

BOOST_AUTO_TEST_CASE(a_broken_record_is_a_problem_not_a_decision) {
    Panel panel;
    write_file_atomically(panel.scratch / "x.decision.xml", "<decision xmlns=\"urn:extramile:decision:1\">\n<oops");
    const auto loaded = load_decisions({panel.scratch.path()});
    BOOST_TEST(loaded.decisions.empty());
    BOOST_TEST_REQUIRE(!loaded.problems.empty());
    BOOST_TEST(loaded.problems[0].file == (panel.scratch / "x.decision.xml").string());
    // ... and the scorecards of the folder never include it.
    BOOST_TEST(load_scorecards({panel.scratch.path()}).problems.empty());
}

BOOST_AUTO_TEST_CASE(file_names_are_readable_and_one_per_candidate) {
    Decision d;
    d.candidate_name = "Ana Pérez";
    d.candidate_id = "c-0042";
    BOOST_TEST(decision_file_name(d) == extramile::test::utf8_name("ana-pérez--c-0042.decision.xml"));
    d.candidate_id.clear();
    BOOST_TEST(decision_file_name(d) == extramile::test::utf8_name("ana-pérez.decision.xml"));
}

BOOST_AUTO_TEST_SUITE_END()
