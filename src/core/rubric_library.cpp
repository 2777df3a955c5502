#include "rubric_library.hpp"

#include "file_kind.hpp"
#include "rubric_digest.hpp"
#include "rubric_xml.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

void RubricLibrary::add_folder(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        return;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (is_rubric_file(entry.path()))
            files.push_back(entry.path());
    if (error)
        problems_.push_back({folder.string(), 0, "could not list the folder: " + error.message()});
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        try {
            add_file(file);
        } catch (const FileError& e) {
            problems_.insert(problems_.end(), e.problems().begin(), e.problems().end());
        }
    }
}

const RubricEntry& RubricLibrary::add_file(const fs::path& file) {
    return add(file, read_rubric(file));
}

const RubricEntry& RubricLibrary::add(const fs::path& file, Rubric rubric) {
    auto digest = rubric_digest(rubric);
    entries_.push_back({file, std::move(rubric), std::move(digest)});
    return entries_.back();
}

const RubricEntry* RubricLibrary::find(const std::string& id, const std::string& version) const {
    for (const auto& entry : entries_)
        if (entry.rubric.id == id && (version.empty() || entry.rubric.version == version))
            return &entry;
    return nullptr;
}

} // namespace extramile
