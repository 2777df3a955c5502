// What kind of Extra Mile file a path or a text is: by the name's ending
// first, else by the root element, as desktop MIME sniffing does too.
#pragma once

#include <filesystem>
#include <string_view>

namespace extramile {

enum class FileKind { unknown, rubric, scorecard, decision };

bool is_rubric_file(const std::filesystem::path& path);    // *.rubric.xml
bool is_scorecard_file(const std::filesystem::path& path); // *.scorecard.xml
// *.decision.xml, or a sync engine's copy of one (sync_copies.hpp).
bool is_decision_file(const std::filesystem::path& path);
// The same from a file's name (UTF-8), as a folder walk has it.
bool is_rubric_name(std::string_view name);
bool is_scorecard_name(std::string_view name);
bool is_decision_name(std::string_view name);

FileKind kind_from_name(const std::filesystem::path& path);
// Looks at the first element of an XML text: <rubric ...>, <scorecard ...> or <decision ...>,
// with or without a prefix.
FileKind kind_from_content(std::string_view text);
// By name, else by the first element of the file's beginning; unknown for a
// file that cannot be read.
FileKind detect_file_kind(const std::filesystem::path& path);

} // namespace extramile
