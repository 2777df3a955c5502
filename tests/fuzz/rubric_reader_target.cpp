// Fuzz target: any bytes given to the rubric reader end in a Rubric or a
// FileError, never a crash, a hang or another exception. Built with
// libFuzzer by tests/bench/fuzz, and replayed over the corpus by ctest.
#include "core/file_error.hpp"
#include "core/rubric_digest.hpp"
#include "core/rubric_xml.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto rubric = extramile::parse_rubric(text, "fuzz.rubric.xml");
        // What was read must write and read back to the same rubric.
        const auto again = extramile::parse_rubric(extramile::rubric_to_xml(rubric), "again.rubric.xml");
        if (!(again == rubric))
            __builtin_trap();
        (void)extramile::rubric_digest(rubric);
    } catch (const extramile::FileError&) {
    }
    return 0;
}
