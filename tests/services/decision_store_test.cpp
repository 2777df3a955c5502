// Recording a decision from a folder: made final on what counts now,
// reopened only with a reason, refused with a reason as a value, and a
// record changed by someone else meanwhile never overwritten.
#include "services/decision_store.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace extramile;
using namespace extramile::services;
using extramile::test::data;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;
using Reason = DecisionProblem::Reason;

namespace {

struct Folder {
    ScratchFolder scratch;
    Folder() {
        for (const auto& entry : fs::directory_iterator(data("panel")))
            fs::copy_file(entry.path(), scratch / entry.path().filename().string());
    }
    ComparisonRun run() const {
        ComparisonRequest request;
        request.paths = {scratch.path()};
        request.rubric = data("good/sample.rubric.xml").string();
        return run_comparison(request);
    }
    std::unique_ptr<DecisionStore> open(const std::string& candidate = "c-1") const {
        auto store = DecisionStore::open(run(), candidate);
        store->set_clock([] { return std::string("2026-11-25T16:00:00Z"); });
        return store;
    }
    const CandidateResult& candidate(const ComparisonRun& r, const std::string& id) const {
        for (const auto& c : r.comparison.candidates)
            if (c.id == id)
                return c;
        BOOST_FAIL("no candidate " + id);
        throw;
    }
};

bool refused_for(const DecisionSave& save, Reason reason) { return save.problem && save.problem->reason == reason; }

DecisionInput hire_because(const std::string& why) {
    DecisionInput input;
    input.outcome = Outcome::hire;
    input.members = std::vector<std::string>{"Luca Bianchi", " Marta Gil ", "Luca Bianchi", ""};
    input.reasons[""] = why;
    input.reasons["giving"] = "  Named two juniors.\r\n";
    return input;
}

} // namespace

BOOST_AUTO_TEST_SUITE(decision_store)

BOOST_AUTO_TEST_CASE(a_decision_is_made_final_on_the_scorecards_that_count) {
    Folder folder;
    auto store = folder.open();
    BOOST_TEST(!store->exists());
    BOOST_TEST(store->file().filename() == extramile::test::utf8_name("ana-pérez--c-1.decision.xml"));
    BOOST_TEST(store->file().parent_path() == folder.scratch.path());
    BOOST_TEST(store->basis_now().size() == 2u);

    DecisionInput no_outcome;
    BOOST_TEST(refused_for(store->finalise(no_outcome, "Marta Gil"), Reason::outcome_missing));
    BOOST_TEST(refused_for(store->finalise(hire_because("Strong everywhere."), " "), Reason::decider_missing));
    BOOST_TEST(!fs::exists(store->file()));

#ifndef _WIN32 // a permissive umask must not make the record readable by others
    const auto old_mask = umask(022);
#endif
    const auto saved = store->finalise(hire_because("Strong everywhere."), "Marta Gil");
#ifndef _WIN32
    umask(old_mask);
#endif
    BOOST_TEST_REQUIRE(saved.saved());
    BOOST_TEST(saved.revision == 1);
#ifndef _WIN32 // Windows: private by the folder's ACL, no mode bits (atomic_file.hpp)
    struct stat st {};
    BOOST_TEST_REQUIRE(stat(store->file().c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
#endif

    const auto d = read_decision(store->file());
    BOOST_TEST(d.is_final());
    BOOST_TEST((d.outcome == Outcome::hire));
    BOOST_TEST(d.decided_by == "Marta Gil");
    BOOST_TEST(d.decided_at == "2026-11-25T16:00:00Z");
    BOOST_TEST((d.members == std::vector<std::string>{"Luca Bianchi", "Marta Gil"}));
    BOOST_TEST(d.reason_for("giving") == "Named two juniors.");
    BOOST_TEST(d.basis.size() == 2u);
    BOOST_TEST(d.rubric.id == "sample");
    BOOST_TEST((d == store->decision()));

    // compare sees it, on unchanged evidence.
    const auto again = folder.run();
    const auto& ana = folder.candidate(again, "c-1");
    BOOST_TEST_REQUIRE(ana.decision.has_value());
    BOOST_TEST((ana.decision->outcome == Outcome::hire));
    BOOST_TEST(!ana.has_flag("decided-on-changed-evidence"));
}

BOOST_AUTO_TEST_CASE(a_final_decision_changes_only_once_reopened_with_a_reason) {
    Folder folder;
    auto store = folder.open();
    BOOST_TEST(refused_for(store->reopen("Marta", "why not"), Reason::not_final));
    BOOST_TEST_REQUIRE(store->finalise(hire_because("Strong."), "Marta Gil").saved());
    DecisionInput hold;
    hold.outcome = Outcome::hold;
    BOOST_TEST(refused_for(store->save_draft(hold), Reason::already_final));
    BOOST_TEST(refused_for(store->finalise(hold, "Marta"), Reason::already_final));
    BOOST_TEST(refused_for(store->reopen("Marta", "  "), Reason::reopen_reason_missing));

    // A scorecard is reopened after the decision: compare flags it ...
    auto s = read_scorecard(folder.scratch / "c-1--marta.scorecard.xml");
    s.reopen("2026-11-26T08:00:00Z", "Marta", "typo");
    save_scorecard(folder.scratch / "c-1--marta.scorecard.xml", s);
    BOOST_TEST(folder.candidate(folder.run(), "c-1").has_flag("decided-on-changed-evidence"));

    // ... the decision is reopened with why, and made final again on what counts now.
    store = folder.open();
    BOOST_TEST(store->changes().size() == 1u);
    BOOST_TEST_REQUIRE(store->reopen("Marta Gil", "Marta's scorecard was reopened").saved());
    BOOST_TEST_REQUIRE(store->save_draft(hold).saved());
    const auto draft = read_decision(store->file());
    BOOST_TEST(!draft.is_final());
    BOOST_TEST((draft.outcome == Outcome::hold));
    BOOST_TEST(draft.events.back().kind == "reopened");
    BOOST_TEST(draft.events.back().reason == "Marta's scorecard was reopened");
    BOOST_TEST(draft.revision == 3);
    BOOST_TEST_REQUIRE(store->finalise({}, "Luca Bianchi").saved());
    const auto final_again = read_decision(store->file());
    BOOST_TEST(final_again.basis.size() == 1u); // Marta's draft no longer counts
    BOOST_TEST(final_again.decided_by == "Luca Bianchi");
    BOOST_TEST(!folder.candidate(folder.run(), "c-1").has_flag("decided-on-changed-evidence"));
}

// Edited in place, its revision left as it was: the digest in the basis tells.
BOOST_AUTO_TEST_CASE(a_scorecard_edited_in_place_after_the_decision_flags_it) {
    Folder folder;
    BOOST_TEST_REQUIRE(folder.open()->finalise(hire_because("Strong."), "Marta").saved());
    const auto file = folder.scratch / "c-1--luca.scorecard.xml";
    auto text = read_bytes(file);
    text.replace(text.find("competency=\"trust\" value=\"5\""), 28, "competency=\"trust\" value=\"1\"");
    write_file_atomically(file, text);
    const auto run = folder.run();
    const auto& ana = folder.candidate(run, "c-1");
    BOOST_TEST(ana.has_flag("decided-on-changed-evidence"));
    BOOST_TEST_REQUIRE(ana.decision->changes.size() == 1u);
    BOOST_TEST((ana.decision->changes[0].kind == BasisChange::Kind::changed));
    BOOST_TEST(ana.decision->changes[0].now == 3);
}

BOOST_AUTO_TEST_CASE(a_reason_about_a_competency_the_rubric_lacks_is_refused) {
    Folder folder;
    auto store = folder.open();
    DecisionInput input = hire_because("ok");
    input.reasons["honesty"] = "Told the truth.";
    const auto save = store->finalise(input, "Marta");
    BOOST_TEST_REQUIRE(refused_for(save, Reason::unknown_competency));
    BOOST_TEST(save.problem->competency == "honesty");
    BOOST_TEST(!fs::exists(store->file()));
}

BOOST_AUTO_TEST_CASE(a_record_changed_meanwhile_is_never_overwritten) {
    Folder folder;
    auto first = folder.open();
    BOOST_TEST_REQUIRE(first->save_draft(hire_because("first")).saved());
    auto mine = folder.open();
    auto theirs = folder.open();
    BOOST_TEST_REQUIRE(theirs->save_draft(hire_because("theirs")).saved());
    const auto on_disk = read_bytes(mine->file());

    const auto save = mine->save_draft(hire_because("mine"));
    BOOST_TEST_REQUIRE(refused_for(save, Reason::changed_on_disk));
    BOOST_TEST_REQUIRE(save.problem->theirs.has_value());
    BOOST_TEST(save.problem->theirs->reason_for("") == "theirs");
    BOOST_TEST(read_bytes(mine->file()) == on_disk);

    // Built on theirs, the next save goes through.
    mine->reload();
    BOOST_TEST(mine->decision().reason_for("") == "theirs");
    BOOST_TEST_REQUIRE(mine->save_draft(hire_because("mine, after theirs")).saved());
    BOOST_TEST(read_decision(mine->file()).reason_for("") == "mine, after theirs");

    // Two new records of one candidate made at once: the second never replaces the first.
    Folder fresh;
    auto a = fresh.open(), b = fresh.open();
    BOOST_TEST_REQUIRE(a->save_draft(hire_because("a")).saved());
    BOOST_TEST(refused_for(b->save_draft(hire_because("b")), Reason::changed_on_disk));
    BOOST_TEST(read_decision(a->file()).reason_for("") == "a");
}

BOOST_AUTO_TEST_CASE(candidates_are_found_by_id_or_name_and_never_guessed) {
    Folder folder;
    BOOST_TEST(DecisionStore::open(folder.run(), "Ana Pérez")->decision().candidate_id == "c-1");
    BOOST_TEST(DecisionStore::open(folder.run(), "ANA PÉREZ")->decision().candidate_id == "c-1");
    try {
        DecisionStore::open(folder.run(), "Zoë");
        BOOST_FAIL("Zoë was found");
    } catch (const DecisionFailed& e) {
        BOOST_TEST((e.problem().reason == Reason::candidate_not_found));
        BOOST_TEST(e.problem().candidate == "Zoë");
    }
    // Two people of one name: the id tells them apart.
    auto other = read_scorecard(folder.scratch / "c-1--luca.scorecard.xml");
    other.id = "00000000-0000-4000-8000-0000000000aa";
    other.candidate_id = "c-99";
    write_file_atomically(folder.scratch / "c-99--luca.scorecard.xml", scorecard_to_xml(other));
    try {
        DecisionStore::open(folder.run(), "Ana Pérez");
        BOOST_FAIL("an ambiguous name was taken");
    } catch (const DecisionFailed& e) {
        BOOST_TEST((e.problem().reason == Reason::candidate_ambiguous));
        BOOST_TEST(e.problem().matches.size() == 2u);
    }
    BOOST_TEST(DecisionStore::open(folder.run(), "c-99")->decision().candidate_id == "c-99");
}

BOOST_AUTO_TEST_CASE(a_broken_record_is_named_and_left_alone) {
    Folder folder;
    const auto file = folder.scratch / "ana-pérez--c-1.decision.xml";
    write_file_atomically(file, "<decision xmlns=\"urn:extramile:decision:1\" id=\"x\" status=\"maybe\">\n"
                                "<candidate id=\"c-1\"/></decision>");
    const auto before = read_bytes(file);
    try {
        DecisionStore::open(folder.run(), "c-1");
        BOOST_FAIL("a broken record was opened");
    } catch (const DecisionFailed& e) {
        BOOST_TEST((e.problem().reason == Reason::record_unreadable));
        BOOST_TEST_REQUIRE(!e.problem().problems.empty());
        BOOST_TEST(e.problem().problems[0].line == 1);
    }
    BOOST_TEST(read_bytes(file) == before);
    // The comparison names it among its warnings.
    const auto run = folder.run();
    BOOST_TEST(std::any_of(run.comparison.warnings.begin(), run.comparison.warnings.end(),
                           [&](const std::string& w) { return w.starts_with(file.string() + ":1:"); }));
}

BOOST_AUTO_TEST_CASE(record_decision_does_what_the_command_line_asks) {
    Folder folder;
    DecisionRequest request;
    request.comparison.paths = {folder.scratch.path()};
    request.comparison.rubric = data("good/sample.rubric.xml").string();
    request.candidate = "c-2";
    request.action = DecisionAction::finalise;
    request.input.outcome = Outcome::no_hire;
    request.by = "Marta Gil";
    auto recorded = record_decision(request);
    BOOST_TEST_REQUIRE(recorded.save.saved());
    BOOST_TEST(fs::exists(recorded.file));
    BOOST_TEST((folder.candidate(folder.run(), "c-2").decision->outcome == Outcome::no_hire));

    request.action = DecisionAction::reopen;
    request.reason = "new references";
    request.input = {};
    request.input.outcome = Outcome::next_stage;
    recorded = record_decision(request);
    BOOST_TEST_REQUIRE(recorded.save.saved());
    BOOST_TEST(!recorded.decision->is_final());
    BOOST_TEST((recorded.decision->outcome == Outcome::next_stage));

    request.comparison.paths = {folder.scratch / "nothing-here"};
    recorded = record_decision(request);
    BOOST_TEST_REQUIRE(refused_for(recorded.save, Reason::comparison_failed));
    BOOST_TEST(recorded.save.problem->comparison.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
