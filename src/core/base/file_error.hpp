// The one exception type core throws for a file a person can fix: every
// problem carries the file, the line and a sentence saying what to do.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace extramile {

struct Problem {
    std::string file;
    int line = 0; // 0 when the problem is about the whole file
    std::string message;

    // "FILE:LINE: message", the form compilers use, so editors can jump to it.
    std::string to_string() const;
};

// Every problem as "FILE:LINE: message", one a line (each ending in a line
// feed): how the command line prints them and the app shows them.
std::string describe(const std::vector<Problem>& problems);

class FileError : public std::runtime_error {
public:
    explicit FileError(std::vector<Problem> problems);
    FileError(std::string file, int line, std::string message);

    const std::vector<Problem>& problems() const noexcept { return problems_; }

private:
    std::vector<Problem> problems_;
};

} // namespace extramile
