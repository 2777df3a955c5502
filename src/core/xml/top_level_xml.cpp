#include "core/xml/top_level_xml.hpp"

#include "core/xml/well_formed.hpp"
#include "core/xml/xml_adapter.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace extramile::xml {

namespace {

// A shape this reader leaves to tinyxml2: thrown from inside the check to
// stop it early (the fallback checks the whole file again anyway).
struct OtherShape {};

// The five predefined entities and character references (the only ones
// check_well_formed lets through, with their number in range), and XML's
// end-of-line handling, as tinyxml2 applies them to attribute values.
bool plain(std::string_view raw) {
    // (Two memchr: find_first_of looks each byte up in its set, which showed.)
    return raw.find('&') == std::string_view::npos && raw.find('\r') == std::string_view::npos;
}

std::string decode(std::string_view raw) {
    if (plain(raw))
        return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < raw.size() && raw[i + 1] == '\n')
                ++i;
            continue;
        }
        if (c != '&') {
            out += c;
            continue;
        }
        const auto semicolon = raw.find(';', i);
        const auto entity = raw.substr(i + 1, semicolon - i - 1);
        i = semicolon;
        if (entity.starts_with('#')) {
            const bool hex = entity.size() > 1 && entity[1] == 'x';
            std::uint32_t code = 0;
            for (char d : entity.substr(hex ? 2 : 1))
                code = code * (hex ? 16 : 10) +
                       static_cast<std::uint32_t>(d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
            char buffer[U8_MAX_LENGTH];
            std::int32_t length = 0;
            U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(code));
            out.append(buffer, static_cast<std::size_t>(length));
        } else {
            out += entity == "lt" ? '<' : entity == "gt" ? '>' : entity == "amp" ? '&' : entity == "apos" ? '\'' : '"';
        }
    }
    return out;
}

} // namespace

class TopLevelReader final : public MarkupObserver {
public:
    explicit TopLevelReader(std::string_view text) : text_(text) {
        document_.elements_.reserve(32); // a scorecard's usual count, so rarely moved
        document_.attributes_.reserve(64);
    }

    TopLevelDocument finish() {
        auto& elements = document_.elements_;
        for (std::size_t i = 1; i < elements.size(); ++i) {
            elements[i].parent_ = &elements[0];
            if (i + 1 < elements.size())
                elements[i].next_ = &elements[i + 1];
        }
        if (elements.size() > 1)
            elements[0].first_child_ = &elements[1];
        for (auto& element : elements)
            element.attributes_ = document_.attributes_.data() + element.first_attribute_;
        return std::move(document_);
    }

    void start_tag(std::string_view name, std::size_t at) override {
        if (open_ >= 2)
            throw OtherShape{}; // an element inside a child of the root
        // Line breaks are far apart (a note is one long line): found by memchr.
        const char* p = text_.data() + counted_;
        const char* const end = text_.data() + at;
        while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
            ++line_;
            ++p;
        }
        counted_ = at;
        auto& element = document_.elements_.emplace_back();
        element.name_ = std::string(name);
        element.line_ = line_;
        element.first_attribute_ = document_.attributes_.size();
    }
    void attribute(std::string_view name, std::string_view raw_value) override {
        document_.attributes_.emplace_back(name, raw_value);
        ++document_.elements_.back().attribute_count_;
    }
    void start_closed(bool empty) override {
        if (!empty)
            ++open_;
    }
    void end_tag() override { --open_; }
    void markup(std::size_t) override { throw OtherShape{}; }

private:
    std::string_view text_;
    TopLevelDocument document_;
    int open_ = 0;           // elements open at this point
    int line_ = 1;           // the line of text_[counted_]
    std::size_t counted_ = 0;
};

std::optional<std::string_view> TopLevelElement::raw_attribute(std::string_view name) const {
    for (std::size_t i = 0; i < attribute_count_; ++i)
        if (attributes_[i].first == name)
            return attributes_[i].second;
    return std::nullopt;
}

std::optional<std::string> TopLevelElement::Attribute(std::string_view name) const {
    if (const auto raw = raw_attribute(name))
        return decode(*raw);
    return std::nullopt;
}

std::optional<TopLevelDocument> parse_top_level(std::string_view text, const std::string& file) {
    TopLevelReader reader(text);
    try {
        check_well_formed(text, file, &reader);
    } catch (const OtherShape&) {
        return std::nullopt;
    }
    return reader.finish();
}

std::string local_name(const TopLevelElement& element) { return local_name(std::string_view(element.Name())); }

std::string namespace_uri(const TopLevelElement& element) {
    const auto declaration = namespace_declaration(element.Name());
    for (const auto* e = &element; e; e = e->Parent())
        if (auto uri = e->Attribute(declaration))
            return *uri;
    return {};
}

bool in_namespace(const TopLevelElement& element, std::string_view uri) {
    // Asked of every child of a scorecard: compared where it is written,
    // without a copy, unless it has something to decode.
    // The declaration's name made only for a prefixed element.
    const std::string_view qualified = element.Name();
    const bool prefixed = qualified.find(':') != std::string_view::npos;
    const std::string made = prefixed ? namespace_declaration(qualified) : std::string();
    const std::string_view declaration = prefixed ? std::string_view(made) : std::string_view("xmlns");
    for (const auto* e = &element; e; e = e->Parent())
        if (const auto raw = e->raw_attribute(declaration))
            return plain(*raw) ? *raw == uri : decode(*raw) == uri;
    return uri.empty();
}

std::optional<std::string> attribute(const TopLevelElement& element, const char* name) {
    auto value = element.Attribute(name);
    if (!value)
        return std::nullopt;
    return normalised_attribute(std::move(*value));
}

bool has_attribute_value(const TopLevelElement& element, const char* name) {
    // Decoding never empties a value (a reference stands for a character,
    // and line ends become a line feed), so the value as written tells.
    const auto raw = element.raw_attribute(name);
    return raw && !raw->empty();
}

std::optional<std::string> plain_text_problem(const TopLevelElement&) { return std::nullopt; }

} // namespace extramile::xml
