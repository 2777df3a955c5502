// AtomicFile and read_file_limited: the Windows cases, where POSIX forks or
// makes FIFOs and devices. A child process (core/child) saving over and over
// is killed with TerminateProcess; a named pipe and the NUL device stand for
// the FIFO and /dev/null; a path longer than MAX_PATH, in non-ASCII folders,
// stands for the long names POSIX tests.
#include "atomic_file_cases.hpp"
#include "child_process.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/file_identity.hpp"

#include <boost/test/unit_test.hpp>

#include <windows.h>

#include <chrono>
#include <random>
#include <thread>

using namespace atomic_file_cases;
using extramile::AtomicFile;
using extramile::FileError;
using extramile::read_file_limited;
using extramile::write_file_atomically;

BOOST_AUTO_TEST_SUITE(atomic_file)

// The counterpart of the POSIX SIGKILL case: the saving process ends at a
// random moment, without any of its code running, and the target must be
// one whole version.
BOOST_FIXTURE_TEST_CASE(a_save_killed_at_random_moments_leaves_a_whole_version, TempFolder) {
    const fs::path target = dir / "kill.scorecard.xml";
    const std::vector<std::size_t> sizes{256 * 1024, 320 * 1024, 384 * 1024, 448 * 1024};
    std::vector<std::string> versions;
    for (int v = 0; v < 4; ++v)
        versions.push_back(version_text(v, sizes[static_cast<std::size_t>(v)]));
    spit(target, versions[0]);
    std::vector<std::string> args{"save-forever", extramile::utf8_of(target)};
    for (const auto size : sizes)
        args.push_back(std::to_string(size));

    const unsigned seed = std::random_device{}();
    BOOST_TEST_MESSAGE("kill test seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delay_ms(0, 40);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(8);
    int runs = 0, changed = 0;
    for (; runs < 25 && std::chrono::steady_clock::now() < deadline; ++runs) {
        extramile::test::ChildProcess child(CORE_CHILD, args);
        BOOST_TEST_REQUIRE(child.read_line() == "saving");
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
        child.kill();
        require_whole_version(target, versions, runs, changed);
    }
    BOOST_TEST_MESSAGE("kill test: " << runs << " kills, " << changed << " found a newer version");
    BOOST_TEST(runs >= 10);
    BOOST_TEST(changed >= 1); // the child did save: the kills fell among saves
}

// A reader (a virus scanner, the indexer, a sync client) that has the file
// open without FILE_SHARE_DELETE blocks the rename; for a moment that only
// delays the save, and a reader that stays makes it fail with the old
// version in place and no temporary left.
BOOST_FIXTURE_TEST_CASE(a_reader_holding_the_file_delays_or_fails_the_save_never_half_does_it, TempFolder) {
    const fs::path target = dir / "held.scorecard.xml";
    spit(target, "old");
    const auto hold = [&] {
        return ::CreateFileW(target.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    };
    HANDLE reader = hold();
    BOOST_REQUIRE(reader != INVALID_HANDLE_VALUE);
    std::thread release([reader] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        ::CloseHandle(reader);
    });
    write_file_atomically(target, "new");
    release.join();
    BOOST_TEST(slurp(target) == "new");

    reader = hold();
    BOOST_REQUIRE(reader != INVALID_HANDLE_VALUE);
    try {
        write_file_atomically(target, "newer");
        BOOST_FAIL("expected a FileError while the file is held");
    } catch (const FileError& e) {
        BOOST_TEST_INFO(message_of(e));
        BOOST_TEST(contains(message_of(e), "previous version is unchanged"));
    }
    ::CloseHandle(reader);
    BOOST_TEST(slurp(target) == "new");
    BOOST_TEST(names_in(dir) == std::vector<std::string>{"held.scorecard.xml"}, boost::test_tools::per_element());
}

// Past MAX_PATH (260), in folders named as a Spanish or Italian user's are:
// saved, read back, looked at and replaced again.
BOOST_FIXTURE_TEST_CASE(a_path_past_max_path_in_non_ascii_folders_saves_and_reads, TempFolder) {
    fs::path folder = dir;
    while (folder.native().size() < 300)
        folder /= extramile::path_from_utf8("Entrevistas-José-Città-Ñandú");
    fs::create_directories(folder);
    const fs::path target = folder / extramile::path_from_utf8("Íñigo Pérez.scorecard.xml");
    BOOST_TEST_REQUIRE(target.native().size() > 300u);
    write_file_atomically(target, version_text(1, 5000));
    BOOST_TEST(read_file_limited(target) == version_text(1, 5000));
    const auto entry = extramile::look_at(target);
    BOOST_TEST((entry.kind == extramile::DirectoryEntry::Kind::regular));
    BOOST_TEST(entry.identity.size == 5000);
    write_file_atomically(target, version_text(2, 6000));
    BOOST_TEST(read_file_limited(target) == version_text(2, 6000));
    // Listed with FindFirstFileW on the \\?\ form: libstdc++'s
    // directory_iterator uses the plain calls, which stop at MAX_PATH
    // without Windows' LongPathsEnabled (wine too).
    std::vector<std::string> names;
    WIN32_FIND_DATAW found{};
    const HANDLE search = ::FindFirstFileW((L"\\\\?\\" + folder.native() + L"\\*").c_str(), &found);
    BOOST_REQUIRE(search != INVALID_HANDLE_VALUE);
    do
        if (std::wstring_view(found.cFileName) != L"." && std::wstring_view(found.cFileName) != L"..")
            names.push_back(fs::path(found.cFileName).string());
    while (::FindNextFileW(search, &found));
    ::FindClose(search);
    BOOST_TEST(names == std::vector<std::string>{"Íñigo Pérez.scorecard.xml"}, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(read_refuses_the_nul_device) {
    try {
        read_file_limited("NUL");
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == "NUL is not a regular file (it is a device); choose the XML file itself.");
    }
}

// A named pipe nobody writes to: refused at once, never waited on.
BOOST_AUTO_TEST_CASE(read_refuses_a_named_pipe_without_blocking) {
    const std::wstring name = L"\\\\.\\pipe\\extramile-test-" + std::to_wstring(::GetCurrentProcessId());
    const HANDLE pipe = ::CreateNamedPipeW(name.c_str(), PIPE_ACCESS_OUTBOUND, PIPE_TYPE_BYTE | PIPE_WAIT, 1, 4096,
                                           4096, 0, nullptr);
    BOOST_REQUIRE(pipe != INVALID_HANDLE_VALUE);
    const auto start = std::chrono::steady_clock::now();
    try {
        read_file_limited(fs::path(name));
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST_INFO(message_of(e));
        BOOST_TEST(contains(message_of(e), "(it is a FIFO)"));
    }
    BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::seconds(2)));
    ::CloseHandle(pipe);
}

BOOST_AUTO_TEST_SUITE_END()
