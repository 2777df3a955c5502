// The thin layer between core and tinyxml2: parsing with errors a person
// understands, namespace-aware names, xml:lang, and keeping unknown elements.
// The rest of core never sees XMLError.
#pragma once

#include "core/base/file_error.hpp"

#include <tinyxml2.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace extramile::xml {

enum class Whitespace {
    collapse, // rubrics: authors wrap long texts; runs of blanks become one space
    preserve, // scorecards: a note keeps its line breaks and indentation
};

// Parses `text` (the content of `file`). Throws FileError naming the line for
// text that is not valid UTF-8 or not well-formed XML.
std::unique_ptr<tinyxml2::XMLDocument> parse(std::string_view text, const std::string& file,
                                             Whitespace whitespace);

// The element's name without prefix, and the namespace URI it is in
// (resolved through xmlns declarations on it and its ancestors).
std::string local_name(const tinyxml2::XMLElement& element);
std::string namespace_uri(const tinyxml2::XMLElement& element);

// xml:lang of the element, or "" when absent.
std::string lang(const tinyxml2::XMLElement& element);

// Attribute value or nullopt.
std::optional<std::string> attribute(const tinyxml2::XMLElement& element, const char* name);

// The element's text content (concatenated text children), as parsed.
std::string text(const tinyxml2::XMLElement& element);

// Serialises an element (with the namespace declarations in scope that it
// needs) so it can be stored and written back later unchanged.
std::string capture(const tinyxml2::XMLElement& element);

// Appends a captured element under `parent`.
void append_captured(tinyxml2::XMLElement& parent, const std::string& captured);

// Text safe to write: drops characters XML 1.0 cannot carry (C0 controls
// other than tab and line feed) and turns CR LF and lone CR into LF.
std::string xml_safe(std::string_view text);

// The document as UTF-8 with an XML declaration, indented.
std::string print(const tinyxml2::XMLDocument& document, bool compact = false);

// The first byte offset where `text` is not valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

// The first C0 control character XML 1.0 does not allow (all but tab, line
// feed and carriage return), or npos.
std::size_t forbidden_control_offset(std::string_view text);

} // namespace extramile::xml
