// Reading and writing decision records (urn:extramile:decision:1).
#pragma once

#include "core/base/file_error.hpp"
#include "core/model/decision.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace extramile {

inline constexpr const char* decision_namespace = "urn:extramile:decision:1";

// Parses and checks a decision record. Throws FileError listing every
// problem found, each with its line.
Decision parse_decision(std::string_view text, const std::string& file_name);
Decision read_decision(const std::filesystem::path& path);

std::string decision_to_xml(const Decision& decision);

} // namespace extramile
