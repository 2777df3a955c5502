#include "host_tools.hpp"
#include "windows_error.hpp"

#include <boost/test/unit_test.hpp>

#include <windows.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>

namespace extramile::test {

namespace fs = std::filesystem;

namespace {

// Writes `text` to a new file `path` through a handle no child process
// inherits (the cli tests start the program with inherited handles).
bool write_new_file(const fs::path& path, const std::string& text, std::string& why) {
    const HANDLE file = ::CreateFileW(path.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr,
                                      CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        why = "cannot create " + path.string() + ": " + last_windows_error();
        return false;
    }
    DWORD written = 0;
    const BOOL wrote = ::WriteFile(file, text.data(), static_cast<DWORD>(text.size()), &written, nullptr);
    if (!wrote || written != text.size())
        why = "cannot write " + path.string() + ": " + last_windows_error();
    ::CloseHandle(file);
    return wrote && written == text.size();
}

std::optional<std::string> read_whole_file(const fs::path& path) {
    const HANDLE file = ::CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                      nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return std::nullopt;
    std::string text;
    char buffer[65536];
    DWORD got = 0;
    bool ok = true;
    while ((ok = ::ReadFile(file, buffer, sizeof buffer, &got, nullptr)) && got > 0)
        text.append(buffer, got);
    ::CloseHandle(file);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace

// The request: NAME.request, one argument a line (UTF-8), put in place with
// a rename so the driver never reads half of it. The answer: NAME.answer,
// its first line the exit status, then the tool's output byte for byte.
//
// Under wine, on CI, the rename failed for two seconds running while another
// suite ran beside it, reported by libstdc++ only as "Input/output error"
// (its rename says that of every failure but "access denied"); the file had
// been written through a stream whose failure to open nobody checked. So the
// file is written and renamed with Win32 calls whose failures are checked and
// named with Windows' own words, each attempt writes a file of a new name (a
// failed one is left to the driver's temporary folder), and the suites under
// wine run one at a time (packaging/dev).
std::string run_host_tool(const std::vector<std::string>& command) {
    const wchar_t* folder_text = ::_wgetenv(L"EXTRAMILE_HOST_TOOLS");
    BOOST_TEST_REQUIRE(folder_text != nullptr,
                       "EXTRAMILE_HOST_TOOLS is not set: run the Windows tests through ctest (tests/windows/host_tools.py)");
    const fs::path folder = folder_text;
    static std::atomic<unsigned> counter{0};
    const std::string name = std::to_string(::GetCurrentProcessId()) + "-" + std::to_string(++counter);
    const fs::path request = folder / (name + ".request");
    const fs::path answer = folder / (name + ".answer");
    std::string text;
    for (const auto& arg : command)
        text += arg + '\n';
    std::string why;
    for (int attempt = 1;; ++attempt) {
        const fs::path writing = folder / (name + "-" + std::to_string(attempt) + ".writing");
        if (write_new_file(writing, text, why)) {
            if (::MoveFileExW(writing.c_str(), request.c_str(), MOVEFILE_REPLACE_EXISTING))
                break;
            why = "cannot put the request " + request.string() + " in place: " + last_windows_error();
        }
        BOOST_TEST_REQUIRE(attempt < 200, why);
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::optional<std::string> said;
    while (!(said = read_whole_file(answer))) {
        BOOST_TEST_REQUIRE((std::chrono::steady_clock::now() < deadline),
                           "the test driver did not answer for " << command.front() << " (" << answer.string() << ": "
                                                                 << last_windows_error() << ")");
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ::DeleteFileW(answer.c_str());
    const auto end_of_status = said->find('\n');
    const std::string status = said->substr(0, end_of_status);
    const std::string rest = end_of_status == std::string::npos ? std::string{} : said->substr(end_of_status + 1);
    BOOST_TEST_REQUIRE(status == "0", command.front() << " failed on the host: " << rest);
    return rest;
}

} // namespace extramile::test
