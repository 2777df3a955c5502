#include "services/json_writer.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <charconv>
#include <cmath>

namespace extramile::services {

namespace {

using nlohmann::json;

void append(std::string& out, const json& scalar) {
    out += scalar.dump(-1, ' ', false, json::error_handler_t::replace);
}

// Printable ASCII other than the quote and the backslash: written as it is by
// any JSON writer, so copied without asking nlohmann (every key, and most
// values; asking it made a json and a string for each).
bool verbatim(std::string_view text) {
    for (const char c : text)
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return false;
    return true;
}

void append_text(std::string& out, std::string_view text) {
    if (verbatim(text)) {
        out += '"';
        out += text;
        out += '"';
    } else {
        append(out, json(text));
    }
}

} // namespace

void JsonWriter::element() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (counts_.empty())
        return; // the outermost value
    out_ += counts_.back()++ == 0 ? "\n" : ",\n";
    out_.append(2 * (static_cast<std::size_t>(depth_) + counts_.size()), ' ');
}

void JsonWriter::begin_object() {
    element();
    out_ += '{';
    counts_.push_back(0);
}

void JsonWriter::begin_array() {
    element();
    out_ += '[';
    counts_.push_back(0);
}

void JsonWriter::close(char bracket) {
    const bool empty = counts_.back() == 0;
    counts_.pop_back();
    if (!empty) {
        out_ += '\n';
        out_.append(2 * (static_cast<std::size_t>(depth_) + counts_.size()), ' ');
    }
    out_ += bracket;
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
    element();
    append_text(out_, name);
    out_ += ": ";
    after_key_ = true;
    return *this;
}

void JsonWriter::value(std::string_view text) {
    element();
    append_text(out_, text);
}

void JsonWriter::value(bool flag) {
    element();
    out_ += flag ? "true" : "false";
}

void JsonWriter::value(int number) { value(static_cast<long>(number)); }

void JsonWriter::value(long number) {
    element();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    out_.append(digits, end);
}

void JsonWriter::value(double number) {
    element();
    if (!std::isfinite(number)) {
        out_ += "null"; // as dump writes them
        return;
    }
    // The digits dump writes (its own shortest round trip, Grisu2, and
    // layout), put straight into the output: through a json and the string
    // its dump made, each number was two allocations, a tenth of the JSON's time.
    std::array<char, 64> digits; // dump's own buffer size
    const auto end = nlohmann::detail::to_chars(digits.data(), digits.data() + digits.size(), number);
    out_.append(digits.data(), end);
}

void JsonWriter::null() {
    element();
    out_ += "null";
}

} // namespace extramile::services
