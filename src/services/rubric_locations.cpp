#include "services/rubric_locations.hpp"

#include "core/base/standard_places.hpp"

#ifndef EXTRAMILE_DATA_DIR
#define EXTRAMILE_DATA_DIR "/usr/share/extramile"
#endif
#ifndef EXTRAMILE_SOURCE_DIR
#define EXTRAMILE_SOURCE_DIR "."
#endif

namespace extramile::services {

namespace fs = std::filesystem;

fs::path bundled_rubric_folder() {
    std::error_code error;
    // Relocatable: <prefix>/bin/extramile finds <prefix>/share/extramile/rubrics
    // (on Windows too: the installer keeps the same layout).
    if (const auto exe = program_file(); !exe.empty()) {
        auto beside = exe.parent_path().parent_path() / "share" / "extramile" / "rubrics";
        if (fs::is_directory(beside, error))
            return beside;
    }
    fs::path installed = fs::path(EXTRAMILE_DATA_DIR) / "rubrics";
    if (fs::is_directory(installed, error))
        return installed;
    return fs::path(EXTRAMILE_SOURCE_DIR) / "rubrics";
}

fs::path user_rubric_folder() {
    const auto data = user_data_folder();
    return data.empty() ? fs::path() : data / "extramile" / "rubrics";
}

std::vector<fs::path> rubric_folders() {
    std::vector<fs::path> folders = environment_path_list("EXTRAMILE_RUBRIC_PATH");
    if (auto user = user_rubric_folder(); !user.empty())
        folders.push_back(user);
    folders.push_back(bundled_rubric_folder());
    return folders;
}

RubricLibrary load_rubric_library(const std::vector<fs::path>& extra) {
    RubricLibrary library;
    for (const auto& folder : extra)
        library.add_folder(folder);
    for (const auto& folder : rubric_folders())
        library.add_folder(folder);
    return library;
}

const RubricEntry* rubric_for(const RubricRef& ref, std::initializer_list<const RubricLibrary*> libraries) {
    if (!ref.digest.empty())
        for (const auto* library : libraries)
            if (const auto* entry = library->find_digest(ref.id, ref.digest))
                return entry;
    for (const auto* library : libraries)
        if (const auto* entry = library->find(ref.id, ref.version))
            return entry;
    for (const auto* library : libraries)
        if (const auto* entry = library->find(ref.id))
            return entry;
    return nullptr;
}

RubricLibrary rubrics_beside(const fs::path& scorecard) {
    RubricLibrary library;
    library.add_folder(scorecard.has_parent_path() ? scorecard.parent_path() : fs::path("."));
    return library;
}

} // namespace extramile::services
