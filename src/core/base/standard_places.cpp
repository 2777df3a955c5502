#include "core/base/standard_places.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#ifdef _WIN32
#include <windows.h>
#include <shlobj.h>
#endif

namespace extramile {

namespace fs = std::filesystem;

namespace {

#ifdef _WIN32
constexpr fs::path::value_type list_separator = L';';
#else
constexpr fs::path::value_type list_separator = ':';
#endif

// The variable's value in the path's own characters.
std::optional<fs::path::string_type> environment(const char* name) {
#ifdef _WIN32
    // _wgetenv, not getenv: the narrow environment is in the ANSI code
    // page, which cannot hold every name.
    const std::wstring wide_name(name, name + std::char_traits<char>::length(name));
    const wchar_t* value = ::_wgetenv(wide_name.c_str());
#else
    const char* value = std::getenv(name);
#endif
    if (!value || !*value)
        return std::nullopt;
    return fs::path::string_type(value);
}

} // namespace

std::optional<fs::path> environment_path(const char* name) {
    if (auto value = environment(name))
        return fs::path(std::move(*value));
    return std::nullopt;
}

std::vector<fs::path> environment_path_list(const char* name) {
    std::vector<fs::path> folders;
    const auto value = environment(name);
    if (!value)
        return folders;
    std::size_t start = 0;
    while (start <= value->size()) {
        const auto end = std::min(value->find(list_separator, start), value->size());
        if (end > start)
            folders.emplace_back(value->substr(start, end - start));
        start = end + 1;
    }
    return folders;
}

#ifdef _WIN32

fs::path program_file() {
    // A path may be longer than MAX_PATH: grow the buffer until it fits.
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD n = ::GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (n == 0)
            return {};
        if (n < buffer.size()) {
            buffer.resize(n);
            return fs::path(buffer);
        }
        buffer.resize(buffer.size() * 2);
    }
}

fs::path user_data_folder() {
    if (auto local = environment_path("LOCALAPPDATA"))
        return *local;
    PWSTR folder = nullptr;
    fs::path result;
    if (::SHGetKnownFolderPath(FOLDERID_LocalAppData, 0, nullptr, &folder) == S_OK)
        result = folder;
    ::CoTaskMemFree(folder);
    return result;
}

#else

fs::path program_file() {
    std::error_code error;
    auto exe = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : exe;
}

fs::path user_data_folder() {
    if (auto data = environment_path("XDG_DATA_HOME"))
        return *data;
    if (auto home = environment_path("HOME"))
        return *home / ".local" / "share";
    return {};
}

#endif

} // namespace extramile
