#include "core/storage/decision_folder.hpp"

#include "core/base/sha256.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/compared_files.hpp"
#include "core/storage/file_name_words.hpp"
#include "core/xml/decision_xml.hpp"

namespace extramile {

namespace fs = std::filesystem;

LoadedDecisions load_decisions(const std::vector<fs::path>& paths) {
    std::vector<Problem> listing; // folder problems are the scorecard listing's to report; only files here
    return read_decisions(list_compared_files(paths, listing).decisions);
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
