#include "core/xml/file_kind.hpp"

#include "core/base/file_error.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/sync_copies.hpp"

namespace extramile {

bool is_rubric_name(std::string_view name) { return name.ends_with(".rubric.xml"); }

bool is_scorecard_name(std::string_view name) { return name.ends_with(".scorecard.xml"); }

bool is_decision_name(std::string_view name) {
    return name.ends_with(".decision.xml") || sync_copy_of(name, ".decision").has_value();
}

bool is_rubric_file(const std::filesystem::path& path) { return is_rubric_name(path.filename().string()); }

bool is_scorecard_file(const std::filesystem::path& path) { return is_scorecard_name(path.filename().string()); }

bool is_decision_file(const std::filesystem::path& path) { return is_decision_name(path.filename().string()); }

FileKind kind_from_name(const std::filesystem::path& path) {
    if (is_rubric_file(path))
        return FileKind::rubric;
    if (is_scorecard_file(path))
        return FileKind::scorecard;
    if (is_decision_file(path))
        return FileKind::decision;
    return FileKind::unknown;
}

FileKind kind_from_content(std::string_view text) {
    // Skip the declaration, comments and processing instructions to the first element.
    std::size_t at = 0;
    while ((at = text.find('<', at)) != std::string_view::npos) {
        auto rest = text.substr(at + 1);
        if (rest.starts_with('?') || rest.starts_with('!')) {
            ++at;
            continue;
        }
        auto end = rest.find_first_of(" \t\r\n/>");
        auto name = rest.substr(0, end);
        if (auto colon = name.find(':'); colon != std::string_view::npos)
            name = name.substr(colon + 1);
        if (name == "rubric")
            return FileKind::rubric;
        if (name == "scorecard")
            return FileKind::scorecard;
        if (name == "decision")
            return FileKind::decision;
        return FileKind::unknown;
    }
    return FileKind::unknown;
}

FileKind detect_file_kind(const std::filesystem::path& path) {
    if (auto kind = kind_from_name(path); kind != FileKind::unknown)
        return kind;
    try {
        return kind_from_content(read_file_head(path, 4096));
    } catch (const FileError&) {
        return FileKind::unknown;
    }
}

} // namespace extramile
