// What the app is asked to do when it starts: the start page, open files
// (scorecards, rubrics, folders, as the desktop hands them over), or go
// straight into a new interview. The command line fills it in (src/cli);
// the app carries it out.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace extramile::services {

struct NewInterviewRequest {
    std::string rubric; // an id among the known rubrics, or a file
    std::string candidate_name;
    std::string candidate_id;
    std::string candidate_role;
    std::string interviewer;
    std::string folder;   // empty: the folder from the preferences
    std::string language; // language of the rubric text; empty: the preference
};

struct AppLaunch {
    std::vector<std::string> open_files;
    std::optional<NewInterviewRequest> new_interview;
    std::string ui_language; // --lang: the program's language for this run; empty: the preference
};

} // namespace extramile::services
