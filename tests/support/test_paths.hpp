// Where the tests find their fixtures and a scratch folder of their own,
// and the bytes of a file in either.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace extramile::test {

inline std::filesystem::path data(const std::string& relative) {
    return std::filesystem::path(EXTRAMILE_TEST_DATA) / relative;
}

inline std::filesystem::path source(const std::string& relative) {
    return std::filesystem::path(EXTRAMILE_SOURCE_DIR) / relative;
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
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

} // namespace extramile::test
