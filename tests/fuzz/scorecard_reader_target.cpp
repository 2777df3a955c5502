// Fuzz target: any bytes given to the scorecard reader end in a Scorecard or
// a FileError, and what was read writes back to the same scorecard.
#include "core/file_error.hpp"
#include "core/scorecard_xml.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto scorecard = extramile::parse_scorecard(text, "fuzz.scorecard.xml");
        const auto again = extramile::parse_scorecard(extramile::scorecard_to_xml(scorecard), "again.scorecard.xml");
        if (!(again == scorecard))
            __builtin_trap();
    } catch (const extramile::FileError&) {
    }
    return 0;
}
