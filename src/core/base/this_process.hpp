// The running program as other programs see it: the host it runs on, its
// process id, and whether another process on this host still runs. What a
// scorecard lock records and checks (core/storage/scorecard_lock.hpp).
#pragma once

#include <string>

namespace extramile {

// gethostname() on POSIX, the DNS host name (GetComputerNameExW) on
// Windows, as UTF-8; "unknown" when it cannot be told.
std::string host_name();

long process_id();

// True only when the process `pid` on this host is certainly gone
// (kill(pid, 0) says ESRCH; OpenProcess finds no such process, or finds it
// exited). A process of another user, or one that cannot be asked, runs.
bool process_gone(long pid);

} // namespace extramile
