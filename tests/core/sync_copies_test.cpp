#include "core/storage/sync_copies.hpp"

#include <boost/test/unit_test.hpp>

using namespace extramile;

BOOST_AUTO_TEST_SUITE(sync_copies)

BOOST_AUTO_TEST_CASE(each_engine_is_known_by_the_name_it_gives_its_copies) {
    const std::pair<const char*, SyncEngine> copies[] = {
        // What a real Syncthing 1.19 pair named its copy (tests/sync).
        {"ana-luca.scorecard.sync-conflict-20261201-081323-4OPKA3A.xml", SyncEngine::syncthing},
        {"ana-luca.scorecard (conflicted copy 2026-11-20 101010).xml", SyncEngine::nextcloud},
        {"ana-luca.scorecard (conflicted copy luca 2026-11-20 101010).xml", SyncEngine::nextcloud},
        {"ana-luca.scorecard_conflict-20261120-101010.xml", SyncEngine::owncloud},
        {"ana-luca.scorecard (Luca's conflicted copy 2026-11-20).xml", SyncEngine::dropbox},
        {"ana-luca.scorecard (Luca's conflicted copy 2026-11-20 (1)).xml", SyncEngine::dropbox},
        {"ana-luca.scorecard-LAPTOP-3.xml", SyncEngine::onedrive},
        {"ana-luca.scorecard.kept-20261201-093000.xml", SyncEngine::extramile},
        {"ana-luca.scorecard.kept-20261201-093000-2.xml", SyncEngine::extramile},
        {"ana-luca.scorecard (1).xml", SyncEngine::unknown},
    };
    for (const auto& [name, engine] : copies) {
        const auto copy = sync_copy_of(name);
        BOOST_TEST_REQUIRE(copy.has_value(), name);
        BOOST_TEST((copy->engine == engine), name);
        BOOST_TEST(copy->original == "ana-luca.scorecard.xml", name);
    }
}

BOOST_AUTO_TEST_CASE(ordinary_names_are_no_copies) {
    for (const char* name : {"ana-luca.scorecard.xml", "ana-luca.rubric.xml", "ana.xml", "scorecard.xml",
                             "ana-luca.scorecardish.xml", "ana.scorecard.xml.tmp"})
        BOOST_TEST(!sync_copy_of(name), name);
    BOOST_TEST(sync_copy_of("ana.decision.sync-conflict-20261201-081323-4OPKA3A.xml", ".decision")->original ==
               "ana.decision.xml");
}

BOOST_AUTO_TEST_SUITE_END()
