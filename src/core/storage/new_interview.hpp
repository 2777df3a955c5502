// Starting an interview: a new draft scorecard with its own UUID, and the
// file it lives in, named so that people can tell the files apart and no two
// interviewers ever write the same one.
#pragma once

#include "core/storage/rubric_library.hpp"
#include "core/model/scorecard.hpp"

#include <filesystem>
#include <string>

namespace extramile {

struct InterviewDetails {
    std::string candidate_name;
    std::string candidate_id; // optional
    std::string candidate_role; // optional
    std::string interviewer;
};

// Throws FileError-free std::invalid_argument when a required detail is missing.
Scorecard new_scorecard(const RubricEntry& rubric, const InterviewDetails& details);

// "<candidate>--<interviewer>--<8 hex of the id>.scorecard.xml": readable
// words (letters kept, accents included), no characters a file system or a
// sync engine could trip on.
std::filesystem::path scorecard_file_name(const Scorecard& scorecard);

// Creates `folder` (0700) if needed, picks the file name and saves the new
// scorecard there at once, so the file exists from the first second.
std::filesystem::path create_scorecard_file(const std::filesystem::path& folder, Scorecard& scorecard);

} // namespace extramile
