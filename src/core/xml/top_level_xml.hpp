// A document's root element and its children, each with its attributes,
// read in the one pass of the well-formedness check (well_formed.hpp)
// without building a tree: what reading only the scores of a scorecard
// needs, at a fraction of the cost of tinyxml2 (most of a scorecard is the
// text of its notes, which this never copies).
//
// It mimics the part of tinyxml2's XMLElement that the readers use, and the
// xml_adapter.hpp functions have overloads for it, so one reader (with the
// same checks and messages) runs on either. It only reads the simple shape
// every scorecard Extra Mile writes has: children holding text only. On
// anything else (an element two levels down, a comment, CDATA or processing
// instruction inside the root) it gives nullopt, and the caller reads the
// file with tinyxml2 instead; so it never needs to agree with tinyxml2 on
// anything it has not been checked to agree on (tests/fuzz/scores_only_target.cpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace extramile::xml {

class TopLevelElement {
public:
    const char* Name() const { return name_.c_str(); } // as written, with its prefix
    int GetLineNum() const { return line_; }
    const TopLevelElement* FirstChildElement() const { return first_child_; }
    const TopLevelElement* NextSiblingElement() const { return next_; }
    const TopLevelElement* Parent() const { return parent_; }
    // The value as tinyxml2 gives it: references decoded, CR LF and lone CR
    // made LF (XML's end-of-line handling); nullopt when absent.
    std::optional<std::string> Attribute(std::string_view name) const;
    // The value as written (references and line ends not yet decoded): a
    // view into the text; nullopt when absent.
    std::optional<std::string_view> raw_attribute(std::string_view name) const;

private:
    friend class TopLevelReader;
    std::string name_;
    int line_ = 0;
    using Attributes = std::pair<std::string_view, std::string_view>; // name, value as written: views into the text
    const Attributes* attributes_ = nullptr; // in the document's list, set once all are read
    std::size_t first_attribute_ = 0, attribute_count_ = 0;
    const TopLevelElement* first_child_ = nullptr;
    const TopLevelElement* next_ = nullptr;
    const TopLevelElement* parent_ = nullptr;
};

// Owns the elements; valid as long as the text it was read from.
class TopLevelDocument {
public:
    TopLevelDocument() = default;
    TopLevelDocument(TopLevelDocument&&) = default; // the elements stay where they are
    TopLevelDocument& operator=(TopLevelDocument&&) = default;
    TopLevelDocument(const TopLevelDocument&) = delete; // would point into the original
    TopLevelDocument& operator=(const TopLevelDocument&) = delete;
    const TopLevelElement* RootElement() const { return elements_.empty() ? nullptr : &elements_.front(); }

private:
    friend class TopLevelReader;
    std::vector<TopLevelElement> elements_; // the root, then its children in order
    std::vector<std::pair<std::string_view, std::string_view>> attributes_; // of every element, in order
};

// Checks `text` as xml::parse does (throwing the same FileError for what is
// not well-formed) and reads its top level, or gives nullopt for a shape it
// does not read (see above).
std::optional<TopLevelDocument> parse_top_level(std::string_view text, const std::string& file);

// The xml_adapter.hpp functions for these elements.
std::string local_name(const TopLevelElement& element);
std::string namespace_uri(const TopLevelElement& element);
bool in_namespace(const TopLevelElement& element, std::string_view uri);
std::optional<std::string> attribute(const TopLevelElement& element, const char* name);
bool has_attribute_value(const TopLevelElement& element, const char* name);
// Elements read here hold text only: never a problem.
std::optional<std::string> plain_text_problem(const TopLevelElement& element);

} // namespace extramile::xml
