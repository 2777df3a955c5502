// Kill the saving program at every step of the atomic save, hundreds of
// times: strace tampers with the program's own system calls (SIGKILL on
// entering the k-th call of a name), so every step of the real save is hit,
// not a moment a timer happened to pick. After each kill the scorecard on
// disk must be the old version or the new one, whole and readable; the next
// save must succeed; and the temporary file a killed save leaves behind must
// be the only litter, removed when the scorecard is next opened for editing.
#include "core/storage/atomic_file.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <csignal>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

extern char** environ;

namespace fs = std::filesystem;
using extramile::Scorecard;
using extramile::test::read_bytes;
using extramile::test::ScratchFolder;

namespace {

// Runs a program with its output sent to `log`; returns the wait status.
int run(const std::vector<std::string>& args, const fs::path& log) {
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    BOOST_REQUIRE_MESSAGE(rc == 0, "could not start " << args[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

// One system call of the save: its name and which call of that name it is
// since the program started (strace's when= counts the same way).
struct Step {
    std::string call;
    int nth = 0;
    std::string line; // as strace printed it, for messages
};

// Calls that only serve the process (randomness for the temporary's name,
// memory) and whose count can differ from one run to the next: killing at
// them would not land on the same step twice, and they touch no file.
bool touches_no_file(const std::string& call) {
    static const char* const helpers[] = {"getrandom", "brk", "mmap", "munmap", "mremap", "mprotect",
                                          "madvise", "futex", "rt_sigprocmask", "rt_sigaction"};
    return std::find(std::begin(helpers), std::end(helpers), call) != std::end(helpers);
}

// The save's system calls, in order, from a trace of an undisturbed run.
std::vector<Step> steps_of_save(const fs::path& trace) {
    std::ifstream in(trace);
    std::map<std::string, int> seen;
    std::vector<Step> steps;
    bool saving = false;
    for (std::string line; std::getline(in, line);) {
        const auto paren = line.find('(');
        if (line.starts_with("+++") || line.starts_with("---") || paren == std::string::npos)
            continue;
        const std::string call = line.substr(0, paren);
        const int nth = ++seen[call];
        if (saving && !touches_no_file(call))
            steps.push_back({call, nth, line});
        else if (line.starts_with("write(2, \"saving\\n\""))
            saving = true;
    }
    return steps;
}

// The folder's names other than `keep`, which must all be temporaries of `target`.
std::vector<std::string> litter(const fs::path& folder, const std::string& keep) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename() != keep)
            names.push_back(entry.path().filename().string());
    return names;
}

Scorecard with_note(const std::string& text) {
    Scorecard s = extramile::read_scorecard(extramile::test::data("good/ana-perez.scorecard.xml"));
    s.notes.push_back({"", s.ratings.front().competency, text, 0});
    return s;
}

// A note of `words` words whose text depends on `seed`, so two versions
// never share a long run of bytes.
std::string note_text(int seed, int words) {
    static const char* vocabulary[] = {"ayudó", "cliente", "restò", "dopo", "turno", "spiegò",
                                       "paciencia", "insegnò", "collega", "sin", "pedir", "nada"};
    std::string text;
    for (int i = 0; i < words; ++i)
        text += std::string(vocabulary[(i * 7 + seed) % 12]) + (i % 17 == 16 ? ".\n" : " ");
    return text;
}

enum class Layout { first_save, replace, through_symlink };

struct Scenario {
    std::string name;
    Layout layout;
    int old_words;
    int new_words;
};

// What one scenario saw, step by step.
struct Tally {
    int kills = 0;
    int old_kept = 0;
    int new_found = 0;
    int temps_left = 0;
};

Tally kill_at_every_step(const Scenario& sc) {
    const ScratchFolder scratch;
    const fs::path source = scratch / "source.scorecard.xml";
    extramile::write_file_atomically(source, extramile::scorecard_to_xml(with_note(note_text(2, sc.new_words))));
    Scorecard expected = extramile::read_scorecard(source);
    ++expected.revision;
    const std::string new_bytes = extramile::scorecard_to_xml(expected);
    const std::string old_bytes =
        sc.layout == Layout::first_save ? std::string()
                                        : extramile::scorecard_to_xml(with_note(note_text(1, sc.old_words)));

    const fs::path cards = scratch / "cards";
    const fs::path elsewhere = scratch / "elsewhere";
    const std::string name = "ana-perez.scorecard.xml";
    const fs::path target = cards / name; // what the program is asked to save
    const fs::path holder = sc.layout == Layout::through_symlink ? elsewhere / name : target;
    const auto lay_out = [&] {
        fs::remove_all(cards);
        fs::remove_all(elsewhere);
        fs::create_directories(cards);
        fs::create_directories(elsewhere);
        if (sc.layout == Layout::through_symlink)
            fs::create_symlink(holder, target);
        if (sc.layout != Layout::first_save)
            extramile::write_file_atomically(holder, old_bytes);
    };

    lay_out();
    const fs::path trace = scratch / "save.trace";
    const fs::path log = scratch / "save.log";
    const int clean = run({STRACE, "-qq", "-o", trace.string(), SAVE_ONCE, source.string(), target.string()}, log);
    BOOST_REQUIRE_MESSAGE(WIFEXITED(clean) && WEXITSTATUS(clean) == 0,
                          sc.name << ": the undisturbed save failed: " << read_bytes(log));
    BOOST_REQUIRE(read_bytes(holder) == new_bytes);
    const std::vector<Step> steps = steps_of_save(trace);
    const auto rename_at = std::find_if(steps.begin(), steps.end(), [](const Step& s) {
        return s.call == "rename" || s.call.starts_with("renameat");
    });
    BOOST_REQUIRE_MESSAGE(rename_at != steps.end(), sc.name << ": no rename among the save's calls");
    const auto fsyncs = std::count_if(steps.begin(), steps.end(), [](const Step& s) { return s.call == "fsync"; });
    BOOST_REQUIRE_MESSAGE(fsyncs == 2, sc.name << ": expected the file and its folder flushed, saw " << fsyncs << " fsync");
    const auto rename_index = rename_at - steps.begin();

    Tally tally;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& step = steps[i];
        lay_out();
        const std::string inject = step.call + ":signal=SIGKILL:when=" + std::to_string(step.nth);
        const int status = run({STRACE, "-qq", "-o", "/dev/null", "-e", "trace=" + step.call, "-e",
                                "inject=" + inject, SAVE_ONCE, source.string(), target.string()},
                               log);
        const std::string where = sc.name + ", killed at " + step.line;
        BOOST_REQUIRE_MESSAGE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                              where << ": the program was not killed there: " << read_bytes(log));
        ++tally.kills;

        // The file is one whole version, the one the step's place implies.
        const bool exists = fs::exists(holder);
        const std::string now = exists ? read_bytes(holder) : std::string();
        const bool is_old = sc.layout == Layout::first_save ? !exists : now == old_bytes;
        const bool is_new = exists && now == new_bytes;
        BOOST_TEST_REQUIRE((is_old || is_new), where << ": the file is neither version (" << now.size() << " bytes)");
        if (static_cast<std::ptrdiff_t>(i) < rename_index)
            BOOST_TEST(is_old, where << ": the new version showed before the rename");
        if (static_cast<std::ptrdiff_t>(i) > rename_index)
            BOOST_TEST(is_new, where << ": the new version was lost after the rename");
        tally.old_kept += is_old;
        tally.new_found += is_new;
        if (exists)
            BOOST_CHECK_NO_THROW(extramile::read_scorecard(holder));
        if (sc.layout == Layout::through_symlink)
            BOOST_TEST(fs::is_symlink(target), where << ": the link was replaced by a file");

        // Litter: at most the killed save's temporary, beside the real file.
        const auto left = litter(holder.parent_path(), name);
        BOOST_TEST(left.size() <= 1u, where << ": " << left.size() << " files left beside it");
        tally.temps_left += static_cast<int>(left.size());
        const auto removed = extramile::remove_leftover_temporaries(target);
        BOOST_TEST(removed.size() == left.size(), where);
        BOOST_TEST(litter(holder.parent_path(), name).empty(), where << ": litter survived the clean-up");

        // And the next save goes through as if nothing had happened.
        const int again = run({SAVE_ONCE, source.string(), target.string()}, log);
        BOOST_TEST((WIFEXITED(again) && WEXITSTATUS(again) == 0), where << ": the next save failed: " << read_bytes(log));
        BOOST_TEST(read_bytes(holder) == new_bytes, where << ": the next save did not write the new version");
    }
    BOOST_TEST_MESSAGE(sc.name << ": " << tally.kills << " kills over " << steps.size()
                               << " system calls of the save (rename is call " << rename_index + 1
                               << "): old version kept " << tally.old_kept << ", new version found "
                               << tally.new_found << ", temporaries left " << tally.temps_left);
    return tally;
}

} // namespace

BOOST_AUTO_TEST_SUITE(atomic_save_faults)

BOOST_AUTO_TEST_CASE(a_kill_at_any_step_leaves_the_old_or_the_new_version_whole) {
    const std::vector<Scenario> scenarios = {
        {"first save", Layout::first_save, 0, 300},
        {"replace, same size", Layout::replace, 300, 300},
        {"replace, longer notes", Layout::replace, 50, 40000},
        {"replace, shorter notes", Layout::replace, 40000, 50},
        {"through a symlink", Layout::through_symlink, 300, 600},
    };
    int kills = 0;
    for (int round = 0; round < 3; ++round)
        for (const auto& sc : scenarios) {
            const Tally t = kill_at_every_step(sc);
            kills += t.kills;
            // Both sides of the rename were hit, so both outcomes were seen.
            BOOST_TEST(t.old_kept > 0, sc.name);
            BOOST_TEST(t.new_found > 0, sc.name);
        }
    BOOST_TEST_MESSAGE(kills << " kills in all");
    BOOST_TEST(kills >= 200); // about 100 steps a round here
}

BOOST_AUTO_TEST_SUITE_END()
