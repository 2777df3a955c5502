// Where things are on this platform: the running program (bundled data is
// found beside it), the user's own data, and lists of folders given in the
// environment. One POSIX and one Windows part, in standard_places.cpp.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace extramile {

// The running program's file, links resolved: /proc/self/exe on Linux,
// GetModuleFileNameW on Windows. Empty when it cannot be told.
std::filesystem::path program_file();

// The folder for a user's own data, made by nobody else:
// $XDG_DATA_HOME or ~/.local/share on POSIX, %LOCALAPPDATA% on Windows
// (whose ACL already keeps other users out). Empty when neither is known.
std::filesystem::path user_data_folder();

// An environment variable that names a path, decoded as the platform does
// (UTF-16 on Windows, bytes on POSIX). nullopt when unset or empty.
std::optional<std::filesystem::path> environment_path(const char* name);

// An environment variable holding a list of folders, separated as the
// platform's PATH is (':' on POSIX, ';' on Windows, where ':' follows a
// drive letter). Empty parts are skipped.
std::vector<std::filesystem::path> environment_path_list(const char* name);

} // namespace extramile
