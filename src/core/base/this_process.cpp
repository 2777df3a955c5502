#include "core/base/this_process.hpp"

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace extramile {

#ifdef _WIN32

std::string host_name() {
    wchar_t name[256] = {};
    DWORD size = sizeof name / sizeof name[0];
    if (!::GetComputerNameExW(ComputerNameDnsHostname, name, &size) || size == 0)
        return "unknown";
    const int bytes = ::WideCharToMultiByte(CP_UTF8, 0, name, static_cast<int>(size), nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(bytes), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, name, static_cast<int>(size), out.data(), bytes, nullptr, nullptr);
    return out;
}

long process_id() { return static_cast<long>(::GetCurrentProcessId()); }

bool process_gone(long pid) {
    if (pid <= 0)
        return false;
    const HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        // No such process (ERROR_INVALID_PARAMETER); access denied means
        // it exists and belongs to someone else.
        return ::GetLastError() == ERROR_INVALID_PARAMETER;
    // A process that ended may live on as a handle another program keeps.
    DWORD code = 0;
    const bool exited = ::GetExitCodeProcess(process, &code) && code != STILL_ACTIVE;
    ::CloseHandle(process);
    return exited;
}

#else

std::string host_name() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0)
        return "unknown";
    return name;
}

long process_id() { return static_cast<long>(::getpid()); }

bool process_gone(long pid) { return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH; }

#endif

} // namespace extramile
