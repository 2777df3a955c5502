// AtomicFile and read_file_limited: the POSIX cases (modes and owners,
// symlinks, FIFOs, devices, sockets, a file-size limit). Several cases fork:
// a child is the only honest way to die mid-save, and (when the tests run as
// root) the only way to meet a permission error.
#include "atomic_file_cases.hpp"

#include "core/storage/atomic_file.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <grp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace atomic_file_cases;
using extramile::AtomicFile;
using extramile::FileError;
using extramile::read_file_limited;
using extramile::write_file_atomically;

namespace {

class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask) : old_(::umask(mask)) {}
    ~UmaskGuard() { ::umask(old_); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t old_;
};

// Octal text, so a failing mode check prints "640" rather than "416".
std::string mode_of(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0)
        return "missing";
    std::ostringstream out;
    out << std::oct << (st.st_mode & 07777);
    return out.str();
}

// Unflushed output would be duplicated by a child that flushes on its way
// out (valgrind's exit path does).
pid_t fork_flushed() {
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    return ::fork();
}

// Exit status of `body` run in a child; -1 if the child did not exit normally.
template <class Body> int in_child(Body body) {
    const pid_t pid = fork_flushed();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        int code = 125;
        try {
            code = body();
        } catch (...) {
            code = 126;
        }
        // _exit: the child must not run Boost.Test's or anyone's exit handlers.
        ::_exit(code);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

constexpr int not_dropped = 77;

// Root ignores permission bits, so permission tests run as "nobody" in a child.
bool drop_to_nobody() {
    constexpr uid_t nobody = 65534;
    return ::setgroups(0, nullptr) == 0 && ::setgid(nobody) == 0 && ::setuid(nobody) == 0 &&
           ::geteuid() == nobody;
}

} // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_FIXTURE_TEST_CASE(new_file_is_0600_whatever_the_umask, TempFolder) {
    const std::string content = "<scorecard/>\n";
    for (const mode_t mask : {mode_t{022}, mode_t{077}, mode_t{0}}) {
        const UmaskGuard guard(mask);
        const fs::path target = dir / ("umask" + std::to_string(mask) + ".scorecard.xml");
        write_file_atomically(target, content);
        BOOST_TEST(slurp(target) == content);
        BOOST_TEST(mode_of(target) == "600");
    }
    // An explicit mode is also exact: the umask neither loosens nor tightens it.
    const UmaskGuard guard(077);
    write_file_atomically(dir / "shared.xml", content, 0644);
    BOOST_TEST(mode_of(dir / "shared.xml") == "644");
}

BOOST_FIXTURE_TEST_CASE(replaces_an_existing_file_keeping_its_mode, TempFolder) {
    const fs::path target = dir / "kim.scorecard.xml";
    spit(target, std::string(10000, 'o'));
    BOOST_REQUIRE(::chmod(target.c_str(), 0640) == 0);
    const bool root = ::geteuid() == 0;
    if (root)
        BOOST_REQUIRE(::chown(target.c_str(), 1234, 5678) == 0);

    // Shorter than the old content, so leftover old bytes would show.
    write_file_atomically(target, "<scorecard v=\"2\"/>\n");

    BOOST_TEST(slurp(target) == "<scorecard v=\"2\"/>\n");
    BOOST_TEST(mode_of(target) == "640");
    if (root) {
        struct stat st {};
        BOOST_REQUIRE(::stat(target.c_str(), &st) == 0);
        BOOST_TEST(st.st_uid == 1234u);
        BOOST_TEST(st.st_gid == 5678u);
    }
}

BOOST_FIXTURE_TEST_CASE(symlinked_target_is_followed_and_kept, TempFolder) {
    fs::create_directories(dir / "real");
    fs::create_directories(dir / "links");
    const fs::path real = dir / "real" / "lee.scorecard.xml";
    spit(real, "old");
    const fs::path link = dir / "links" / "lee.xml";
    fs::create_symlink("../real/lee.scorecard.xml", link);
    const fs::path link_to_link = dir / "links" / "again.xml";
    fs::create_symlink("lee.xml", link_to_link);

    {
        AtomicFile file(link_to_link);
        BOOST_TEST(file.target() == fs::canonical(real));
        // The temporary must be beside the real file, or rename() could not be atomic.
        BOOST_TEST(file.temp_path().parent_path() == fs::canonical(dir / "real"));
        file.write("new");
        file.commit();
    }
    BOOST_TEST(fs::is_symlink(link_to_link));
    BOOST_TEST(fs::is_symlink(link));
    BOOST_TEST(fs::read_symlink(link) == fs::path("../real/lee.scorecard.xml"));
    BOOST_TEST(slurp(real) == "new");
    BOOST_TEST(names_in(dir / "real") == std::vector<std::string>{"lee.scorecard.xml"},
               boost::test_tools::per_element());

    // A dangling link is a promise of where the file goes: create it there.
    const fs::path dangling = dir / "links" / "future.xml";
    fs::create_symlink("../real/future.scorecard.xml", dangling);
    write_file_atomically(dangling, "first");
    BOOST_TEST(fs::is_symlink(dangling));
    BOOST_TEST(slurp(dir / "real" / "future.scorecard.xml") == "first");

    const fs::path loop = dir / "loop.xml";
    fs::create_symlink("loop.xml", loop);
    BOOST_CHECK_THROW(AtomicFile{loop}, FileError);
}

BOOST_FIXTURE_TEST_CASE(unwritable_folder_is_reported_and_original_kept, TempFolder) {
    const fs::path target = dir / "read-only.scorecard.xml";
    spit(target, "original");
    BOOST_REQUIRE(::chmod(target.c_str(), 0644) == 0);
    // 0555: others (and, for a non-root owner, the owner too) may enter, not write.
    BOOST_REQUIRE(::chmod(dir.c_str(), 0555) == 0);
    const bool root = ::geteuid() == 0;

    const int code = in_child([&] {
        if (root && !drop_to_nobody())
            return not_dropped;
        try {
            write_file_atomically(target, "replacement");
            return 1;
        } catch (const FileError& e) {
            return contains(message_of(e), dir.string()) && contains(message_of(e), "permission")
                       ? 0
                       : 2;
        }
    });
    if (code == not_dropped) {
        BOOST_TEST_MESSAGE("skipped: running as root and cannot drop to nobody, and root "
                           "writes to any folder; the missing-folder case still runs");
        return;
    }
    BOOST_TEST(code == 0);
    BOOST_TEST(slurp(target) == "original");
    BOOST_TEST(names_in(dir) == std::vector<std::string>{"read-only.scorecard.xml"},
               boost::test_tools::per_element());
}

// Not a full disk (that needs a root-only small mount and is covered elsewhere),
// but a real failing write(2): the file-size limit makes the kernel refuse with
// EFBIG part-way through.
BOOST_FIXTURE_TEST_CASE(failed_write_keeps_original_and_leaves_no_temp, TempFolder) {
    const fs::path target = dir / "big.scorecard.xml";
    spit(target, "original");
    const int code = in_child([&] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{4096, 4096};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return 10;
        AtomicFile file(target);
        try {
            file.write(std::string(100000, 'n'));
            return 1;
        } catch (const FileError& e) {
            if (!contains(message_of(e), "Could not write") ||
                !contains(message_of(e), "previous version is unchanged"))
                return 2;
        }
        try {
            file.commit();
            return 3;
        } catch (const std::logic_error&) {
        }
        return 0;
    });
    BOOST_TEST(code == 0);
    BOOST_TEST(slurp(target) == "original");
    BOOST_TEST(names_in(dir) == std::vector<std::string>{"big.scorecard.xml"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(read_notices_a_file_growing_past_the_limit) {
    // /proc files claim size 0 and then produce content: the same shape as a
    // file that grows after fstat.
    const fs::path status = "/proc/self/status";
    if (!fs::is_regular_file(status)) {
        BOOST_TEST_MESSAGE("skipped: no /proc");
        return;
    }
    BOOST_TEST(!read_file_limited(status).empty());
    try {
        read_file_limited(status, 16);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST_INFO(message_of(e));
        BOOST_TEST(contains(message_of(e), "grew while being read"));
    }
}

BOOST_FIXTURE_TEST_CASE(read_refuses_a_fifo_without_blocking, TempFolder) {
    const fs::path fifo = dir / "pipe.xml";
    BOOST_REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Should the open block after all, the alarm turns a hung run into a failure.
    ::alarm(5);
    try {
        read_file_limited(fifo);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == fifo.string() + " is not a regular file (it is a FIFO); "
                                                    "choose the XML file itself.");
    }
    ::alarm(0);
}

BOOST_FIXTURE_TEST_CASE(read_refuses_a_device_and_a_socket, TempFolder) {
    try {
        read_file_limited("/dev/null");
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST(message_of(e) == "/dev/null is not a regular file (it is a device); "
                                    "choose the XML file itself.");
    }

    const fs::path socket_path = dir / "socket.xml";
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    BOOST_REQUIRE(sock >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    BOOST_REQUIRE(socket_path.string().size() < sizeof address.sun_path);
    socket_path.string().copy(address.sun_path, sizeof address.sun_path - 1);
    const int bound = ::bind(sock, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    ::close(sock);
    BOOST_REQUIRE(bound == 0);
    try {
        read_file_limited(socket_path);
        BOOST_FAIL("expected a FileError");
    } catch (const FileError& e) {
        BOOST_TEST_INFO(message_of(e));
        BOOST_TEST(contains(message_of(e), "is not a regular file"));
    }
}

BOOST_FIXTURE_TEST_CASE(read_reports_permission_denied, TempFolder) {
    const fs::path secret = dir / "secret.scorecard.xml";
    spit(secret, "private");
    BOOST_REQUIRE(::chmod(secret.c_str(), 0000) == 0);
    BOOST_REQUIRE(::chmod(dir.c_str(), 0755) == 0);
    const bool root = ::geteuid() == 0;
    const int code = in_child([&] {
        if (root && !drop_to_nobody())
            return not_dropped;
        try {
            read_file_limited(secret);
            return 1;
        } catch (const FileError& e) {
            return contains(message_of(e), "permission") ? 0 : 2;
        }
    });
    if (code == not_dropped) {
        BOOST_TEST_MESSAGE("skipped: running as root and cannot drop to nobody");
        return;
    }
    BOOST_TEST(code == 0);
}

// A child dies (_exit skips every destructor, just like SIGKILL) at each
// step of a save; the target must be wholly old or wholly new.
BOOST_FIXTURE_TEST_CASE(crash_at_each_step_leaves_old_or_new, TempFolder) {
    const fs::path target = dir / "crash.scorecard.xml";
    const std::string old_text = version_text(1, 300 * 1024);
    const std::string new_text = version_text(2, 200 * 1024);
    enum Step { before_write, mid_write, after_write, after_commit };

    for (const Step step : {before_write, mid_write, after_write, after_commit}) {
        BOOST_TEST_CONTEXT("dying at step " << step) {
            spit(target, old_text);
            const pid_t pid = fork_flushed();
            BOOST_REQUIRE(pid >= 0);
            if (pid == 0) {
                try {
                    AtomicFile file(target);
                    if (step == before_write)
                        ::_exit(0);
                    file.write(std::string_view(new_text).substr(0, new_text.size() / 2));
                    if (step == mid_write)
                        ::_exit(0);
                    file.write(std::string_view(new_text).substr(new_text.size() / 2));
                    if (step == after_write)
                        ::_exit(0);
                    file.commit();
                    ::_exit(0);
                } catch (...) {
                    ::_exit(1);
                }
            }
            int status = 0;
            while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
            BOOST_TEST((WIFEXITED(status) && WEXITSTATUS(status) == 0));
            const std::string now = slurp(target);
            BOOST_TEST((now == (step == after_commit ? new_text : old_text)));
        }
    }
}

// SIGKILL at random moments while a child saves over and over. The check is
// only on the target: temporaries left by a kill are inherent and harmless.
BOOST_FIXTURE_TEST_CASE(sigkill_at_random_moments_leaves_a_whole_version, TempFolder) {
    const fs::path target = dir / "kill.scorecard.xml";
    // Varying sizes, so a truncated or over-long mix of versions is caught too.
    std::vector<std::string> versions;
    for (int v = 0; v < 4; ++v)
        versions.push_back(version_text(v, (256 + 64 * v) * 1024));
    spit(target, versions[0]);

    const unsigned seed = std::random_device{}();
    BOOST_TEST_MESSAGE("sigkill test seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delay_us(0, 6000);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(2500);
    int runs = 0;
    int changed = 0;
    for (; runs < 40 && std::chrono::steady_clock::now() < deadline; ++runs) {
        const pid_t pid = fork_flushed();
        BOOST_REQUIRE(pid >= 0);
        if (pid == 0) {
            try {
                for (std::size_t k = 1;; ++k) {
                    const std::string& text = versions[k % versions.size()];
                    AtomicFile file(target);
                    // Many small writes, so a kill often lands mid-write.
                    for (std::size_t at = 0; at < text.size(); at += 16 * 1024)
                        file.write(std::string_view(text).substr(at, 16 * 1024));
                    file.commit();
                }
            } catch (...) {
                ::_exit(1);
            }
        }
        ::usleep(static_cast<useconds_t>(delay_us(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        BOOST_TEST_REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL),
                           "the saving child stopped by itself, status " << status);

        require_whole_version(target, versions, runs, changed);
    }
    BOOST_TEST_MESSAGE("sigkill test: " << runs << " kills, " << changed
                                        << " found a newer version");
    BOOST_TEST(runs >= 10);
}

BOOST_AUTO_TEST_SUITE_END()
