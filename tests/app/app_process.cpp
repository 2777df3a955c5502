#include "app_process.hpp"

#include <boost/test/unit_test.hpp>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace extramile::test {

namespace {

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

int shell(const std::string& command) { return std::system(command.c_str()); }

} // namespace

AppProcess::AppProcess(const std::vector<std::string>& args, const std::filesystem::path& home) {
    std::filesystem::create_directories(home);
    std::vector<std::string> env_strings;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        if (entry.starts_with("HOME=") || entry.starts_with("XDG_CONFIG_HOME=") || entry.starts_with("XDG_DATA_HOME="))
            continue;
        env_strings.push_back(entry);
    }
    env_strings.push_back("HOME=" + home.string());
    env_strings.push_back("XDG_CONFIG_HOME=" + (home / ".config").string());
    env_strings.push_back("XDG_DATA_HOME=" + (home / ".local/share").string());
    env_strings.push_back("NO_AT_BRIDGE=1"); // no accessibility bus in the test display
    // A wx assertion ends the app at once (instead of a dialog nobody sees),
    // and the test fails naming it.
    env_strings.push_back("EXTRAMILE_FATAL_ASSERTS=1");
    std::vector<char*> envp;
    for (auto& s : env_strings)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv_strings{EXTRAMILE_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : argv_strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    log_ = home / "app.log";
    const auto log = log_.string();
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    int failed = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed)
        throw std::runtime_error("could not start extramile");
}

AppProcess::~AppProcess() {
    if (running()) {
        ::kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    const auto text = log();
    BOOST_TEST(text.find("wx assertion failed") == std::string::npos, "the app met a wx assertion:\n" << text);
}

bool AppProcess::running() {
    if (pid_ <= 0)
        return false;
    int status = 0;
    pid_t r = waitpid(pid_, &status, WNOHANG);
    if (r == pid_) {
        pid_ = -1;
        ended_ = WIFSIGNALED(status) ? "killed by signal " + std::to_string(WTERMSIG(status))
                                     : "exit code " + std::to_string(WEXITSTATUS(status));
        return false;
    }
    if (r < 0)
        ended_ = std::string("waitpid failed: ") + std::strerror(errno);
    return r == 0;
}

bool AppProcess::wait_for_window(const std::string& title, std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (shell("xdotool search --onlyvisible --name " + quoted(title) + " >/dev/null 2>&1") == 0) {
            pause(std::chrono::milliseconds(700)); // let the first layout and focus settle
            return true;
        }
        if (!running())
            return false;
        pause(std::chrono::milliseconds(100));
    }
    return false;
}

std::string AppProcess::log() const {
    std::ifstream in(log_);
    auto text = std::string(std::istreambuf_iterator<char>(in), {});
    if (!ended_.empty())
        text += "\n[the app ended: " + ended_ + "]";
    return text;
}

void AppProcess::kill_hard() {
    ::kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

void AppProcess::signal(int number) { ::kill(pid_, number); }

int AppProcess::wait_exit(std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        pid_t r = waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            pid_ = -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        pause(std::chrono::milliseconds(50));
    }
    return -1;
}

void press(const std::string& keys) {
    shell("xdotool key --clearmodifiers " + keys + " >/dev/null 2>&1");
    pause(std::chrono::milliseconds(150));
}

void type_text(const std::string& text) {
    // Slow enough for xdotool to remap a key for each accented letter.
    shell("xdotool type --delay 25 " + quoted(text) + " >/dev/null 2>&1");
    pause(std::chrono::milliseconds(100));
}

void pause(std::chrono::milliseconds time) { std::this_thread::sleep_for(time); }

void screenshot(const std::filesystem::path& png) {
    shell("import -window root " + quoted(png.string()) + " >/dev/null 2>&1");
}

} // namespace extramile::test
