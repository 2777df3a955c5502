// POSIX only: links, FIFOs and folders one may not enter are what it lays
// out. The folder walk lists with readdir (core/storage/native_file.hpp);
// what it hands on and what it passes over must be what a reader of a
// shared folder expects, whatever the entry's type says.
#include "core/storage/folder_walk.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <algorithm>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace extramile;
using extramile::test::ScratchFolder;
namespace fs = std::filesystem;

namespace {

// What a walk hands on, sorted: "its path (relative to the folder): its name @ its depth".
std::vector<std::string> walked(const fs::path& folder, std::vector<Problem>& problems) {
    std::vector<std::string> seen;
    walk_folder(
        folder,
        [&](fs::path& file, const std::string& name, int depth) {
            seen.push_back(file.lexically_relative(folder).string() + ": " + name + " @ " + std::to_string(depth));
        },
        problems);
    std::sort(seen.begin(), seen.end());
    return seen;
}

} // namespace

BOOST_AUTO_TEST_SUITE(folder_walk)

BOOST_AUTO_TEST_CASE(links_to_folders_are_not_followed_and_every_other_entry_is_handed_on) {
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder / "week 2" / "late");
    fs::create_directories(scratch / "outside");
    std::ofstream(folder / "ana.scorecard.xml") << "<scorecard/>";
    std::ofstream(folder / "week 2" / "late" / "bo.scorecard.xml") << "<scorecard/>";
    std::ofstream(scratch / "outside" / "elsewhere.scorecard.xml") << "<scorecard/>";
    std::ofstream(folder / ".ana.scorecard.xml.tmp") << "half a save";
    fs::create_directories(folder / ".git");
    std::ofstream(folder / ".git" / "x.scorecard.xml") << "<scorecard/>";
    fs::create_directory_symlink(scratch / "outside", folder / "outside");  // leads out of the folder
    fs::create_directory_symlink("..", folder / "week 2" / "up");          // round in a loop
    fs::create_symlink("ana.scorecard.xml", folder / "linked.scorecard.xml"); // a link to a file: a file
    fs::create_symlink("gone.scorecard.xml", folder / "dangling.scorecard.xml");
    BOOST_REQUIRE(::mkfifo((folder / "pipe.scorecard.xml").c_str(), 0600) == 0);

    std::vector<Problem> problems;
    const auto seen = walked(folder, problems);
    BOOST_TEST(problems.empty());
    const std::vector<std::string> expected{
        "ana.scorecard.xml: ana.scorecard.xml @ 0",
        "dangling.scorecard.xml: dangling.scorecard.xml @ 0", // for its reader to say it leads nowhere
        "linked.scorecard.xml: linked.scorecard.xml @ 0",
        "pipe.scorecard.xml: pipe.scorecard.xml @ 0", // for its reader to say it is a FIFO
        "week 2/late/bo.scorecard.xml: bo.scorecard.xml @ 2",
    };
    BOOST_TEST(seen == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_folder_below_that_may_not_be_entered_is_passed_over_and_the_rest_walked) {
    if (::geteuid() == 0)
        return; // root enters every folder: nothing to show
    ScratchFolder scratch;
    const auto folder = scratch / "round";
    fs::create_directories(folder / "private");
    std::ofstream(folder / "private" / "x.scorecard.xml") << "<scorecard/>";
    std::ofstream(folder / "ana.scorecard.xml") << "<scorecard/>";
    fs::permissions(folder / "private", fs::perms::none);
    std::vector<Problem> problems;
    const auto seen = walked(folder, problems);
    fs::permissions(folder / "private", fs::perms::owner_all);
    BOOST_TEST(problems.empty());
    BOOST_TEST(seen == std::vector<std::string>{"ana.scorecard.xml: ana.scorecard.xml @ 0"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_folder_that_cannot_be_read_is_a_problem_naming_it) {
    ScratchFolder scratch;
    std::ofstream(scratch / "not-a-folder.xml") << "<scorecard/>";
    for (const auto& path : {scratch / "not-a-folder.xml", scratch / "missing"}) {
        std::vector<Problem> problems;
        BOOST_TEST(walked(path, problems).empty());
        BOOST_TEST_REQUIRE(problems.size() == 1u);
        BOOST_TEST(problems[0].file == path.string());
        BOOST_TEST(problems[0].message.starts_with("could not read the folder: "), problems[0].message);
    }
}

BOOST_AUTO_TEST_SUITE_END()
