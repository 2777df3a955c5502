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

// Parses `text` (the content of `file`), white space kept as written (see
// text()). Throws FileError naming the line for text that is not valid
// UTF-8 or not well-formed XML (well_formed.hpp).
std::unique_ptr<tinyxml2::XMLDocument> parse(std::string_view text, const std::string& file);

// The element's name without prefix, and the namespace URI it is in
// (resolved through xmlns declarations on it and its ancestors).
std::string local_name(const tinyxml2::XMLElement& element);
std::string namespace_uri(const tinyxml2::XMLElement& element);
// namespace_uri(element) == uri, without making the URI's string.
bool in_namespace(const tinyxml2::XMLElement& element, std::string_view uri);

// The same from a qualified name as written: its local part, and the
// attribute that declares its namespace ("xmlns", or "xmlns:PREFIX").
std::string local_name(std::string_view qualified_name);
std::string namespace_declaration(std::string_view qualified_name);

// xml:lang of the element, or "" when absent.
std::string lang(const tinyxml2::XMLElement& element);

// Attribute value (normalised as XML defines: tabs and line breaks become
// spaces) or nullopt.
std::optional<std::string> attribute(const tinyxml2::XMLElement& element, const char* name);
// Whether the attribute is there with a value that is not empty: what
// attribute() would give, without making it (a reader that checks a value
// it does not keep).
bool has_attribute_value(const tinyxml2::XMLElement& element, const char* name);
// That normalisation, on a value as tinyxml2 gives it.
std::string normalised_attribute(std::string value);

// The element's text content (its text and CDATA children, concatenated);
// "" when that is white space only. With Whitespace::collapse, runs of white
// space become one space and the ends are trimmed.
std::string text(const tinyxml2::XMLElement& element, Whitespace whitespace = Whitespace::preserve);

// Why an element that should hold plain text does not (a child element, a
// comment, a CDATA section or a processing instruction inside a note or a
// name), or nullopt. Readers refuse such text rather than read a part of it:
// tinyxml2 drops white space next to markup, so what it reads there is not
// what the file says.
std::optional<std::string> plain_text_problem(const tinyxml2::XMLElement& element);

// Serialises an element (with the namespace declarations in scope that it
// needs) so it can be stored and written back later unchanged.
std::string capture(const tinyxml2::XMLElement& element);

// Appends a captured element under `parent`.
void append_captured(tinyxml2::XMLElement& parent, const std::string& captured);

// Text safe to write: drops characters XML 1.0 cannot carry (C0 controls
// other than tab and line feed) and turns CR LF and lone CR into LF.
std::string xml_safe(std::string_view text);
// The same for an attribute value, where tabs and line breaks would read
// back as spaces: they are written as spaces, so what is written reads back.
std::string attribute_safe(std::string_view text);

// Writing a record: a new child element `name` at the end of `parent`; and
// the attribute `name` set to `value` made attribute_safe, left out when
// `value` is empty.
tinyxml2::XMLElement* append_child(tinyxml2::XMLElement& parent, const char* name);
void set_if_given(tinyxml2::XMLElement& element, const char* name, const std::string& value);

// The document as UTF-8 with an XML declaration, indented.
std::string print(const tinyxml2::XMLDocument& document, bool compact = false);

// The first byte offset where `text` is not valid UTF-8, or npos.
std::size_t invalid_utf8_offset(std::string_view text);

// The first C0 control character XML 1.0 does not allow (all but tab, line
// feed and carriage return), or npos.
std::size_t forbidden_control_offset(std::string_view text);

} // namespace extramile::xml
