// An open scorecard's file: saves over the version last seen only; outside
// changes come back as conflicts with the other version; both versions are
// kept whichever the user chooses; one lock per file, links or not.
#include "services/scorecard_store.hpp"

#include "core/storage/sync_copies.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>

using namespace extramile;
using namespace extramile::services;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

Scorecard draft(const std::string& id = "11111111-2222-4333-8444-555555555555") {
    Scorecard s;
    s.id = id;
    s.rubric = {"generosity", "1.0", ""};
    s.candidate_name = "Ana Pérez";
    s.interviewer = "Luca";
    return s;
}

void replace_with(const fs::path& file, Scorecard s) {
    const auto temp = fs::path(file) += ".new";
    std::ofstream(temp) << scorecard_to_xml(s);
    fs::rename(temp, file);
}

std::vector<fs::path> kept_copies(const fs::path& folder) {
    std::vector<fs::path> copies;
    for (const auto& entry : fs::directory_iterator(folder))
        if (const auto copy = sync_copy_of(entry.path().filename().string());
            copy && copy->engine == SyncEngine::extramile)
            copies.push_back(entry.path());
    return copies;
}

} // namespace

BOOST_AUTO_TEST_SUITE(scorecard_store)

BOOST_AUTO_TEST_CASE(a_new_scorecard_is_created_and_saved_with_growing_revisions) {
    ScratchFolder scratch;
    auto s = draft();
    auto store = ScorecardStore::create(scratch / "a.scorecard.xml", "Luca", s);
    BOOST_TEST(s.revision == 1);
    BOOST_TEST(store->lock().held());
    s.set_note("q", "words");
    const auto saved = store->save(s);
    BOOST_TEST((saved.kind == StoreSave::Kind::saved));
    BOOST_TEST(saved.revision == 2);
    BOOST_TEST(read_scorecard(scratch / "a.scorecard.xml").note_on("q") == "words");
    BOOST_TEST(!store->look());
}

BOOST_AUTO_TEST_CASE(a_version_with_the_same_revision_is_a_conflict_and_both_are_kept) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    auto s = draft();
    auto store = ScorecardStore::create(file, "Luca", s);
    // Another version with the very same revision, from elsewhere.
    auto theirs = s;
    theirs.set_note("q", "theirs");
    replace_with(file, theirs);
    const auto conflict = store->look();
    BOOST_REQUIRE(conflict);
    BOOST_TEST((conflict->kind == DiskConflict::Kind::modified));
    BOOST_REQUIRE(conflict->theirs);
    BOOST_TEST(conflict->theirs->note_on("q") == "theirs");
    auto mine = s;
    mine.set_note("q", "mine");
    const auto refused = store->save(mine);
    BOOST_TEST((refused.kind == StoreSave::Kind::conflict));
    BOOST_TEST(read_scorecard(file).note_on("q") == "theirs");
    // Keep mine: theirs is kept as a copy, byte for byte, then mine goes over it.
    const auto copy = store->keep_theirs_as_copy(*refused.conflict);
    BOOST_TEST(read_bytes(copy) == refused.conflict->theirs_bytes);
    BOOST_TEST((store->save(mine).kind == StoreSave::Kind::saved));
    BOOST_TEST(read_scorecard(file).note_on("q") == "mine");
    BOOST_TEST(kept_copies(scratch.path()).size() == 1u);
}

BOOST_AUTO_TEST_CASE(taking_theirs_keeps_mine_as_a_copy) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    auto s = draft();
    auto store = ScorecardStore::create(file, "Luca", s);
    auto theirs = s;
    theirs.revision = 5;
    theirs.set_note("q", "theirs");
    replace_with(file, theirs);
    auto mine = s;
    mine.set_note("q", "mine");
    const auto conflict = store->save(mine).conflict;
    BOOST_REQUIRE(conflict);
    const auto copy = store->keep_mine_as_copy(mine, *conflict);
    BOOST_TEST(read_scorecard(copy).note_on("q") == "mine");
    // Building on theirs from now on.
    auto next = *conflict->theirs;
    next.set_note("q", "theirs, then more");
    const auto saved = store->save(next);
    BOOST_TEST((saved.kind == StoreSave::Kind::saved));
    BOOST_TEST(saved.revision == 6);
}

BOOST_AUTO_TEST_CASE(another_scorecard_under_the_name_is_never_the_same_file) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    auto s = draft();
    auto store = ScorecardStore::create(file, "Luca", s);
    auto other = draft("99999999-2222-4333-8444-555555555555");
    other.revision = s.revision; // even with the same revision
    other.submit("2026-12-01T10:00:00Z");
    replace_with(file, other);
    const auto conflict = store->look();
    BOOST_REQUIRE(conflict);
    BOOST_TEST((conflict->kind == DiskConflict::Kind::other_scorecard));
}

BOOST_AUTO_TEST_CASE(a_file_that_does_not_read_is_a_conflict_with_the_reason) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    auto s = draft();
    auto store = ScorecardStore::create(file, "Luca", s);
    std::ofstream(fs::path(file) += ".new") << "<scorecard half-synced";
    fs::rename(fs::path(file) += ".new", file);
    const auto conflict = store->look();
    BOOST_REQUIRE(conflict);
    BOOST_TEST(!conflict->theirs);
    BOOST_TEST(!conflict->unreadable.empty());
    BOOST_TEST((store->save(s).kind == StoreSave::Kind::conflict));
    BOOST_TEST(read_bytes(file) == "<scorecard half-synced");
}

#ifndef _WIN32 // symbolic links: libstdc++ makes none on Windows
BOOST_AUTO_TEST_CASE(one_lock_whether_opened_through_a_link_or_the_file) {
    ScratchFolder scratch;
    const auto real = scratch / "real" / "a.scorecard.xml";
    fs::create_directories(real.parent_path());
    auto s = draft();
    ScorecardStore::create(real, "Luca", s).reset();
    fs::create_symlink(real, scratch / "link.scorecard.xml");
    Scorecard read;
    auto through_link = ScorecardStore::open(scratch / "link.scorecard.xml", "Luca", read);
    BOOST_TEST(through_link->lock().held());
    auto direct = ScorecardStore::open(real, "Marta", read);
    BOOST_TEST(!direct->lock().held());
    BOOST_TEST((direct->lock().state() == ScorecardLock::State::other));
    BOOST_TEST(direct->lock().owner()->user == "Luca");
}
#endif

BOOST_AUTO_TEST_CASE(leftover_temporaries_are_removed_only_by_the_holder) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    auto s = draft();
    ScorecardStore::create(file, "Luca", s).reset();
    const auto leftover = scratch / ".a.scorecard.xml.Xy12Zq.tmp";
    std::ofstream(leftover) << "half a save";
    Scorecard read;
    auto first = ScorecardStore::open(file, "Luca", read);
    BOOST_TEST(!fs::exists(leftover));
    std::ofstream(leftover) << "the first one's save in flight";
    auto second = ScorecardStore::open(file, "Marta", read);
    BOOST_TEST(fs::exists(leftover));
}

BOOST_AUTO_TEST_SUITE_END()
