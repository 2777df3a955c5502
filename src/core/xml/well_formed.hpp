// The XML 1.0 well-formedness rules tinyxml2 does not enforce, checked on
// the raw bytes before tinyxml2 builds the tree. tinyxml2 is lenient: it
// skips an unknown entity such as the "&A" of "Q&A" and keeps a stale byte
// ("QhA"), accepts surrogate character references that no UTF-8 writer can
// carry, text after the root element, "--" in comments. A reader that
// accepts what other XML tools refuse alters people's words, so every file
// passes through here first, and the differential fuzz target
// (tests/fuzz) holds that whatever passes is well-formed for libxml2 too and
// reads as the same text.
//
// What is checked: the text is UTF-8 (a UTF-16 or UTF-32 file is named as
// such), every character is an XML Char (no C0 controls but tab, line feed
// and carriage return; no U+FFFE, U+FFFF), the XML declaration (only at the
// start; version 1.x; encoding UTF-8), no document type declaration (no
// rubric or scorecard needs one, and its entities are how "billion laughs"
// attacks work), one root element and nothing but comments, processing
// instructions and white space around it, names made of XML name characters,
// quoted attribute values without '<', no attribute twice on one element,
// every '&' a reference to one of the five predefined entities or to a
// character XML allows (no &#0;, no surrogates, nothing above U+10FFFF),
// no "]]>" in text, comments without "--", closed CDATA sections, end tags
// that match their start tags. Character references to tab, line feed or
// carriage return inside an attribute value are refused: their meaning
// differs from the literal characters (which become spaces), and no file of
// ours holds one.
#pragma once

#include <string>
#include <string_view>

namespace extramile::xml {

// What the check sees of the markup, for a reader that takes what it needs
// in the same pass instead of building a tree (scores_only_xml.hpp). Called
// in document order while checking; a rule broken later still throws, so
// nothing seen counts before check_well_formed returns. Names and values are
// views into the text as written (references not yet decoded).
class MarkupObserver {
public:
    virtual ~MarkupObserver() = default;
    // A start tag at byte `at` (its '<'), then each of its attributes, then
    // start_closed (`empty` for <name ... />, which has no end_tag).
    virtual void start_tag(std::string_view name, std::size_t at) = 0;
    virtual void attribute(std::string_view name, std::string_view raw_value) = 0;
    virtual void start_closed(bool empty) = 0;
    virtual void end_tag() = 0;
    // A comment, CDATA section or processing instruction inside the root element.
    virtual void markup(std::size_t at) = 0;
};

// Throws FileError naming `file`, the line and what to do, at the first
// rule broken.
void check_well_formed(std::string_view text, const std::string& file, MarkupObserver* observer = nullptr);

} // namespace extramile::xml
