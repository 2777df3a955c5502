#include "core/storage/scorecard_lock.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

using namespace extramile;

namespace {

// A process id that is surely not running: a child that has exited and been reaped.
long dead_pid() {
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

std::string host() {
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

} // namespace

BOOST_AUTO_TEST_SUITE(scorecard_lock)

BOOST_AUTO_TEST_CASE(the_second_opener_learns_who_holds_it) {
    test::ScratchFolder folder;
    const auto card = folder / "ana.scorecard.xml";
    {
        ScorecardLock first(card, "Luca");
        BOOST_REQUIRE(first.held());
        BOOST_TEST(std::filesystem::exists(ScorecardLock::lock_path(card)));
        BOOST_TEST(ScorecardLock::lock_path(card).filename().string() == ".ana.scorecard.xml.lock");
        ScorecardLock second(card, "Marta");
        BOOST_TEST(!second.held());
        BOOST_REQUIRE(second.owner().has_value());
        BOOST_TEST(second.owner()->user == "Luca");
        BOOST_TEST(second.owner()->pid == static_cast<long>(getpid()));
        BOOST_TEST(second.owner()->describe().find("Luca on " + host()) == 0u);
    }
    // Released with the first: the lock file is gone and the next opener gets it.
    BOOST_TEST(!std::filesystem::exists(ScorecardLock::lock_path(card)));
    ScorecardLock third(card, "Marta");
    BOOST_TEST(third.held());
}

BOOST_AUTO_TEST_CASE(a_lock_left_by_a_dead_process_is_taken_over) {
    test::ScratchFolder folder;
    const auto card = folder / "b.scorecard.xml";
    std::ofstream(ScorecardLock::lock_path(card)) << "host=" << host() << "\npid=" << dead_pid()
                                                   << "\nuser=Luca\nsince=2026-01-01T00:00:00Z\n";
    ScorecardLock lock(card, "Marta");
    BOOST_TEST(lock.held());
}

BOOST_AUTO_TEST_CASE(a_lock_from_another_host_stands) {
    test::ScratchFolder folder;
    const auto card = folder / "c.scorecard.xml";
    std::ofstream(ScorecardLock::lock_path(card)) << "host=some-other-host.example\npid=" << dead_pid()
                                                   << "\nuser=Luca\nsince=2026-01-01T00:00:00Z\n";
    ScorecardLock lock(card, "Marta");
    BOOST_TEST(!lock.held());
    BOOST_REQUIRE(lock.owner().has_value());
    BOOST_TEST(lock.owner()->host == "some-other-host.example");
    // Releasing a lock we do not hold leaves the other's lock alone.
    lock.release();
    BOOST_TEST(std::filesystem::exists(ScorecardLock::lock_path(card)));
}

BOOST_AUTO_TEST_CASE(a_folder_that_cannot_hold_the_lock_is_a_problem_not_an_owner) {
    test::ScratchFolder folder;
    ScorecardLock lock(folder / "missing" / "d.scorecard.xml", "Marta");
    BOOST_TEST(!lock.held());
    BOOST_TEST(!lock.owner().has_value());
    BOOST_TEST(lock.problem().find("missing") != std::string::npos, lock.problem());
}

BOOST_AUTO_TEST_SUITE_END()
