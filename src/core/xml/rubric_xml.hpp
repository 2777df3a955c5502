// Reading and writing rubric files (urn:extramile:rubric:1).
#pragma once

#include "core/model/rubric.hpp"

#include <filesystem>
#include <string>
#include <string_view>

namespace extramile {

inline constexpr const char* rubric_namespace = "urn:extramile:rubric:1";

// Parses and checks a rubric. Throws FileError listing every problem found,
// each with its line and what to change.
Rubric parse_rubric(std::string_view text, const std::string& file_name);
Rubric read_rubric(const std::filesystem::path& path);

// The rubric as a file. `canonical` leaves out extensions and indentation:
// the form the digest is computed over (see rubric_digest.hpp).
std::string rubric_to_xml(const Rubric& rubric, bool canonical = false);

void save_rubric(const std::filesystem::path& path, const Rubric& rubric);

} // namespace extramile
