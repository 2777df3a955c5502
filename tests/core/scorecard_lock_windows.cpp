// The scorecard lock between two processes on Windows: a second program
// (core/child) holds it while this one tries, then is killed as a crash
// would end it, leaving its lock behind for OpenProcess to find stale.
#include "child_process.hpp"
#include "test_paths.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/scorecard_lock.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace extramile;

BOOST_AUTO_TEST_SUITE(scorecard_lock)

BOOST_AUTO_TEST_CASE(a_lock_held_by_a_second_process_stands_until_it_is_gone) {
    test::ScratchFolder folder;
    const auto card = folder / "José Núñez.scorecard.xml";
    test::ChildProcess holder(CORE_CHILD, {"hold-lock", utf8_of(card), "Luca"});
    BOOST_TEST_REQUIRE(holder.read_line() == "held");

    ScorecardLock mine(card, "Marta");
    BOOST_TEST((mine.state() == ScorecardLock::State::other));
    BOOST_REQUIRE(mine.owner().has_value());
    BOOST_TEST(mine.owner()->user == "Luca");
    BOOST_TEST(mine.owner()->pid == holder.pid());
    BOOST_TEST(mine.on_this_host());
    BOOST_TEST(!mine.held());

    // Killed: no destructor releases it, the file stays, and its process is gone.
    holder.kill();
    BOOST_TEST(std::filesystem::exists(ScorecardLock::lock_path(card)));
    ScorecardLock after(card, "Marta");
    BOOST_TEST(after.held(), after.problem());
}

BOOST_AUTO_TEST_CASE(a_lock_released_by_the_second_process_is_free) {
    test::ScratchFolder folder;
    const auto card = folder / "g.scorecard.xml";
    {
        test::ChildProcess holder(CORE_CHILD, {"hold-lock", utf8_of(card), "Luca"});
        BOOST_TEST_REQUIRE(holder.read_line() == "held");
        BOOST_TEST(!ScorecardLock(card, "Marta").held());
        BOOST_TEST(holder.finish() == 0); // stdin closed: it releases and ends
    }
    BOOST_TEST(!std::filesystem::exists(ScorecardLock::lock_path(card)));
    BOOST_TEST(ScorecardLock(card, "Marta").held());
}

BOOST_AUTO_TEST_SUITE_END()
