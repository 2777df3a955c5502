#include "services/rubric_install.hpp"

#include "services/rubric_locations.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/xml/file_kind.hpp"
#include "core/xml/rubric_xml.hpp"

namespace extramile::services {

namespace fs = std::filesystem;

RubricInstall install_rubric(const fs::path& rubric_file, bool replace) {
    using Outcome = RubricInstall::Outcome;
    RubricInstall result;
    std::string text;
    try {
        text = read_file_limited(rubric_file);
        result.rubric = parse_rubric(text, rubric_file.string());
    } catch (const FileError& e) {
        result.outcome = Outcome::invalid;
        result.problems = e.problems();
        return result;
    }
    const auto folder = user_rubric_folder();
    if (folder.empty()) {
        result.outcome = Outcome::no_home;
        return result;
    }
    auto name = rubric_file.filename().string();
    if (!is_rubric_file(name))
        name = result.rubric.id + ".rubric.xml";
    result.target = folder / path_from_utf8(name);
    std::error_code error;
    if (fs::equivalent(rubric_file, result.target, error)) {
        result.outcome = Outcome::already_there;
        return result;
    }
    if (fs::exists(result.target, error)) {
        std::string there;
        try {
            there = read_file_limited(result.target);
        } catch (const FileError&) {
            // Unreadable: treated as another file, so it is replaced only when asked.
        }
        if (there == text) {
            result.outcome = Outcome::already_there;
            return result;
        }
        if (!replace) {
            result.outcome = Outcome::name_taken;
            return result;
        }
    }
    try {
        fs::create_directories(folder, error);
        if (error)
            throw FileError(folder.string(), 0,
                            "could not create your rubric folder (" + error.message() + ")");
        // Rubrics are not personal data: readable by others, as the bundled ones are.
        write_file_atomically(result.target, text, 0644);
        result.outcome = Outcome::added;
    } catch (const FileError& e) {
        result.outcome = Outcome::failed;
        result.problems = e.problems();
    }
    return result;
}

} // namespace extramile::services
