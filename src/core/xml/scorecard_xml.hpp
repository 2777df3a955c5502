// Reading and writing scorecard files (urn:extramile:scorecard:1).
#pragma once

#include "core/base/file_error.hpp"
#include "core/model/scorecard.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace extramile {

inline constexpr const char* scorecard_namespace = "urn:extramile:scorecard:1";

// The highest revision a scorecard may have: far beyond any real use (a
// save every second for 30 years), far below where a number would wrap.
inline constexpr long max_revision = 1'000'000'000;

// How much of a scorecard to keep. Scoring needs the ratings only; notes
// (the bulk of a file), the overall comment, unknown elements and events
// other than a reopening are checked either way but kept only when asked
// for, so a comparison of thousands of files stays small.
enum class ReadDetail { everything, scores };

// Parses and checks a scorecard on its own (checks against its rubric are in
// scorecard_check.hpp). Throws FileError listing every problem found.
Scorecard parse_scorecard(std::string_view text, const std::string& file_name,
                          ReadDetail detail = ReadDetail::everything);
Scorecard read_scorecard(const std::filesystem::path& path, ReadDetail detail = ReadDetail::everything);

// ReadDetail::scores without building a tree (core/xml/top_level_xml.hpp),
// which parse_scorecard tries first: the same Scorecard, or nullopt when the
// file needs the full reader (a shape the top-level reading leaves to
// tinyxml2, or a problem, which the full reader then names). Public for the
// differential fuzz target that holds the two to the same result.
std::optional<Scorecard> parse_scores_only(std::string_view text, const std::string& file_name);

std::string scorecard_to_xml(const Scorecard& scorecard);

// Raises the revision by one and writes the file atomically (mode 0600 for a
// new file: scorecards are personal data).
void save_scorecard(const std::filesystem::path& path, Scorecard& scorecard);

} // namespace extramile
