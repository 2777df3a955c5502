// Fuzz target: any bytes given to the rubric reader end in a Rubric or a
// FileError, never a crash, a hang or another exception. Built with
// libFuzzer by tests/bench/fuzz, and replayed over the corpus by ctest.
#include "core/base/file_error.hpp"
#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::optional<extramile::Rubric> read;
    try {
        read = extramile::parse_rubric(text, "fuzz.rubric.xml");
    } catch (const extramile::FileError&) {
        return 0; // refused with a reason: fine
    }
    // What the writer makes of it must read back (a FileError here escapes and
    // counts as a crash), and writing that again must change nothing.
    const auto first = extramile::rubric_to_xml(*read);
    const auto second = extramile::rubric_to_xml(extramile::parse_rubric(first, "again.rubric.xml"));
    if (first != second)
        __builtin_trap();
    (void)extramile::rubric_digest(*read);
    return 0;
}
