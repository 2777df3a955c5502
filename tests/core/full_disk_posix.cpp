// A full disk and a read-only disk, for real: a 64 KiB tmpfs mounted for the
// test (needs root, as the CI machine runs; elsewhere the tests are reported
// as skipped). Saving fails with a clear error and the scorecard already on
// disk stays whole.
#include "core/storage/atomic_file.hpp"
#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

using namespace extramile;
namespace fs = std::filesystem;

namespace {

struct SmallDisk {
    SmallDisk() {
        fs::create_directories(folder());
        mounted = ::mount("tmpfs", folder().c_str(), "tmpfs", 0, "size=64k,mode=0700") == 0;
        BOOST_REQUIRE_MESSAGE(mounted, "could not mount a tmpfs: " << std::strerror(errno));
    }
    ~SmallDisk() {
        if (mounted)
            ::umount(folder().c_str());
    }
    fs::path folder() const { return scratch.path() / "disk"; }
    // Fills what is left with one file, leaving `spare` bytes or less.
    void fill(std::size_t spare) {
        std::ofstream filler(folder() / "filler", std::ios::binary);
        const std::string block(1024, 'x');
        while (fs::space(folder()).available > spare + block.size() && filler.write(block.data(), block.size()))
            filler.flush();
    }
    test::ScratchFolder scratch;
    bool mounted = false;
};

boost::test_tools::assertion_result running_as_root(boost::unit_test::test_unit_id) {
    boost::test_tools::assertion_result result(geteuid() == 0);
    result.message() << "mounting a small disk needs root";
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(full_disk, *boost::unit_test::precondition(running_as_root))

BOOST_AUTO_TEST_CASE(saving_on_a_full_disk_fails_clearly_and_keeps_the_old_file) {
    SmallDisk disk;
    const auto path = disk.folder() / "ana.scorecard.xml";
    auto scorecard = read_scorecard(test::data("good/ana-perez.scorecard.xml"));
    save_scorecard(path, scorecard);
    const auto before = read_scorecard(path);
    disk.fill(512);

    scorecard.set_note("giving.four-people", std::string(40000, 'n'));
    try {
        save_scorecard(path, scorecard);
        BOOST_FAIL("saving 40 KB on a full disk succeeded");
    } catch (const FileError& e) {
        const std::string message = e.what();
        BOOST_TEST(message.find(path.filename().string()) != std::string::npos, message);
        BOOST_TEST(message.find("space") != std::string::npos, message);
    }
    BOOST_TEST((read_scorecard(path) == before));
    for (const auto& entry : fs::directory_iterator(disk.folder()))
        BOOST_TEST((entry.path().filename() == "filler" || entry.path() == path), entry.path());
}

BOOST_AUTO_TEST_CASE(a_file_that_fits_still_saves_when_space_is_short) {
    SmallDisk disk;
    const auto path = disk.folder() / "b.scorecard.xml";
    auto scorecard = read_scorecard(test::data("good/minimal.scorecard.xml"));
    save_scorecard(path, scorecard);
    disk.fill(8192);
    scorecard.set_note("giving.four-people", "short");
    save_scorecard(path, scorecard);
    BOOST_TEST(read_scorecard(path).note_on("giving.four-people") == "short");
}

BOOST_AUTO_TEST_CASE(a_read_only_disk_is_explained_and_nothing_changes) {
    SmallDisk disk;
    const auto path = disk.folder() / "c.scorecard.xml";
    auto scorecard = read_scorecard(test::data("good/ana-perez.scorecard.xml"));
    save_scorecard(path, scorecard);
    const auto before = read_scorecard(path);
    // Root writes through permission bits; a read-only mount stops everyone.
    BOOST_REQUIRE(::mount(nullptr, disk.folder().c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
    scorecard.set_note("giving.four-people", "changed");
    try {
        save_scorecard(path, scorecard);
        BOOST_FAIL("saving on a read-only disk succeeded");
    } catch (const FileError& e) {
        BOOST_TEST(std::string(e.what()).find(path.parent_path().string()) != std::string::npos, e.what());
    }
    BOOST_TEST((read_scorecard(path) == before));
}

BOOST_AUTO_TEST_SUITE_END()
