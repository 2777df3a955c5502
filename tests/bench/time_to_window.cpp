// time_to_window TITLE PROGRAM [ARGS...]: starts PROGRAM and prints the
// milliseconds until a top-level window whose title contains TITLE is mapped
// on the X display, then ends the program. It waits for the X server's own
// MapNotify event instead of polling, so the measuring costs the measured
// program no CPU (polling with xdotool took a good share of two cores).
#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string title_of(Display* display, Window window) {
    const Atom utf8 = XInternAtom(display, "UTF8_STRING", False);
    const Atom net_name = XInternAtom(display, "_NET_WM_NAME", False);
    Atom type = None;
    int format = 0;
    unsigned long items = 0, after = 0;
    unsigned char* data = nullptr;
    std::string title;
    if (XGetWindowProperty(display, window, net_name, 0, 1024, False, utf8, &type, &format, &items, &after,
                           &data) == Success &&
        data) {
        title.assign(reinterpret_cast<char*>(data), items);
        XFree(data);
    }
    char* name = nullptr;
    if (title.empty() && XFetchName(display, window, &name) && name) {
        title = name;
        XFree(name);
    }
    return title;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: time_to_window TITLE PROGRAM [ARGS...]\n");
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "time_to_window: no X display\n");
        return 2;
    }
    // Errors about windows that vanish between the event and the query are expected.
    XSetErrorHandler([](Display*, XErrorEvent*) { return 0; });
    XSelectInput(display, DefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);

    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    const auto deadline = start + std::chrono::seconds(30);
    double ms = -1;
    pollfd watch{ConnectionNumber(display), POLLIN, 0};
    while (ms < 0 && std::chrono::steady_clock::now() < deadline) {
        if (!XPending(display)) {
            poll(&watch, 1, 100);
            continue;
        }
        XEvent event;
        XNextEvent(display, &event);
        if (event.type != MapNotify)
            continue;
        if (title_of(display, event.xmap.window).find(argv[1]) != std::string::npos)
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    }
    kill(child, SIGTERM);
    int status = 0;
    waitpid(child, &status, 0);
    XCloseDisplay(display);
    if (ms < 0) {
        std::fprintf(stderr, "time_to_window: no window titled \"%s\" within 30 s\n", argv[1]);
        return 1;
    }
    std::printf("%.0f\n", ms);
    return 0;
}
