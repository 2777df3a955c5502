// An open scorecard on a disk others change: every outside change is told
// by what is really there (bytes and file identity), never by the revision;
// a link swapped in is never written through; nothing is overwritten.
#include "core/storage/tracked_file.hpp"

#include "core/base/file_error.hpp"
#include "test_paths.hpp"
#include "tracked_file_cases.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <thread>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace extramile;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;
using namespace tracked_file_cases;
using Change = TrackedFile::Change;

BOOST_AUTO_TEST_SUITE(tracked_file)

BOOST_AUTO_TEST_CASE(saves_replace_the_version_last_seen) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    write(file, "version 1");
    std::string bytes;
    auto tracked = TrackedFile::open(file, bytes);
    BOOST_TEST(bytes == "version 1");
    BOOST_TEST(tracked.look().change == Change::none);
    BOOST_TEST(!tracked.save("version 2").has_value());
    BOOST_TEST(read_bytes(file) == "version 2");
    BOOST_TEST(!tracked.save("version 3").has_value());
    BOOST_TEST(read_bytes(file) == "version 3");
    BOOST_TEST(tracked.look().change == Change::none);
}

// The app compared `revision` only: another version with the same revision
// (or another scorecard, already submitted) went unnoticed and the next
// keystroke overwrote it.
BOOST_AUTO_TEST_CASE(another_version_under_the_name_is_never_overwritten) {
    for (const bool in_place : {false, true}) {
        ScratchFolder scratch;
        const auto file = scratch / "a.scorecard.xml";
        write(file, "<scorecard revision=\"4\">mine</scorecard>");
        std::string bytes;
        auto tracked = TrackedFile::open(file, bytes);
        const std::string theirs = "<scorecard revision=\"4\">theirs</scorecard>";
        in_place ? write(file, theirs) : replace(file, theirs);
        const auto look = tracked.look();
        BOOST_TEST(look.change == Change::modified);
        BOOST_TEST(look.bytes == theirs);
        const auto refused = tracked.save("<scorecard revision=\"5\">mine, later</scorecard>");
        BOOST_REQUIRE(refused.has_value());
        BOOST_TEST(refused->change == Change::modified);
        BOOST_TEST(read_bytes(file) == theirs);
        // Once the user chose to build on it, saves go on.
        tracked.adopt(look.bytes);
        BOOST_TEST(!tracked.save("merged").has_value());
        BOOST_TEST(read_bytes(file) == "merged");
    }
}

BOOST_AUTO_TEST_CASE(a_touch_or_the_same_bytes_is_no_change) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    write(file, "same");
    std::string bytes;
    auto tracked = TrackedFile::open(file, bytes);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write); // metadata only
    fs::last_write_time(file, fs::file_time_type::clock::now() + std::chrono::hours(1));
    BOOST_TEST(tracked.look().change == Change::none);
    replace(file, "same"); // a sync engine delivering the bytes we have
    BOOST_TEST(tracked.look().change == Change::none);
    BOOST_TEST(!tracked.save("next").has_value());
}

// A scorecard deleted while open was silently created again at the next
// keystroke (bringing back what HR may have purged).
BOOST_AUTO_TEST_CASE(a_deleted_file_is_not_brought_back_unless_asked) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    write(file, "v1");
    std::string bytes;
    auto tracked = TrackedFile::open(file, bytes);
    fs::remove(file);
    BOOST_TEST(tracked.look().change == Change::deleted);
    BOOST_TEST(tracked.save("v2")->change == Change::deleted);
    BOOST_TEST(!fs::exists(file));
    tracked.expect_nothing(); // the interviewer chose to save it again
    BOOST_TEST(!tracked.save("v2").has_value());
    BOOST_TEST(read_bytes(file) == "v2");
}

BOOST_AUTO_TEST_CASE(a_new_file_is_made_only_where_nothing_is) {
    ScratchFolder scratch;
    const auto file = scratch / "new.scorecard.xml";
    auto tracked = TrackedFile::create(file);
    BOOST_TEST(tracked.look().change == Change::none);
    write(file, "someone else's");
    BOOST_TEST(tracked.save("mine")->change == Change::modified);
    BOOST_TEST(read_bytes(file) == "someone else's");
    fs::remove(file);
    BOOST_TEST(!tracked.save("mine").has_value());
    BOOST_TEST(read_bytes(file) == "mine");
#ifndef _WIN32 // Windows: the folder's ACL, no mode bits (atomic_file.hpp)
    struct stat st {};
    BOOST_TEST_REQUIRE(::stat(file.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
#endif
}

// A change landing between the check and the rename is caught by the
// exchange: swapped back, nothing lost. Hammered from another thread.
BOOST_AUTO_TEST_CASE(a_replacement_racing_the_save_is_never_lost) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    write(file, "v0");
    std::string bytes;
    auto tracked = TrackedFile::open(file, bytes);
    std::atomic<bool> stop{false};
    std::thread other([&] {
        for (int i = 0; !stop; ++i) {
            // Windows refuses to rename over a file another thread has open
            // (here: the save reading it back); a sync engine tries again.
            try {
                replace(file, "theirs " + std::to_string(i));
            } catch (const fs::filesystem_error&) {
            }
            std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
    });
    int saved = 0;
    for (int i = 0; i < 300; ++i) {
        const auto refused = tracked.save("mine " + std::to_string(i));
        if (!refused) {
            ++saved;
            continue;
        }
        tracked.adopt(refused->bytes.empty() ? read_bytes(file) : refused->bytes);
    }
    stop = true;
    other.join();
    // Whatever won last is on disk whole; no temporary is left behind.
    const auto last = read_bytes(file);
    BOOST_TEST((last.rfind("mine ", 0) == 0 || last.rfind("theirs ", 0) == 0), last);
    for (const auto& entry : fs::directory_iterator(scratch.path()))
        BOOST_TEST(!entry.path().filename().string().ends_with(".tmp"), entry.path());
    BOOST_TEST_MESSAGE(saved << " of 300 saves went through between the other's writes");
}

BOOST_AUTO_TEST_SUITE_END()
