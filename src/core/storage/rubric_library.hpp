// The rubrics a user can choose from: the bundled ones and those in the
// user's rubric folders, indexed by id. A broken file is listed with its
// problems, never skipped silently.
#pragma once

#include "core/base/file_error.hpp"
#include "core/model/rubric.hpp"
#include "core/model/scorecard.hpp"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace extramile {

struct RubricEntry {
    std::filesystem::path path;
    Rubric rubric;
    std::string digest;
};

class RubricLibrary {
public:
    // Reads every *.rubric.xml in `folder` (not below it) but hidden ones
    // (".old.rubric.xml", as the folder walk passes over). A folder that does
    // not exist is no problem: the user may not have made one yet.
    void add_folder(const std::filesystem::path& folder);
    // Reads these rubric files, in this order, as add_folder does those of a
    // folder (a broken one is listed in problems()).
    void add_files(const std::vector<std::filesystem::path>& files);
    // Reads one rubric file; throws FileError when it is broken.
    const RubricEntry& add_file(const std::filesystem::path& file);
    // Adds a rubric already read from `file`. A rubric with the id and
    // version of one already added but other content is still added (a
    // scorecard may record its digest), and the clash is listed in problems():
    // the earlier one is what a lookup by id finds.
    const RubricEntry& add(const std::filesystem::path& file, Rubric rubric);
    // Adds the rubrics of `other` after these, as if its files were added
    // now (clashes with these are found), and its problems: a library read
    // on another thread while the folder compared is still being listed.
    void append(RubricLibrary other);

    // The first rubric with this id (and version, when given): folders added
    // first win, so the user's folders can be added before the bundled one.
    const RubricEntry* find(const std::string& id, const std::string& version = {}) const;
    // The rubric with this id and digest ("sha256:..."), whatever its place.
    const RubricEntry* find_digest(const std::string& id, const std::string& digest) const;
    // The rubric a scorecard was scored with: the one whose digest it
    // recorded, else the first with its id and version.
    const RubricEntry* find(const RubricRef& ref) const;

    const std::vector<RubricEntry>& entries() const { return entries_; }
    const std::vector<Problem>& problems() const { return problems_; }
    // The problems above that are clashes with a rubric of this id.
    std::vector<Problem> clashes(const std::string& id) const;

private:
    std::vector<RubricEntry> entries_;
    std::vector<Problem> problems_;
    std::vector<std::pair<std::string, std::size_t>> clashes_; // rubric id, index in problems_
    const RubricEntry& add_entry(RubricEntry entry);
};

} // namespace extramile
