// The Windows steps of native_file.hpp: CreateFileW (CREATE_NEW for a name
// that must be new), WriteFile, FlushFileBuffers, MoveFileExW with
// MOVEFILE_WRITE_THROUGH (with MOVEFILE_REPLACE_EXISTING to replace; without
// it a taken name is refused, which is RENAME_NOREPLACE). Windows has no
// RENAME_EXCHANGE. Every path goes to the wide functions in its long form
// (win32_path.hpp), never through the ANSI code page.
#include "core/storage/native_file.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/win32_path.hpp"

#include <windows.h>

#include <algorithm>
#include <random>
#include <string>

namespace extramile::platform {

namespace fs = std::filesystem;

namespace {

// Windows' own text for the codes no std::errc names (in UTF-8, as every
// message here is).
class WindowsCategory : public std::error_category {
public:
    const char* name() const noexcept override { return "windows"; }
    std::string message(int code) const override {
        wchar_t* text = nullptr;
        const DWORD length = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                                  FORMAT_MESSAGE_IGNORE_INSERTS,
                                              nullptr, static_cast<DWORD>(code), 0,
                                              reinterpret_cast<wchar_t*>(&text), 0, nullptr);
        std::wstring wide = length ? std::wstring(text, length) : L"Windows error " + std::to_wstring(code);
        ::LocalFree(text);
        while (!wide.empty() && (wide.back() == L'\n' || wide.back() == L'\r' || wide.back() == L'.'))
            wide.pop_back();
        return utf8_of(fs::path(wide));
    }
};

const std::error_category& windows_category() {
    static const WindowsCategory category;
    return category;
}

// The causes messages name, as the std::errc values atomic_file.cpp and
// scorecard_lock.cpp test for.
std::error_code from_windows(DWORD code) {
    using std::errc;
    switch (code) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
    case ERROR_BAD_NETPATH:
    case ERROR_BAD_NET_NAME:
        return std::make_error_code(errc::no_such_file_or_directory);
    case ERROR_ACCESS_DENIED:
    case ERROR_NETWORK_ACCESS_DENIED:
        return std::make_error_code(errc::permission_denied);
    case ERROR_WRITE_PROTECT:
        return std::make_error_code(errc::read_only_file_system);
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return std::make_error_code(errc::no_space_on_device);
    case ERROR_FILENAME_EXCED_RANGE:
        return std::make_error_code(errc::filename_too_long);
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return std::make_error_code(errc::file_exists);
    case ERROR_DIRECTORY:
        return std::make_error_code(errc::not_a_directory);
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return std::make_error_code(errc::device_or_resource_busy);
    default:
        return std::error_code(static_cast<int>(code), windows_category());
    }
}
std::error_code last_error() { return from_windows(::GetLastError()); }

HANDLE handle_of(NativeFile file) { return reinterpret_cast<HANDLE>(file); }
NativeFile file_of(HANDLE handle) {
    return handle == INVALID_HANDLE_VALUE ? no_file : reinterpret_cast<NativeFile>(handle);
}

constexpr DWORD share_all = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

// What an open handle is: the attributes tell folders and reparse points
// (when not followed), the handle's type devices and pipes.
EntryKind kind_of(HANDLE handle) {
    FILE_BASIC_INFO basic{};
    if (!::GetFileInformationByHandleEx(handle, FileBasicInfo, &basic, sizeof basic)) {
        switch (::GetFileType(handle)) {
        case FILE_TYPE_CHAR:
            return EntryKind::device;
        case FILE_TYPE_PIPE:
            return EntryKind::fifo;
        default:
            return EntryKind::other;
        }
    }
    if (basic.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
        return EntryKind::link;
    if (basic.FileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return EntryKind::folder;
    return ::GetFileType(handle) == FILE_TYPE_DISK ? EntryKind::regular : EntryKind::device;
}

// Opens `path` to look at or read it, a reparse point itself unless `follow`.
HANDLE open_existing(const fs::path& path, DWORD access, bool follow) {
    return ::CreateFileW(win32::long_path(path).c_str(), access, share_all, nullptr, OPEN_EXISTING,
                         FILE_FLAG_BACKUP_SEMANTICS | (follow ? 0 : FILE_FLAG_OPEN_REPARSE_POINT), nullptr);
}

bool missing(DWORD code) { return code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND; }

// A virus scanner, the search indexer or a sync client may hold the file
// being replaced open for a moment without FILE_SHARE_DELETE; MoveFileExW
// then fails with a sharing violation or access denied. Such holds are
// short: try again for about a second before reporting it.
template <typename Step>
std::error_code with_patience(Step step) {
    for (int attempt = 0;; ++attempt) {
        if (step())
            return {};
        const DWORD code = ::GetLastError();
        if ((code != ERROR_SHARING_VIOLATION && code != ERROR_ACCESS_DENIED) || attempt == 20)
            return from_windows(code);
        ::Sleep(50);
    }
}

} // namespace

EntryStatus status_of(const fs::path& path, bool follow) {
    EntryStatus status;
    const HANDLE handle = open_existing(path, FILE_READ_ATTRIBUTES, follow);
    if (handle == INVALID_HANDLE_VALUE) {
        if (const DWORD code = ::GetLastError(); !missing(code))
            status.error = from_windows(code);
        return status;
    }
    status.kind = kind_of(handle);
    ::CloseHandle(handle);
    return status;
}

Created create_temporary(const fs::path& folder, const std::string& prefix, const std::string& suffix) {
    static constexpr char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    thread_local std::mt19937 random{std::random_device{}()};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof letters - 2);
    Created created;
    // CREATE_NEW picks only an unused name, so two saves never collide; a
    // name taken meanwhile is tried again with other letters.
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = prefix;
        for (int i = 0; i < 6; ++i)
            name += letters[pick(random)];
        name += suffix;
        const fs::path path = folder / path_from_utf8(name);
        const HANDLE handle = ::CreateFileW(win32::long_path(path).c_str(), GENERIC_WRITE,
                                            FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr, CREATE_NEW,
                                            FILE_ATTRIBUTE_NORMAL, nullptr);
        if (handle != INVALID_HANDLE_VALUE) {
            created.file = file_of(handle);
            created.path = path;
            return created;
        }
        const DWORD code = ::GetLastError();
        if (code == ERROR_FILE_EXISTS || code == ERROR_ALREADY_EXISTS)
            continue;
        // As on POSIX, say whether the folder is missing or not a folder.
        const DWORD attributes = ::GetFileAttributesW(win32::long_path(folder).c_str());
        created.error = attributes == INVALID_FILE_ATTRIBUTES ? last_error()
                        : !(attributes & FILE_ATTRIBUTE_DIRECTORY)
                            ? std::make_error_code(std::errc::not_a_directory)
                            : from_windows(code);
        return created;
    }
    created.error = std::make_error_code(std::errc::file_exists);
    return created;
}

Created create_new(const fs::path& path, unsigned) {
    Created created;
    // CREATE_NEW fails on any name already taken, a link among them (it is
    // never followed to make its target).
    const HANDLE handle = ::CreateFileW(win32::long_path(path).c_str(), GENERIC_WRITE,
                                        FILE_SHARE_READ | FILE_SHARE_DELETE, nullptr, CREATE_NEW,
                                        FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        const DWORD code = ::GetLastError();
        // A folder of that name answers "access denied": the name is taken.
        const bool taken = ::GetFileAttributesW(win32::long_path(path).c_str()) != INVALID_FILE_ATTRIBUTES;
        created.error = taken ? std::make_error_code(std::errc::file_exists) : from_windows(code);
        return created;
    }
    created.file = file_of(handle);
    created.path = path;
    return created;
}

std::error_code carry_over(NativeFile, const EntryStatus&, bool, unsigned, bool& owner_failed) {
    owner_failed = false;
    return {};
}

std::error_code write_some(NativeFile file, std::string_view bytes, std::size_t& written) {
    constexpr std::size_t max_chunk = std::size_t{1} << 30;
    DWORD n = 0;
    written = 0;
    if (!::WriteFile(handle_of(file), bytes.data(), static_cast<DWORD>(std::min(bytes.size(), max_chunk)), &n,
                     nullptr))
        return last_error();
    if (n == 0 && !bytes.empty())
        return std::make_error_code(std::errc::no_space_on_device);
    written = n;
    return {};
}

std::error_code flush(NativeFile file) {
    return ::FlushFileBuffers(handle_of(file)) ? std::error_code() : last_error();
}

std::error_code close(NativeFile file) { return ::CloseHandle(handle_of(file)) ? std::error_code() : last_error(); }

void close_quietly(NativeFile file) noexcept {
    if (file != no_file)
        ::CloseHandle(handle_of(file));
}

void remove_quietly(const fs::path& path) noexcept {
    if (!path.empty())
        ::DeleteFileW(win32::long_path(path).c_str());
}

std::error_code remove_entry(const fs::path& path) {
    const std::wstring name = win32::long_path(path);
    const DWORD attributes = ::GetFileAttributesW(name.c_str());
    // A folder, or a junction or folder link (removed itself, not what it leads to).
    if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY))
        return ::RemoveDirectoryW(name.c_str()) ? std::error_code() : last_error();
    return ::DeleteFileW(name.c_str()) ? std::error_code() : last_error();
}

std::error_code replace(const fs::path& from, const fs::path& to) {
    const std::wstring source = win32::long_path(from), target = win32::long_path(to);
    // MoveFileExW rather than ReplaceFileW: on NTFS it is one rename that
    // readers see either side of, where ReplaceFileW takes several steps
    // (and fails outright when the target does not exist). WRITE_THROUGH:
    // it returns only once the rename is on disk, the folder fsync of POSIX.
    return with_patience([&] {
        return ::MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    });
}

std::error_code rename_no_replace(const fs::path& from, const fs::path& to) {
    // Without MOVEFILE_REPLACE_EXISTING the rename fails on a taken name, on
    // every Windows file system (FAT included), in one step.
    if (::MoveFileExW(win32::long_path(from).c_str(), win32::long_path(to).c_str(), MOVEFILE_WRITE_THROUGH))
        return {};
    return last_error(); // ERROR_ALREADY_EXISTS is std::errc::file_exists
}

std::error_code exchange(const fs::path&, const fs::path&) {
    return std::make_error_code(std::errc::operation_not_supported);
}

std::error_code flush_folder(const fs::path&) { return {}; }

Opened open_for_reading(const fs::path& path, bool follow) {
    Opened opened;
    const HANDLE handle = open_existing(path, GENERIC_READ, follow);
    if (handle == INVALID_HANDLE_VALUE) {
        opened.error = last_error();
        return opened;
    }
    opened.kind = kind_of(handle);
    LARGE_INTEGER size{};
    if (opened.kind != EntryKind::regular || !::GetFileSizeEx(handle, &size)) {
        ::CloseHandle(handle);
        return opened;
    }
    opened.file = file_of(handle);
    opened.size = static_cast<std::uintmax_t>(size.QuadPart);
    return opened;
}

std::error_code read_some(NativeFile file, char* buffer, std::size_t size, std::size_t& got) {
    DWORD n = 0;
    got = 0;
    if (!::ReadFile(handle_of(file), buffer, static_cast<DWORD>(std::min<std::size_t>(size, 1u << 30)), &n, nullptr))
        return last_error();
    got = n;
    return {};
}

// Through std::filesystem, which lists with FindFirstFileW/FindNextFileW
// here (the cost the POSIX listing avoids is not Windows' concern yet).
std::error_code list_folder(const fs::path& folder, std::vector<FolderEntry>& entries) {
    std::error_code error;
    for (fs::directory_iterator it(folder, error); !error && it != fs::directory_iterator(); it.increment(error)) {
        std::error_code entry_error;
        FolderEntry found{it->path().filename().native(), EntryKind::other, it->is_symlink(entry_error)};
        const auto status = it->status(entry_error); // through a link
        switch (status.type()) {
        case fs::file_type::regular: found.kind = EntryKind::regular; break;
        case fs::file_type::directory: found.kind = EntryKind::folder; break;
        case fs::file_type::not_found: found.kind = found.is_link ? EntryKind::link : EntryKind::missing; break;
        default: found.kind = EntryKind::other; break;
        }
        entries.push_back(std::move(found));
    }
    return error;
}

} // namespace extramile::platform
