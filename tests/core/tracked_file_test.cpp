// An open scorecard on a disk others change: every outside change is told
// by what is really there (bytes and file identity), never by the revision;
// a link swapped in is never written through; nothing is overwritten.
#include "core/storage/tracked_file.hpp"

#include "core/base/file_error.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace extramile;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;
using Change = TrackedFile::Change;

namespace {

void write(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Replaced the way a sync engine does it: a new file renamed over the name.
void replace(const fs::path& file, const std::string& bytes) {
    write(file.string() + ".new", bytes);
    fs::rename(file.string() + ".new", file);
}

} // namespace

namespace extramile {
std::ostream& operator<<(std::ostream& out, TrackedFile::Change change) { return out << static_cast<int>(change); }
} // namespace extramile

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
    ::chmod(file.c_str(), 0640);
    fs::last_write_time(file, fs::file_time_type::clock::now() + std::chrono::hours(1));
    BOOST_TEST(tracked.look().change == Change::none);
    replace(file, "same"); // a sync engine delivering the bytes we have
    BOOST_TEST(tracked.look().change == Change::none);
    BOOST_TEST(!tracked.save("next").has_value());
}

// While a scorecard was open, replacing it with a dangling link to
// ~/.config/autostart/x.desktop made the next save create that file with the
// candidate's notes.
BOOST_AUTO_TEST_CASE(a_link_swapped_in_is_never_written_through) {
    ScratchFolder scratch;
    const auto file = scratch / "a.scorecard.xml";
    const auto outside = scratch / "autostart" / "x.desktop";
    fs::create_directories(outside.parent_path());
    write(file, "notes");
    std::string bytes;
    auto tracked = TrackedFile::open(file, bytes);
    fs::remove(file);
    fs::create_symlink(outside, file);
    BOOST_TEST(tracked.look().change == Change::link);
    const auto refused = tracked.save("the candidate's notes");
    BOOST_REQUIRE(refused.has_value());
    BOOST_TEST(refused->change == Change::link);
    BOOST_TEST(!fs::exists(outside));
    BOOST_TEST(fs::is_symlink(file));
    // A link to an existing file outside is not written through either.
    write(outside, "someone's file");
    BOOST_TEST(tracked.save("the candidate's notes").has_value());
    BOOST_TEST(read_bytes(outside) == "someone's file");
    // Nor a folder or a FIFO put in its place.
    fs::remove(file);
    BOOST_REQUIRE(mkfifo(file.c_str(), 0600) == 0);
    BOOST_TEST(tracked.save("x")->change == Change::not_a_file);
}

BOOST_AUTO_TEST_CASE(a_link_opened_is_followed_once_then_watched) {
    ScratchFolder scratch;
    const auto real = scratch / "real" / "a.scorecard.xml";
    const auto link = scratch / "a.scorecard.xml";
    fs::create_directories(real.parent_path());
    write(real, "v1");
    fs::create_symlink(real, link);
    std::string bytes;
    auto tracked = TrackedFile::open(link, bytes);
    BOOST_TEST(tracked.file() == fs::canonical(real));
    BOOST_TEST(!tracked.save("v2").has_value());
    BOOST_TEST(fs::is_symlink(link)); // the link is kept, the file replaced
    BOOST_TEST(read_bytes(real) == "v2");
    // Pointed elsewhere: a change, and the new target is never written.
    const auto other = scratch / "other.scorecard.xml";
    write(other, "other");
    fs::remove(link);
    fs::create_symlink(other, link);
    BOOST_TEST(tracked.look().change == Change::link_changed);
    BOOST_TEST(tracked.save("v3")->change == Change::link_changed);
    BOOST_TEST(read_bytes(other) == "other");
    BOOST_TEST(read_bytes(real) == "v2");
    // Building on it from now on edits the file itself, never the new target.
    tracked.adopt(read_bytes(real));
    BOOST_TEST(!tracked.save("v3").has_value());
    BOOST_TEST(read_bytes(real) == "v3");
    BOOST_TEST(read_bytes(other) == "other");
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
    struct stat st {};
    BOOST_TEST_REQUIRE(::stat(file.c_str(), &st) == 0);
    BOOST_TEST((st.st_mode & 0777) == 0600u);
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
            replace(file, "theirs " + std::to_string(i));
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
