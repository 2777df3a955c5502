// What the TrackedFile tests share (tracked_file_test.cpp, tracked_file_posix.cpp).
#pragma once

#include "core/storage/tracked_file.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>

namespace extramile {
inline std::ostream& operator<<(std::ostream& out, TrackedFile::Change change) {
    return out << static_cast<int>(change);
}
} // namespace extramile

namespace tracked_file_cases {

namespace fs = std::filesystem;

inline void write(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Replaced the way a sync engine does it: a new file renamed over the name.
inline void replace(const fs::path& file, const std::string& bytes) {
    const auto fresh = fs::path(file) += ".new";
    write(fresh, bytes);
    fs::rename(fresh, file);
}

} // namespace tracked_file_cases
