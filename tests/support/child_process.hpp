// A second program a Windows test starts, reads from and may kill: where the
// POSIX tests fork (a child dying mid-save, a lock held by another process),
// Windows has no fork, so the child is a program of its own. Implemented in
// child_process_windows.cpp only.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace extramile::test {

// The command line that hands `args` to a program exactly (the quoting rules
// CommandLineToArgvW and the C runtime undo), UTF-8 in, UTF-16 out.
std::wstring windows_command_line(const std::filesystem::path& program, const std::vector<std::string>& args);

class ChildProcess {
public:
    // Starts `program` with `args`; its standard output is a pipe to us,
    // its standard input a pipe it sees closed when we are done with it.
    ChildProcess(const std::filesystem::path& program, const std::vector<std::string>& args);
    ~ChildProcess(); // kills the child if it still runs
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    long pid() const { return pid_; }
    // The next line it prints (without the line end); empty at its end.
    std::string read_line();
    // As abrupt as SIGKILL: TerminateProcess, no handler of the child runs.
    void kill();
    // Closes its standard input (the child's signal to finish) and waits;
    // returns the exit code.
    int finish();

private:
    void* process_ = nullptr;
    void* output_ = nullptr;
    void* input_ = nullptr;
    long pid_ = 0;
    std::string buffered_;
};

} // namespace extramile::test
