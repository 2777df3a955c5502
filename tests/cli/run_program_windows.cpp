// run_extramile on Windows: extramile.com (the console build) started with
// CreateProcessW, its output in temporary files (no deadlock however much it
// prints), arguments and environment handed over in UTF-16.
#include "run_program.hpp"

#include "child_process.hpp"

#include <windows.h>

#include <filesystem>
#include <stdexcept>

namespace extramile::test {

namespace {

std::wstring wide(const std::string& utf8) { return std::filesystem::path(std::u8string(utf8.begin(), utf8.end())).wstring(); }

// A temporary file the child inherits as its output, removed when closed.
HANDLE output_file() {
    wchar_t folder[MAX_PATH + 1], name[MAX_PATH + 1];
    ::GetTempPathW(MAX_PATH + 1, folder);
    ::GetTempFileNameW(folder, L"emo", 0, name);
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    const HANDLE file = ::CreateFileW(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                                      CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        throw std::runtime_error("no temporary file for the program's output");
    return file;
}

// What the child wrote, with the C runtime's text-mode "\r\n" read as the
// "\n" it printed (the tests compare what the program says, line by line).
std::string read_back(HANDLE file) {
    std::string text;
    ::SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    char buffer[4096];
    DWORD got = 0;
    while (::ReadFile(file, buffer, sizeof buffer, &got, nullptr) && got > 0)
        text.append(buffer, got);
    ::CloseHandle(file);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))
            out += text[i];
    return out;
}

// The test's own environment with `changes` applied, as CreateProcessW
// takes it: NAME=value entries, sorted (case-insensitively, as Windows
// keeps them), each ending in a NUL, the block in another.
std::wstring environment_block(const std::map<std::string, std::string>& changes) {
    std::map<std::wstring, std::wstring> merged;
    const auto upper = [](std::wstring name) {
        for (auto& c : name)
            c = static_cast<wchar_t>(::towupper(c));
        return name;
    };
    std::map<std::wstring, std::wstring> spelled; // the upper-case key -> NAME as written
    if (wchar_t* block = ::GetEnvironmentStringsW()) {
        for (const wchar_t* entry = block; *entry; entry += std::wcslen(entry) + 1) {
            const std::wstring text = entry;
            const auto eq = text.find(L'=', 1); // "=C:=C:\..." entries start with '='
            if (eq == std::wstring::npos)
                continue;
            merged[upper(text.substr(0, eq))] = text.substr(eq + 1);
            spelled[upper(text.substr(0, eq))] = text.substr(0, eq);
        }
        ::FreeEnvironmentStringsW(block);
    }
    for (const auto& [name, value] : changes) {
        merged[upper(wide(name))] = wide(value);
        spelled[upper(wide(name))] = wide(name);
    }
    std::wstring block;
    for (const auto& [key, value] : merged)
        block += spelled[key] + L"=" + value + L'\0';
    block += L'\0';
    return block;
}

} // namespace

Outcome run_extramile(const std::vector<std::string>& args, const std::map<std::string, std::string>& environment) {
    const std::filesystem::path program = EXTRAMILE_BINARY;
    std::wstring line = windows_command_line(program, args);
    std::wstring env = environment_block(environment);
    const HANDLE out = output_file(), err = output_file();
    SECURITY_ATTRIBUTES inherit{sizeof inherit, nullptr, TRUE};
    const HANDLE nothing = ::CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                                         OPEN_EXISTING, 0, nullptr);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = nothing;
    startup.hStdOutput = out;
    startup.hStdError = err;
    PROCESS_INFORMATION info{};
    const BOOL started = ::CreateProcessW(program.c_str(), line.data(), nullptr, nullptr, TRUE,
                                          CREATE_UNICODE_ENVIRONMENT, env.data(), nullptr, &startup, &info);
    ::CloseHandle(nothing);
    if (!started) {
        ::CloseHandle(out);
        ::CloseHandle(err);
        throw std::runtime_error("could not start " + program.string());
    }
    ::CloseHandle(info.hThread);
    ::WaitForSingleObject(info.hProcess, INFINITE);
    DWORD code = 0;
    ::GetExitCodeProcess(info.hProcess, &code);
    ::CloseHandle(info.hProcess);
    Outcome outcome;
    outcome.exit_code = static_cast<int>(code);
    outcome.out = read_back(out);
    outcome.err = read_back(err);
    return outcome;
}

} // namespace extramile::test
