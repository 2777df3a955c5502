#include "core/storage/scorecard_lock.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <fstream>
#include <functional>

// --- platform split: this process, and one that is surely gone ---
#ifdef _WIN32
#include "child_process.hpp"
#include <windows.h>
#else
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace extramile;

namespace {

#ifdef _WIN32

// A process id that is surely not running: a child that has ended (Windows
// reuses ids, but not while a handle to the ended process is still open...
// which ChildProcess closes; a reuse within the test's second is unlikely
// and would only make the lock stand, failing the test, never passing it).
long dead_pid() {
    test::ChildProcess child(CORE_CHILD, {"exit"});
    child.finish();
    return child.pid();
}

long this_pid() { return static_cast<long>(::GetCurrentProcessId()); }

std::string host() {
    wchar_t name[256] = {};
    DWORD size = 256;
    ::GetComputerNameExW(ComputerNameDnsHostname, name, &size);
    return std::filesystem::path(std::wstring(name, size)).string();
}

#else

// A process id that is surely not running: a child that has exited and been reaped.
long dead_pid() {
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

long this_pid() { return static_cast<long>(getpid()); }

std::string host() {
    char name[256] = {};
    gethostname(name, sizeof name - 1);
    return name;
}

#endif

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
        BOOST_TEST(second.owner()->pid == this_pid());
        BOOST_TEST(second.owner()->host == host());
        BOOST_TEST((second.state() == ScorecardLock::State::other));
        BOOST_TEST(second.on_this_host());
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
    BOOST_TEST((lock.state() == ScorecardLock::State::unavailable));
    BOOST_TEST(!lock.owner().has_value());
    BOOST_TEST(lock.problem().find("missing") != std::string::npos, lock.problem());
}

// A FIFO named as the lock blocked the app forever before any window; a link
// to /dev/zero made it read gigabytes; an empty, garbage or folder lock let
// two programs edit one file. Each is now a lock held by a program unknown,
// found at once, and a person may take it over. (FIFOs and symlinks are
// POSIX's; Windows meets the other three.)
BOOST_AUTO_TEST_CASE(a_lock_that_cannot_be_read_is_held_by_someone_unknown) {
    const std::vector<std::pair<std::string, std::function<void(const std::filesystem::path&)>>> odd_locks{
#ifndef _WIN32
        {"a FIFO", [](const auto& p) { BOOST_REQUIRE(mkfifo(p.c_str(), 0600) == 0); }},
        {"a link", [](const auto& p) { std::filesystem::create_symlink("/dev/zero", p); }},
#endif
        {"empty", [](const auto& p) { std::ofstream{p}; }},
        {"does not say", [](const auto& p) { std::ofstream(p) << std::string(100000, 'x'); }},
        {"a folder", [](const auto& p) { std::filesystem::create_directory(p); }},
    };
    for (const auto& [what, make] : odd_locks) {
        test::ScratchFolder folder;
        const auto card = folder / "e.scorecard.xml";
        make(ScorecardLock::lock_path(card));
        const auto start = std::chrono::steady_clock::now();
        ScorecardLock lock(card, "Marta");
        const bool quick = std::chrono::steady_clock::now() - start < std::chrono::seconds(1);
        BOOST_TEST(quick, what);
        BOOST_TEST((lock.state() == ScorecardLock::State::unknown), what << ": " << lock.problem());
        BOOST_TEST(lock.problem().find(what) != std::string::npos, lock.problem());
        BOOST_TEST(lock.take_over(), what);
        BOOST_TEST(lock.held());
        lock.release();
        BOOST_TEST(!std::filesystem::exists(std::filesystem::symlink_status(ScorecardLock::lock_path(card))), what);
    }
}

BOOST_AUTO_TEST_CASE(another_hosts_lock_can_be_taken_over_when_a_person_says_so) {
    test::ScratchFolder folder;
    const auto card = folder / "f.scorecard.xml";
    std::ofstream(ScorecardLock::lock_path(card)) << "host=laptop-7.example\npid=4242\nuser=Luca\nsince=2026-01-01T00:00:00Z\n";
    ScorecardLock lock(card, "Marta");
    BOOST_TEST((lock.state() == ScorecardLock::State::other));
    BOOST_TEST(!lock.on_this_host());
    BOOST_TEST(lock.take_over());
    ScorecardLock second(card, "Luca");
    BOOST_TEST((second.state() == ScorecardLock::State::other));
    BOOST_TEST(second.owner()->user == "Marta");
}

// A scorecard name too long for ".NAME.lock" got no lock at all, so two
// programs edited it with no notice.
BOOST_AUTO_TEST_CASE(a_long_name_still_gets_a_lock_of_its_own) {
    test::ScratchFolder folder;
    const auto long_a = folder / (std::string(240, 'a') + "ñ.scorecard.xml");
    const auto long_b = folder / (std::string(240, 'a') + "b.scorecard.xml");
    ScorecardLock first(long_a, "Luca");
    BOOST_TEST(first.held(), first.problem());
    BOOST_TEST(ScorecardLock::lock_path(long_a).filename().string().size() <= 255u);
    ScorecardLock second(long_a, "Marta");
    BOOST_TEST(!second.held());
    ScorecardLock other_file(long_b, "Marta");
    BOOST_TEST(other_file.held()); // not the same lock as long_a's
}

BOOST_AUTO_TEST_SUITE_END()
