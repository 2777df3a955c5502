#include "core/storage/new_interview.hpp"

#include "core/base/file_error.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/file_name_words.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "core/base/timestamp.hpp"

#include <boost/uuid/uuid.hpp>
#include <boost/uuid/uuid_generators.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <stdexcept>

namespace extramile {

namespace fs = std::filesystem;

namespace {

std::string trimmed(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

Scorecard new_scorecard(const RubricEntry& rubric, const InterviewDetails& details) {
    Scorecard s;
    s.candidate_name = trimmed(details.candidate_name);
    s.candidate_id = trimmed(details.candidate_id);
    s.candidate_role = trimmed(details.candidate_role);
    s.interviewer = trimmed(details.interviewer);
    if (s.candidate_name.empty() && s.candidate_id.empty())
        throw std::invalid_argument("the candidate needs a name or an id");
    if (s.interviewer.empty())
        throw std::invalid_argument("the interviewer needs a name");
    static thread_local boost::uuids::random_generator generate;
    s.id = boost::uuids::to_string(generate());
    s.status = ScorecardStatus::draft;
    s.rubric = {rubric.rubric.id, rubric.rubric.version, rubric.digest};
    s.started = now_iso_utc();
    return s;
}

fs::path scorecard_file_name(const Scorecard& s) {
    // A name people read, so UTF-8 made into a path once (utf8_path.hpp).
    return path_from_utf8(file_name_words(s.candidate_name.empty() ? s.candidate_id : s.candidate_name) + "--" +
                          file_name_words(s.interviewer) + "--" + s.id.substr(0, 8) + ".scorecard.xml");
}

fs::path create_scorecard_file(const fs::path& folder, Scorecard& scorecard) {
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        fs::create_directories(folder, error);
        if (error)
            throw FileError(folder.string(), 0,
                            "could not create the scorecard folder (" + error.message() +
                                "); choose another folder");
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, error);
    }
    auto path = folder / scorecard_file_name(scorecard);
    if (fs::exists(path, error))
        throw FileError(path.string(), 0, "a scorecard with this name already exists");
    save_scorecard(path, scorecard);
    return path;
}

} // namespace extramile
