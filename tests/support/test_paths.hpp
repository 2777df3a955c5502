// Where the tests find their fixtures and a scratch folder of their own,
// and the bytes of a file in either.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace extramile::test {

// Names in the tests are UTF-8 text; on Windows path(std::string) would read
// them byte by byte (core/base/utf8_path.hpp says why), so they go through this.
inline std::filesystem::path utf8_name(const std::string& name) {
    return std::filesystem::path(std::u8string(name.begin(), name.end()));
}

inline std::filesystem::path data(const std::string& relative) {
    return utf8_name(EXTRAMILE_TEST_DATA) / utf8_name(relative);
}

inline std::filesystem::path source(const std::string& relative) {
    return utf8_name(EXTRAMILE_SOURCE_DIR) / utf8_name(relative);
}

// The whole file, byte for byte (empty when it cannot be read).
inline std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A fresh folder under the system's temporary folder, removed at the end.
class ScratchFolder {
public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / utf8_name(name); }

private:
    std::filesystem::path path_;
};

} // namespace extramile::test
