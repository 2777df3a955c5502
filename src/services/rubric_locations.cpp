#include "services/rubric_locations.hpp"

#include <cstdlib>

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
    // Relocatable: <prefix>/bin/extramile finds <prefix>/share/extramile/rubrics.
    auto exe = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
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
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data)
        return fs::path(data) / "extramile" / "rubrics";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local" / "share" / "extramile" / "rubrics";
    return {};
}

std::vector<fs::path> rubric_folders() {
    std::vector<fs::path> folders;
    if (const char* list = std::getenv("EXTRAMILE_RUBRIC_PATH")) {
        std::string_view rest = list;
        while (!rest.empty()) {
            auto colon = rest.find(':');
            auto part = rest.substr(0, colon);
            if (!part.empty())
                folders.emplace_back(part);
            rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
        }
    }
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
