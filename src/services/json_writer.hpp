// JSON text written as it is made, laid out exactly as nlohmann::json's
// dump(2) lays out a tree (the tests hold the two to the same bytes), for
// output too big to build as a tree first: a comparison of thousands of
// candidates spent more time making nlohmann objects (a std::map node per
// key) than reading the scorecards (tests/bench/results.md). Keys are
// written in the order given, so a caller that must match a tree's output
// gives them sorted, as nlohmann's std::map keeps them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace extramile::services {

class JsonWriter {
public:
    // Appends to `out`; `depth`: levels of indentation the value starts at
    // (as a tree's dump(2) nested that many levels in).
    JsonWriter(std::string& out, int depth) : out_(out), depth_(depth) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The key of the next value, inside an object.
    JsonWriter& key(std::string_view name);

    // Scalars, each formatted by nlohmann itself (numbers as its dump gives
    // them; text escaped, invalid UTF-8 replaced as the rest of the output does).
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(bool flag);
    void value(int number);
    void value(long number);
    void value(double number);
    void null();
    // nullopt as null.
    template <typename T> void value(const std::optional<T>& v) {
        if (v)
            value(*v);
        else
            null();
    }

private:
    void element(); // before a value: the separator and the indentation, or nothing after a key
    void close(char bracket);

    std::string& out_;
    int depth_;
    std::vector<int> counts_; // values written in each open container
    bool after_key_ = false;
};

} // namespace extramile::services
