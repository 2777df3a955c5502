// The app as a separate process under the test's X display, and the
// keyboard of a person at it (xdotool).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace extramile::test {

class AppProcess {
public:
    // Starts `extramile ARGS...` with HOME and XDG folders inside `home`.
    AppProcess(const std::vector<std::string>& args, const std::filesystem::path& home);
    ~AppProcess(); // kills the app if it still runs

    // Waits until a window whose title contains `title` is mapped.
    bool wait_for_window(const std::string& title, std::chrono::seconds timeout = std::chrono::seconds(40));
    void kill_hard();  // SIGKILL, as a power cut would
    void signal(int number); // SIGTERM, SIGHUP: as a desktop ending the session would
    int wait_exit(std::chrono::seconds timeout = std::chrono::seconds(20)); // exit code, -1 on timeout
    bool running();
    // What the app printed (stdout and stderr), for failure messages.
    std::string log() const;

private:
    pid_t pid_ = -1;
    std::string ended_; // how the app ended, once it has ("exit code 0", "signal 11")
    std::filesystem::path log_;
};

// xdotool: keys ("ctrl+Page_Down", "Escape", "4") and text, to the focused window.
void press(const std::string& keys);
void type_text(const std::string& text);
void pause(std::chrono::milliseconds time);
// A screenshot of the whole display (ImageMagick's import).
void screenshot(const std::filesystem::path& png);

} // namespace extramile::test
