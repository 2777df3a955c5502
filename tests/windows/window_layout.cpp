// What a Windows program's window looks like from outside, through Win32
// alone, as an accessibility inspector reads it (gui_smoke.py runs it under
// wine beside the installed program):
//
//   window_layout list TITLE         the visible top-level window whose title
//                                    contains TITLE: "window", its client and
//                                    outer sizes and title; then every visible
//                                    window inside it, one a line: depth,
//                                    class, x, y, width, height (in the top
//                                    window's client coordinates) and text; a
//                                    list box's rows follow it, one a line, as
//                                    "row<TAB>TEXT"
//   window_layout resize TITLE W H   that window resized to W x H (outer size),
//                                    as a hand dragging its border would
//
// Output is UTF-8, tab-separated, line breaks in texts written as "\n".
// Exit codes: 0 done, 1 no such window, 2 bad arguments.
#include <windows.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::string Utf8(const std::wstring& text) {
    if (text.empty())
        return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()),
                                         nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), size,
                        nullptr, nullptr);
    std::string escaped;
    for (char c : out)
        escaped += c == '\n'                ? std::string("\\n")
                   : c == '\r' || c == '\t' ? std::string(" ")
                                            : std::string(1, c);
    return escaped;
}

std::wstring Text(HWND window) {
    // WM_GETTEXT, which wine and Windows carry across processes.
    const LRESULT length = SendMessageW(window, WM_GETTEXTLENGTH, 0, 0);
    std::wstring text(static_cast<std::size_t>(length) + 1, L'\0');
    const LRESULT got =
        SendMessageW(window, WM_GETTEXT, text.size(), reinterpret_cast<LPARAM>(text.data()));
    text.resize(static_cast<std::size_t>(got));
    return text;
}

std::wstring ClassOf(HWND window) {
    wchar_t name[256] = {};
    GetClassNameW(window, name, 256);
    return name;
}

struct Search {
    std::wstring part;
    HWND found = nullptr;
};

BOOL CALLBACK FindTop(HWND window, LPARAM data) {
    auto* search = reinterpret_cast<Search*>(data);
    if (IsWindowVisible(window) && Text(window).find(search->part) != std::wstring::npos) {
        search->found = window;
        return FALSE;
    }
    return TRUE;
}

int Depth(HWND window, HWND top) {
    int depth = 0;
    for (HWND w = window; w && w != top; w = GetParent(w))
        ++depth;
    return depth;
}

struct Listing {
    HWND top;
    std::vector<HWND> windows;
};

BOOL CALLBACK Collect(HWND window, LPARAM data) {
    reinterpret_cast<Listing*>(data)->windows.push_back(window); // every descendant, parents first
    return TRUE;
}

void List(HWND top) {
    RECT client{}, outer{};
    GetClientRect(top, &client);
    GetWindowRect(top, &outer);
    std::printf("window\t%ld\t%ld\t%ld\t%ld\t%s\n", client.right, client.bottom,
                outer.right - outer.left, outer.bottom - outer.top, Utf8(Text(top)).c_str());
    Listing listing{top, {}};
    EnumChildWindows(top, Collect, reinterpret_cast<LPARAM>(&listing));
    for (HWND window : listing.windows) {
        if (!IsWindowVisible(window)) // hidden itself or inside a hidden parent
            continue;
        RECT rect{};
        GetWindowRect(window, &rect);
        MapWindowPoints(HWND_DESKTOP, top, reinterpret_cast<POINT*>(&rect), 2);
        const std::wstring kind = ClassOf(window);
        std::printf("%d\t%s\t%ld\t%ld\t%ld\t%ld\t%s\n", Depth(window, top), Utf8(kind).c_str(),
                    rect.left, rect.top, rect.right - rect.left, rect.bottom - rect.top,
                    Utf8(Text(window)).c_str());
        if (_wcsicmp(kind.c_str(), L"ListBox") == 0) {
            const LRESULT rows = SendMessageW(window, LB_GETCOUNT, 0, 0);
            for (LRESULT i = 0; i < rows; ++i) {
                std::wstring row(
                    static_cast<std::size_t>(SendMessageW(window, LB_GETTEXTLEN, i, 0)) + 1, L'\0');
                row.resize(static_cast<std::size_t>(
                    SendMessageW(window, LB_GETTEXT, i, reinterpret_cast<LPARAM>(row.data()))));
                std::printf("row\t%s\n", Utf8(row).c_str());
            }
        }
    }
}

} // namespace

int wmain(int argc, wchar_t** argv) {
    const std::wstring command = argc > 1 ? argv[1] : L"";
    if (!((command == L"list" && argc == 3) || (command == L"resize" && argc == 5))) {
        std::fprintf(stderr,
                     "usage: window_layout list TITLE | window_layout resize TITLE WIDTH HEIGHT\n");
        return 2;
    }
    Search search{argv[2]};
    EnumWindows(FindTop, reinterpret_cast<LPARAM>(&search));
    if (!search.found) {
        std::fprintf(stderr, "window_layout: no visible window with \"%s\" in its title\n",
                     Utf8(argv[2]).c_str());
        return 1;
    }
    if (command == L"list")
        List(search.found);
    else
        SetWindowPos(search.found, nullptr, 0, 0, _wtoi(argv[3]), _wtoi(argv[4]),
                     SWP_NOMOVE | SWP_NOZORDER | SWP_NOACTIVATE);
    std::fflush(stdout);
    return 0;
}
