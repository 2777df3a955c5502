// File names crossing between text (UTF-8 std::string: the command line,
// XML, messages, wx) and std::filesystem::path. On Linux a path is bytes and
// both are no-ops. On Windows a path is UTF-16, and libstdc++'s
// path(std::string) decodes the bytes one by one as Latin-1, whatever the
// code page, so "José" would become "JosÃ©": every name that may hold more
// than ASCII goes through these two functions instead (path::string() is
// already UTF-8 there, but utf8_of says what is meant).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace extramile {

std::filesystem::path path_from_utf8(std::string_view utf8);
std::string utf8_of(const std::filesystem::path& path);

} // namespace extramile
