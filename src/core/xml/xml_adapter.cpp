#include "core/xml/xml_adapter.hpp"

#include "core/xml/well_formed.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include <algorithm>
#include <set>

namespace extramile::xml {

namespace {

// tinyxml2's error names are for programmers; these say what to look for.
std::string explain(tinyxml2::XMLError error) {
    using namespace tinyxml2;
    switch (error) {
    case XML_ERROR_EMPTY_DOCUMENT:
        return "the file is empty or holds only white space; it should start with an XML element";
    case XML_ERROR_MISMATCHED_ELEMENT:
        return "a closing tag does not match the element it closes; check the tags around here";
    case XML_ERROR_PARSING_ELEMENT:
        return "an element is not closed or its tag is malformed; check the tags around here";
    case XML_ERROR_PARSING_ATTRIBUTE:
        return "an attribute is malformed; write attributes as name=\"value\"";
    case XML_ERROR_PARSING_TEXT:
        return "text could not be read; a bare '<' must be written as &lt;";
    case XML_ERROR_PARSING_CDATA:
        return "a CDATA section is not closed with ]]>";
    case XML_ERROR_PARSING_COMMENT:
        return "a comment is not closed with -->";
    case XML_ERROR_PARSING_DECLARATION:
        return "the XML declaration (<?xml ...?>) is malformed";
    case XML_ERROR_PARSING_UNKNOWN:
        return "a <! ...> construct could not be read";
    case XML_ELEMENT_DEPTH_EXCEEDED:
        return "elements are nested too deeply to be a rubric or scorecard";
    default:
        return "the file is not well-formed XML";
    }
}

std::string prefix_of(std::string_view qualified_name) {
    auto colon = qualified_name.find(':');
    return colon == std::string_view::npos ? std::string() : std::string(qualified_name.substr(0, colon));
}

// The namespace declarations a subtree needs: one per prefix its element and
// attribute names use ("xmlns" for unprefixed elements).
void collect_used_declarations(const tinyxml2::XMLElement& element, std::set<std::string>& out) {
    auto prefix = prefix_of(element.Name());
    out.insert(prefix.empty() ? "xmlns" : "xmlns:" + prefix);
    for (const auto* a = element.FirstAttribute(); a; a = a->Next()) {
        auto p = prefix_of(a->Name());
        if (!p.empty() && p != "xml" && p != "xmlns")
            out.insert("xmlns:" + p);
    }
    for (const auto* child = element.FirstChildElement(); child; child = child->NextSiblingElement())
        collect_used_declarations(*child, out);
}

const char* declaration_in_scope(const tinyxml2::XMLElement& element, const std::string& declaration) {
    for (const auto* node = &element; node; node = node->Parent() ? node->Parent()->ToElement() : nullptr)
        if (const char* uri = node->Attribute(declaration.c_str()))
            return uri;
    return nullptr;
}

} // namespace

std::size_t forbidden_control_offset(std::string_view text) {
    std::size_t i = 0;
    // Eight bytes at a time: a word with no byte below 0x20 needs no look.
    // (b - 0x20) borrows into bit 7 exactly when b < 0x20, for b < 0x80.
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        if (((word - 0x20 * ones) & ~word & highs) == 0)
            continue;
        for (std::size_t k = i; k < i + 8; ++k) {
            const auto c = static_cast<unsigned char>(text[k]);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return k;
        }
    }
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return i;
    }
    return std::string_view::npos;
}

std::size_t invalid_utf8_offset(std::string_view text) {
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i < text.size()) {
        // Most of a file is ASCII: skip it eight bytes at a time.
        while (i + 8 <= text.size()) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= text.size())
            break;
        unsigned char c = byte(i);
        std::size_t length;
        unsigned lowest;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2, lowest = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, lowest = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, lowest = 0x10000;
        } else {
            return i;
        }
        if (i + length > text.size())
            return i;
        unsigned code = c & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (byte(i + k) & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past Unicode are not UTF-8.
        if (code < lowest || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return i;
        i += length;
    }
    return std::string_view::npos;
}

std::unique_ptr<tinyxml2::XMLDocument> parse(std::string_view text, const std::string& file) {
    // What tinyxml2 would let through (unknown entities, surrogates, text
    // after the root...) is refused first, with its line.
    check_well_formed(text, file);
    // tinyxml2 always keeps white space as written: collapsing, where asked
    // for, is text()'s job, over the whole text of an element (tinyxml2's own
    // collapsing works node by node and leaves character references alone).
    auto document = std::make_unique<tinyxml2::XMLDocument>(true, tinyxml2::PRESERVE_WHITESPACE);
    auto error = document->Parse(text.data(), text.size());
    if (error != tinyxml2::XML_SUCCESS)
        throw FileError(file, std::max(1, document->ErrorLineNum()), explain(error));
    if (!document->RootElement())
        throw FileError(file, 1, explain(tinyxml2::XML_ERROR_EMPTY_DOCUMENT));
    return document;
}

std::string local_name(std::string_view name) {
    auto colon = name.find(':');
    return std::string(colon == std::string_view::npos ? name : name.substr(colon + 1));
}

std::string namespace_declaration(std::string_view name) {
    auto colon = name.find(':');
    return colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
}

std::string local_name(const tinyxml2::XMLElement& element) { return local_name(std::string_view(element.Name())); }

std::string namespace_uri(const tinyxml2::XMLElement& element) {
    const char* uri = declaration_in_scope(element, namespace_declaration(element.Name()));
    return uri ? uri : "";
}

bool in_namespace(const tinyxml2::XMLElement& element, std::string_view uri) {
    const char* found = declaration_in_scope(element, namespace_declaration(element.Name()));
    return std::string_view(found ? found : "") == uri;
}

std::string lang(const tinyxml2::XMLElement& element) {
    const char* value = element.Attribute("xml:lang");
    return value ? value : "";
}

std::optional<std::string> attribute(const tinyxml2::XMLElement& element, const char* name) {
    const char* value = element.Attribute(name);
    if (!value)
        return std::nullopt;
    // XML turns every literal tab and line break of an attribute value into a
    // space (attribute-value normalisation); tinyxml2 keeps them. References
    // to those characters are refused by check_well_formed, so every one left
    // here was literal.
    return normalised_attribute(value);
}

bool has_attribute_value(const tinyxml2::XMLElement& element, const char* name) {
    const char* value = element.Attribute(name);
    return value && *value != '\0';
}

std::string normalised_attribute(std::string value) {
    std::replace_if(value.begin(), value.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return value;
}

std::string text(const tinyxml2::XMLElement& element, Whitespace whitespace) {
    std::string out;
    for (const auto* node = element.FirstChild(); node; node = node->NextSibling())
        if (const auto* t = node->ToText())
            out += t->Value();
    if (out.find_first_not_of(" \t\n\r") == std::string::npos)
        return {};
    if (whitespace == Whitespace::preserve)
        return out;
    std::string collapsed;
    collapsed.reserve(out.size());
    bool pending_space = false;
    for (char c : out) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending_space = !collapsed.empty();
            continue;
        }
        if (pending_space)
            collapsed += ' ';
        pending_space = false;
        collapsed += c;
    }
    return collapsed;
}

std::optional<std::string> plain_text_problem(const tinyxml2::XMLElement& element) {
    for (const auto* node = element.FirstChild(); node; node = node->NextSibling()) {
        const char* what = nullptr;
        if (const auto* t = node->ToText(); t && t->CData())
            what = "a CDATA section";
        else if (node->ToElement())
            what = "an element";
        else if (node->ToComment())
            what = "a comment";
        else if (!node->ToText())
            what = "a processing instruction";
        if (what)
            return "<" + local_name(element) + "> holds " + what + " (line " + std::to_string(node->GetLineNum()) +
                   "); it holds plain text only: write the text itself, with &lt; for <";
    }
    return std::nullopt;
}

std::string capture(const tinyxml2::XMLElement& element) {
    tinyxml2::XMLDocument scratch;
    auto* copy = element.DeepClone(&scratch)->ToElement();
    scratch.InsertEndChild(copy);
    // A prefix declared on an ancestor must travel with the element; only
    // those it uses, so that capturing again after writing gives the same text.
    std::set<std::string> used;
    collect_used_declarations(element, used);
    for (const auto& declaration : used)
        if (!copy->Attribute(declaration.c_str()))
            if (const char* uri = declaration_in_scope(element, declaration))
                copy->SetAttribute(declaration.c_str(), uri);
    tinyxml2::XMLPrinter printer(nullptr, true);
    scratch.Print(&printer);
    return printer.CStr();
}

void append_captured(tinyxml2::XMLElement& parent, const std::string& captured) {
    tinyxml2::XMLDocument scratch(true, tinyxml2::PRESERVE_WHITESPACE);
    if (scratch.Parse(captured.c_str()) != tinyxml2::XML_SUCCESS || !scratch.RootElement())
        return; // captured from a parsed document, so this cannot happen
    auto* copy = scratch.RootElement()->DeepClone(parent.GetDocument());
    // Declarations the parent already makes need not be repeated.
    if (auto* e = copy->ToElement()) {
        for (const auto* a = e->FirstAttribute(); a;) {
            const auto* next = a->Next();
            std::string_view name = a->Name();
            if (name == "xmlns" || name.starts_with("xmlns:")) {
                const char* inherited = declaration_in_scope(parent, a->Name());
                if (inherited && std::string_view(inherited) == a->Value())
                    e->DeleteAttribute(a->Name());
            }
            a = next;
        }
    }
    parent.InsertEndChild(copy);
}

std::string attribute_safe(std::string_view text) {
    std::string out = xml_safe(text);
    std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    return out;
}

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        // A reader turns CR LF and lone CR into LF; doing it here keeps a
        // written file identical to what reading it back gives.
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n')
                continue;
            out += '\n';
            continue;
        }
        if (c < 0x20 && c != '\t' && c != '\n')
            continue;
        out += text[i];
    }
    return out;
}

tinyxml2::XMLElement* append_child(tinyxml2::XMLElement& parent, const char* name) {
    auto* element = parent.GetDocument()->NewElement(name);
    parent.InsertEndChild(element);
    return element;
}

void set_if_given(tinyxml2::XMLElement& element, const char* name, const std::string& value) {
    if (!value.empty())
        element.SetAttribute(name, attribute_safe(value).c_str());
}

std::string print(const tinyxml2::XMLDocument& document, bool compact) {
    tinyxml2::XMLPrinter printer(nullptr, compact);
    document.Print(&printer);
    std::string body = printer.CStr();
    const bool has_declaration = document.FirstChild() && document.FirstChild()->ToDeclaration();
    return has_declaration ? body : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body;
}

} // namespace extramile::xml
