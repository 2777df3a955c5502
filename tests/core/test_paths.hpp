// Where the tests find their fixtures and a scratch folder of their own.
#pragma once

#include <filesystem>
#include <string>

namespace extramile::test {

inline std::filesystem::path data(const std::string& relative) {
    return std::filesystem::path(EXTRAMILE_TEST_DATA) / relative;
}

inline std::filesystem::path source(const std::string& relative) {
    return std::filesystem::path(EXTRAMILE_SOURCE_DIR) / relative;
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
