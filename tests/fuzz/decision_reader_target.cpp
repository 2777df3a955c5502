// Fuzz target: any bytes given to the decision reader end in a Decision or
// a FileError, and what was read writes back to the same decision.
#include "core/base/file_error.hpp"
#include "core/xml/decision_xml.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<extramile::Decision> read;
    try {
        read = extramile::parse_decision(text, "fuzz.decision.xml");
    } catch (const extramile::FileError&) {
        return 0; // refused with a reason: fine
    }
    // What the writer makes of it must read back (a FileError here escapes and
    // counts as a crash) as the same decision, and writing that again must
    // change nothing.
    const auto first = extramile::decision_to_xml(*read);
    const auto again = extramile::parse_decision(first, "again.decision.xml");
    if (!(again == *read))
        __builtin_trap();
    if (extramile::decision_to_xml(again) != first)
        __builtin_trap();
    return 0;
}
