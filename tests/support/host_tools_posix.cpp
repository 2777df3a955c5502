#include "host_tools.hpp"

#include <boost/test/unit_test.hpp>

#include <array>
#include <cstdio>
#include <memory>

namespace extramile::test {

namespace {

// For the shell: every argument in single quotes, a quote in it closed and reopened.
std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (const char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace

std::string run_host_tool(const std::vector<std::string>& command) {
    std::string line;
    for (const auto& arg : command)
        line += (line.empty() ? "" : " ") + quoted(arg);
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(line.c_str(), "r"), pclose);
    BOOST_REQUIRE(pipe);
    std::array<char, 4096> buffer;
    while (auto n = std::fread(buffer.data(), 1, buffer.size(), pipe.get()))
        out.append(buffer.data(), n);
    return out;
}

} // namespace extramile::test
