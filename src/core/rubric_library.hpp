// The rubrics a user can choose from: the bundled ones and those in the
// user's rubric folders, indexed by id. A broken file is listed with its
// problems, never skipped silently.
#pragma once

#include "file_error.hpp"
#include "rubric.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace extramile {

struct RubricEntry {
    std::filesystem::path path;
    Rubric rubric;
    std::string digest;
};

class RubricLibrary {
public:
    // Reads every *.rubric.xml in `folder` (not below it). A folder that does
    // not exist is no problem: the user may not have made one yet.
    void add_folder(const std::filesystem::path& folder);
    // Reads one rubric file; throws FileError when it is broken.
    const RubricEntry& add_file(const std::filesystem::path& file);
    // Adds a rubric already read from `file`.
    const RubricEntry& add(const std::filesystem::path& file, Rubric rubric);

    // The first rubric with this id (and version, when given): folders added
    // first win, so the user's folders can be added before the bundled one.
    const RubricEntry* find(const std::string& id, const std::string& version = {}) const;

    const std::vector<RubricEntry>& entries() const { return entries_; }
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::vector<RubricEntry> entries_;
    std::vector<Problem> problems_;
};

} // namespace extramile
