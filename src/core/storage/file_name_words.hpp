// Words of a file name made from a person's name: readable (letters kept,
// accents included), with no character a file system or a sync engine could
// trip on.
#pragma once

#include <string>

namespace extramile {

// "Ana Pérez" -> "ana-pérez"; at most 60 bytes, cut between characters;
// "unnamed" when nothing is left.
std::string file_name_words(const std::string& words);

} // namespace extramile
