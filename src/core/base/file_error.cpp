#include "core/base/file_error.hpp"

namespace extramile {

std::string Problem::to_string() const {
    std::string out = file;
    if (line > 0)
        out += ":" + std::to_string(line);
    out += ": " + message;
    return out;
}

std::string describe(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& problem : problems)
        out += problem.to_string() + "\n";
    return out;
}

namespace {
std::string summary(const std::vector<Problem>& problems) {
    if (problems.empty())
        return "unknown problem";
    std::string out = problems.front().to_string();
    if (problems.size() > 1)
        out += " (and " + std::to_string(problems.size() - 1) + " more)";
    return out;
}
} // namespace

FileError::FileError(std::vector<Problem> problems)
    : std::runtime_error(summary(problems)), problems_(std::move(problems)) {}

FileError::FileError(std::string file, int line, std::string message)
    : FileError(std::vector<Problem>{{std::move(file), line, std::move(message)}}) {}

} // namespace extramile
