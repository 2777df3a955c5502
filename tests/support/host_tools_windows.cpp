#include "host_tools.hpp"

#include <boost/test/unit_test.hpp>

#include <windows.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace extramile::test {

namespace fs = std::filesystem;

// The request: NAME.request, one argument a line (UTF-8), put in place with
// a rename so the driver never reads half of it. The answer: NAME.answer,
// its first line the exit status, then the tool's output byte for byte.
std::string run_host_tool(const std::vector<std::string>& command) {
    const wchar_t* folder_text = ::_wgetenv(L"EXTRAMILE_HOST_TOOLS");
    BOOST_TEST_REQUIRE(folder_text != nullptr,
                       "EXTRAMILE_HOST_TOOLS is not set: run the Windows tests through ctest (tests/windows/host_tools.py)");
    const fs::path folder = folder_text;
    static std::atomic<unsigned> counter{0};
    const std::string name = std::to_string(::GetCurrentProcessId()) + "-" + std::to_string(++counter);
    const fs::path writing = folder / (name + ".writing");
    const fs::path request = folder / (name + ".request");
    const fs::path answer = folder / (name + ".answer");
    {
        std::ofstream out(writing, std::ios::binary);
        for (const auto& arg : command)
            out << arg << '\n';
    }
    // Wine's rename of a just-closed file failed once with "Input/output
    // error" on a machine loaded by a parallel build: try again for a while.
    for (int attempt = 1;; ++attempt) {
        std::error_code error;
        fs::rename(writing, request, error);
        if (!error)
            break;
        BOOST_TEST_REQUIRE(attempt < 100, "cannot put the request " << request.string() << " in place: " << error.message());
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!fs::exists(answer)) {
        BOOST_TEST_REQUIRE((std::chrono::steady_clock::now() < deadline), "the test driver did not answer for " << command.front());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::ifstream in(answer, std::ios::binary);
    std::string status;
    std::getline(in, status);
    std::ostringstream rest;
    rest << in.rdbuf();
    in.close();
    fs::remove(answer);
    BOOST_TEST_REQUIRE(status == "0", command.front() << " failed on the host: " << rest.str());
    return rest.str();
}

} // namespace extramile::test
