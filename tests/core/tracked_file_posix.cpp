// An open scorecard and symbolic links (POSIX: libstdc++ sees none on
// Windows): a link swapped in is never written through, a link opened is
// followed once and then watched. tracked_file_test.cpp has the rest.
#include "core/storage/tracked_file.hpp"

#include "core/base/file_error.hpp"
#include "test_paths.hpp"
#include "tracked_file_cases.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sys/stat.h>

using namespace extramile;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;
using namespace tracked_file_cases;
using Change = TrackedFile::Change;

BOOST_AUTO_TEST_SUITE(tracked_file)

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

BOOST_AUTO_TEST_SUITE_END()
