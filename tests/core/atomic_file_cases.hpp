// What the AtomicFile tests share, whatever the platform: a fresh folder per
// test, a file's bytes in and out, a folder's names, and scorecard-sized
// versions that cannot pass for one another. atomic_file_test.cpp holds the
// cases every platform runs, atomic_file_posix.cpp and atomic_file_windows.cpp
// those that need the platform's own means (modes, fork, FIFOs; child
// processes killed with TerminateProcess, long paths).
#pragma once

#include "core/base/file_error.hpp"

#include "test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace atomic_file_cases {

namespace fs = std::filesystem;

struct TempFolder {
    extramile::test::ScratchFolder scratch;
    fs::path dir = scratch.path();
};

inline std::string slurp(const fs::path& p) { return extramile::test::read_bytes(p); }

inline void spit(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
    if (!out.flush())
        throw std::runtime_error("could not set up " + p.string());
}

inline std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

inline std::string message_of(const extramile::FileError& e) {
    return e.problems().empty() ? std::string() : e.problems().front().message;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A scorecard-sized document whose every byte depends on the version, so a
// mix of two versions or a truncated one can never pass for a whole one.
inline std::string version_text(int version, std::size_t size) {
    std::string text = "<scorecard version=\"" + std::to_string(version) + "\">\n";
    const char fill = static_cast<char>('a' + version % 26);
    text.append(size - text.size() - 14, fill);
    text += "\n</scorecard>\n";
    return text;
}

// After kill number `run` of a saving process: the target must be one whole
// version; a kill that found a newer one than versions[0] counts in `changed`.
inline void require_whole_version(const fs::path& target, const std::vector<std::string>& versions, int run,
                                  int& changed) {
    const std::string now = slurp(target);
    const bool whole = std::find(versions.begin(), versions.end(), now) != versions.end();
    BOOST_TEST_REQUIRE(whole, "after kill " << run << " the target is " << now.size()
                                            << " bytes and matches no version");
    if (now != versions[0])
        ++changed;
}

} // namespace atomic_file_cases
