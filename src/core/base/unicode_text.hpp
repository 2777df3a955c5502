// Unicode text as people write names: "Íñigo Ñúñez", "ÍÑIGO ÑÚÑEZ" and the
// decomposed form macOS writes are one person. Normalisation, case folding,
// marks and display widths come from ICU, not from tables of our own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace extramile {

// Unicode normalisation form C (composed): what most systems write.
std::string nfc(std::string_view utf8);

// Full Unicode case folding ("Straße" -> "strasse"), for comparing, never
// for showing.
std::string fold_case(std::string_view utf8);

// The key two spellings of one name share: NFC, full case folding, and white
// space (any Unicode space) collapsed to single spaces, trimmed. How
// candidates and interviewers are grouped (docs/formats.md).
std::string name_key(std::string_view utf8);

// name_key made once per name: a comparison groups tens of thousands of
// ratings by a few interviewers' names, and ICU's normalisation of each was
// most of the time of scoring them (tests/bench/results.md). Not shared
// between threads.
class NameKeys {
public:
    const std::string& operator()(const std::string& name);

private:
    std::unordered_map<std::string, std::string> keys_;
};

// The text with its combining marks removed ("Élodie Müller" -> "Elodie
// Muller"), for matching names written without accents.
std::string without_marks(std::string_view utf8);

// How many columns a terminal gives the text: combining marks and format
// characters take none, East Asian wide and fullwidth characters two.
std::size_t display_width(std::string_view utf8);

} // namespace extramile
