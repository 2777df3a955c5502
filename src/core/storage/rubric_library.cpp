#include "core/storage/rubric_library.hpp"

#include "core/storage/folder_walk.hpp"
#include "core/xml/file_kind.hpp"
#include "core/xml/rubric_digest.hpp"
#include "core/xml/rubric_xml.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

void RubricLibrary::add_folder(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        return;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, error))
        if (is_rubric_file(entry.path()) && !is_hidden(entry.path())) // as the folder walk passes them over
            files.push_back(entry.path());
    if (error)
        problems_.push_back({folder.string(), 0, "could not list the folder: " + error.message()});
    std::sort(files.begin(), files.end());
    add_files(files);
}

void RubricLibrary::add_files(const std::vector<fs::path>& files) {
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
    return add_entry({file, std::move(rubric), std::move(digest)});
}

const RubricEntry& RubricLibrary::add_entry(RubricEntry entry) {
    const auto& rubric = entry.rubric;
    if (const auto* same = find(rubric.id, rubric.version); same && same->digest != entry.digest) {
        clashes_.emplace_back(rubric.id, problems_.size());
        problems_.push_back({entry.path.string(), 0,
                             "rubric \"" + rubric.id + "\" version " + rubric.version + " is also " +
                                 same->path.string() +
                                 ", whose text differs; that one is used when the id is chosen, "
                                 "this one only for scorecards scored with it. Give this rubric "
                                 "its own id, or a new version, if it is meant to differ."});
    }
    entries_.push_back(std::move(entry));
    return entries_.back();
}

void RubricLibrary::append(RubricLibrary other) {
    // Its clashes among its own rubrics are found again as they are added.
    for (std::size_t i = 0; i < other.problems_.size(); ++i)
        if (std::none_of(other.clashes_.begin(), other.clashes_.end(), [&](const auto& clash) { return clash.second == i; }))
            problems_.push_back(std::move(other.problems_[i]));
    for (auto& entry : other.entries_)
        add_entry(std::move(entry));
}

const RubricEntry* RubricLibrary::find(const std::string& id, const std::string& version) const {
    for (const auto& entry : entries_)
        if (entry.rubric.id == id && (version.empty() || entry.rubric.version == version))
            return &entry;
    return nullptr;
}

std::vector<Problem> RubricLibrary::clashes(const std::string& id) const {
    std::vector<Problem> found;
    for (const auto& [clash_id, at] : clashes_)
        if (clash_id == id)
            found.push_back(problems_[at]);
    return found;
}

const RubricEntry* RubricLibrary::find_digest(const std::string& id, const std::string& digest) const {
    for (const auto& entry : entries_)
        if (entry.digest == digest && entry.rubric.id == id)
            return &entry;
    return nullptr;
}

const RubricEntry* RubricLibrary::find(const RubricRef& ref) const {
    if (const auto* entry = ref.digest.empty() ? nullptr : find_digest(ref.id, ref.digest))
        return entry;
    return find(ref.id, ref.version);
}

} // namespace extramile
