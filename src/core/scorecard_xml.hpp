// Reading and writing scorecard files (urn:extramile:scorecard:1).
#pragma once

#include "scorecard.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace extramile {

inline constexpr const char* scorecard_namespace = "urn:extramile:scorecard:1";

// Parses and checks a scorecard on its own (checks against its rubric are in
// scorecard_check.hpp). Throws FileError listing every problem found.
Scorecard parse_scorecard(std::string_view text, const std::string& file_name);
Scorecard read_scorecard(const std::filesystem::path& path);

std::string scorecard_to_xml(const Scorecard& scorecard);

// Raises the revision by one and writes the file atomically (mode 0600 for a
// new file: scorecards are personal data).
void save_scorecard(const std::filesystem::path& path, Scorecard& scorecard);

} // namespace extramile
