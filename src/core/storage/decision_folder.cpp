#include "core/storage/decision_folder.hpp"

#include "core/base/sha256.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/file_name_words.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/file_kind.hpp"

#include <algorithm>

namespace extramile {

namespace fs = std::filesystem;

namespace {

void list_folder(const fs::path& folder, std::vector<fs::path>& files, std::vector<Problem>& problems) {
    std::error_code error;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code entry_error;
        const bool folder_entry = it->is_directory(entry_error);
        if (it->path().filename().string().starts_with('.')) {
            if (folder_entry)
                it.disable_recursion_pending();
            continue;
        }
        if (!folder_entry && is_decision_file(it->path()))
            files.push_back(it->path());
    }
    if (error)
        problems.push_back({folder.string(), 0, "could not read the folder: " + error.message()});
}

} // namespace

LoadedDecisions load_decisions(const std::vector<fs::path>& paths) {
    LoadedDecisions out;
    std::vector<fs::path> files;
    std::vector<Problem> listing;
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error))
            list_folder(path, files, listing);
        else if (kind_from_name(path) == FileKind::decision)
            files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    // Folder problems are the scorecard listing's to report; only files here.
    for (const auto& file : files) {
        try {
            const auto text = read_file_limited(file);
            out.decisions.push_back({file, parse_decision(text, file.string()), sha256_digest(text)});
        } catch (const FileError& e) {
            out.problems.insert(out.problems.end(), e.problems().begin(), e.problems().end());
        }
    }
    return out;
}

fs::path decision_file_name(const Decision& d) {
    auto name = file_name_words(d.candidate_name.empty() ? d.candidate_id : d.candidate_name);
    if (!d.candidate_name.empty() && !d.candidate_id.empty())
        name += "--" + file_name_words(d.candidate_id);
    return path_from_utf8(name + ".decision.xml"); // "ana-pérez--c-1", not "ana-pÃ©rez" on Windows
}

} // namespace extramile
