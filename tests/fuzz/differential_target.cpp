// Differential fuzz target: whatever our XML layer accepts must be
// well-formed for libxml2 (the reference, linked here only, never into the
// program) and must read as the same tree: the same element names in the
// same order, the same attributes with the same values (after XML's
// attribute-value normalisation), the same text. So no input can make our
// readers see words other than what the file says, as tinyxml2 alone did
// with "Q&A" (read back as "QhA").
//
// Built three times: EXTRAMILE_DIFFERENTIAL_RUBRIC compares text the way the
// rubric reader reads it (white space collapsed), otherwise as the scorecard
// and decision readers do (kept as written); EXTRAMILE_DIFFERENTIAL_DECISION
// ends with the decision reader instead of the scorecard's. Inputs our layer refuses are fine.
#include "core/base/file_error.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "core/xml/xml_adapter.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace {

using extramile::xml::Whitespace;

#ifdef EXTRAMILE_DIFFERENTIAL_RUBRIC
constexpr Whitespace kWhitespace = Whitespace::collapse;
#else
constexpr Whitespace kWhitespace = Whitespace::preserve;
#endif

[[noreturn]] void differ(const std::string& what) {
    std::fprintf(stderr, "differential: %s\n", what.c_str());
    std::abort();
}

std::string collapse(const std::string& text) {
    if (kWhitespace == Whitespace::preserve)
        return text;
    std::string out;
    bool pending = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pending = !out.empty();
            continue;
        }
        if (pending)
            out += ' ';
        pending = false;
        out += c;
    }
    return out;
}

std::string qualified(const xmlChar* prefix, const xmlChar* name) {
    std::string out;
    if (prefix) {
        out = reinterpret_cast<const char*>(prefix);
        out += ':';
    }
    return out + reinterpret_cast<const char*>(name);
}

// The text of an element holding plain text only (what the readers take;
// they refuse text elements holding anything else), with the readers' rule
// that white space alone is no text. nullopt for other elements.
std::optional<std::string> reference_text(xmlNodePtr element) {
    std::string out;
    for (auto* child = element->children; child; child = child->next) {
        if (child->type != XML_TEXT_NODE)
            return std::nullopt;
        if (child->content)
            out += reinterpret_cast<const char*>(child->content);
    }
    if (out.find_first_not_of(" \t\n\r") == std::string::npos)
        return std::string();
    return collapse(out);
}

// libxml2 keeps a namespace name as its attribute value was held inside the
// parser, where an '&' written &amp; is stored as "&#38;" (so that entity
// references stay apart); its attributes' values come decoded.
std::string namespace_name(const xmlChar* href) {
    std::string out = href ? reinterpret_cast<const char*>(href) : "";
    for (auto at = out.find("&#38;"); at != std::string::npos; at = out.find("&#38;", at + 1))
        out.replace(at, 5, "&");
    return out;
}

std::map<std::string, std::string> reference_attributes(xmlNodePtr element) {
    std::map<std::string, std::string> out;
    for (auto* ns = element->nsDef; ns; ns = ns->next)
        out[ns->prefix ? "xmlns:" + std::string(reinterpret_cast<const char*>(ns->prefix)) : "xmlns"] =
            namespace_name(ns->href);
    for (auto* a = element->properties; a; a = a->next) {
        xmlChar* value = xmlNodeListGetString(element->doc, a->children, 1);
        out[qualified(a->ns ? a->ns->prefix : nullptr, a->name)] = value ? reinterpret_cast<const char*>(value) : "";
        xmlFree(value);
    }
    return out;
}

std::map<std::string, std::string> our_attributes(const tinyxml2::XMLElement& element) {
    std::map<std::string, std::string> out;
    for (const auto* a = element.FirstAttribute(); a; a = a->Next())
        out[a->Name()] = *extramile::xml::attribute(element, a->Name());
    return out;
}

void compare(const tinyxml2::XMLElement& ours, xmlNodePtr reference, const std::string& path) {
    const auto name = qualified(reference->ns ? reference->ns->prefix : nullptr, reference->name);
    const auto here = path + "/" + name;
    if (name != ours.Name())
        differ(here + ": element named " + ours.Name() + " by us");
    if (const auto mine = our_attributes(ours), theirs = reference_attributes(reference); mine != theirs) {
        std::string shown;
        for (const auto& [k, v] : mine)
            shown += " ours " + k + "=\"" + v + "\"";
        for (const auto& [k, v] : theirs)
            shown += " libxml2 " + k + "=\"" + v + "\"";
        differ(here + ": attributes differ:" + shown);
    }
    const auto text = reference_text(reference);
    const bool plain = !extramile::xml::plain_text_problem(ours);
    if (plain && !text && ours.FirstChild())
        differ(here + ": plain text for us, not for libxml2");
    if (plain && text && extramile::xml::text(ours, kWhitespace) != *text)
        differ(here + ": text differs: \"" + extramile::xml::text(ours, kWhitespace) + "\" vs \"" + *text + "\"");
    const auto* child = ours.FirstChildElement();
    auto* other = reference->children;
    for (;; child = child->NextSiblingElement(), other = other->next) {
        while (other && other->type != XML_ELEMENT_NODE)
            other = other->next;
        if (!child || !other)
            break;
        compare(*child, other, here);
    }
    if (child || other)
        differ(here + ": a different number of child elements");
}

void silence(void*, const char*, ...) {}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::unique_ptr<tinyxml2::XMLDocument> ours;
    try {
        ours = extramile::xml::parse(text, "fuzz.xml");
    } catch (const extramile::FileError&) {
        return 0; // refused with a reason: fine, whatever libxml2 thinks
    }
    xmlSetGenericErrorFunc(nullptr, silence);
    xmlParserCtxtPtr context = xmlCreateMemoryParserCtxt(reinterpret_cast<const char*>(data), static_cast<int>(size));
    if (!context)
        return 0;
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_HUGE);
    xmlParseDocument(context);
    const bool well_formed = context->wellFormed != 0;
    xmlDocPtr document = context->myDoc;
    xmlFreeParserCtxt(context);
    if (!well_formed || !document)
        differ("accepted by us, not well-formed for libxml2");
    compare(*ours->RootElement(), xmlDocGetRootElement(document), "");
    xmlFreeDoc(document);
    // The readers on top must not fail in any way but a FileError either.
    try {
#if defined(EXTRAMILE_DIFFERENTIAL_RUBRIC)
        extramile::parse_rubric(text, "fuzz.rubric.xml");
#elif defined(EXTRAMILE_DIFFERENTIAL_DECISION)
        extramile::parse_decision(text, "fuzz.decision.xml");
#else
        extramile::parse_scorecard(text, "fuzz.scorecard.xml");
#endif
    } catch (const extramile::FileError&) {
    }
    return 0;
}
