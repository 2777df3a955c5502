// Fuzz target: any bytes given to the scorecard reader end in a Scorecard or
// a FileError, and what was read writes back to the same scorecard.
#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<extramile::Scorecard> read;
    try {
        read = extramile::parse_scorecard(text, "fuzz.scorecard.xml");
    } catch (const extramile::FileError&) {
        return 0; // refused with a reason: fine
    }
    // What the writer makes of it must read back (a FileError here escapes and
    // counts as a crash), and writing that again must change nothing.
    const auto first = extramile::scorecard_to_xml(*read);
    const auto second = extramile::scorecard_to_xml(extramile::parse_scorecard(first, "again.scorecard.xml"));
    if (first != second)
        __builtin_trap();
    return 0;
}
