#include "core/storage/decision_folder.hpp"

#include "core/base/sha256.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/folder_walk.hpp"
#include "core/storage/file_name_words.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/file_kind.hpp"

namespace extramile {

namespace fs = std::filesystem;

bool is_decision_in_folder(std::string_view name) { return is_decision_name(name) && !is_scorecard_name(name); }

LoadedDecisions load_decisions(const std::vector<fs::path>& paths) {
    // By name only (the app reads them again after every decision saved):
    // a comparison finds them in the walk it makes for its scorecards.
    std::vector<fs::path> files;
    std::vector<Problem> listing; // folder problems are the scorecard listing's to report; only files here
    for (const auto& path : paths) {
        std::error_code error;
        if (fs::is_directory(path, error))
            walk_folder(
                path,
                [&](fs::path& file, const std::string& name, int) {
                    if (is_decision_in_folder(name))
                        files.push_back(std::move(file));
                },
                listing);
        else if (kind_from_name(path) == FileKind::decision)
            files.push_back(path);
    }
    sort_once(files);
    return read_decisions(files);
}

LoadedDecisions read_decisions(const std::vector<fs::path>& files) {
    LoadedDecisions out;
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
