// What the app is asked to do when it starts: the start page, reopen a
// scorecard, or go straight into a new interview.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace extramile::app {

struct NewInterviewRequest {
    std::string rubric; // an id among the known rubrics, or a file
    std::string candidate_name;
    std::string candidate_id;
    std::string candidate_role;
    std::string interviewer;
    std::string folder; // empty: the folder from the preferences
    std::string language; // en, es, it; empty: the preference
};

struct AppLaunch {
    std::vector<std::string> open_files; // scorecards, rubrics, folders (as the desktop hands them over)
    std::optional<NewInterviewRequest> new_interview;
};

// Parses `extramile [FILE|DIR...]` and `extramile interview ...`. Returns nullopt
// after printing a usage error (exit code 2) or the help (exit code 0).
std::optional<AppLaunch> parse_app_launch(const std::vector<std::string>& args, std::ostream& out,
                                          std::ostream& err, int& exit_code);

// Runs the app; returns the process exit code.
int run_app(int argc, char** argv, const AppLaunch& launch);

} // namespace extramile::app
