#include "core/storage/sync_copies.hpp"

#include <regex>

namespace extramile {

namespace {

struct Pattern {
    SyncEngine engine;
    std::regex marker; // what the engine puts between the double extension and ".xml"
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> all{
        {SyncEngine::syncthing, std::regex(R"(\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7})")},
        {SyncEngine::nextcloud, std::regex(R"( \(conflicted copy( [^()]+)? \d{4}-\d{2}-\d{2} \d{6}\))")},
        {SyncEngine::owncloud, std::regex(R"(_conflict-\d{8}-\d{6})")},
        {SyncEngine::dropbox, std::regex(R"( \([^()]+'s conflicted copy \d{4}-\d{2}-\d{2}( \(\d+\))?\))")},
        {SyncEngine::onedrive, std::regex(R"(-[A-Za-z0-9][A-Za-z0-9-]{0,62})")},
        {SyncEngine::extramile, std::regex(R"(\.kept-\d{8}-\d{6}(-\d+)?)")},
    };
    return all;
}

} // namespace

std::optional<SyncCopy> sync_copy_of(std::string_view file_name, std::string_view kind) {
    constexpr std::string_view extension = ".xml";
    if (!file_name.ends_with(extension))
        return std::nullopt;
    const auto base = file_name.substr(0, file_name.size() - extension.size());
    // The marker: what follows the last double extension.
    const auto at = base.rfind(kind);
    if (at == std::string_view::npos || at == 0)
        return std::nullopt;
    const auto marker = base.substr(at + kind.size());
    if (marker.empty())
        return std::nullopt; // the file itself, not a copy
    SyncCopy copy{SyncEngine::unknown, std::string(base.substr(0, at + kind.size())) + std::string(extension)};
    const std::string text(marker);
    for (const auto& pattern : patterns())
        if (std::regex_match(text, pattern.marker)) {
            copy.engine = pattern.engine;
            return copy;
        }
    // Another engine's marker, or a person's copy ("... (1).xml", "...-old.xml").
    if (marker.front() == ' ' || marker.front() == '.' || marker.front() == '-' || marker.front() == '_')
        return copy;
    return std::nullopt;
}

const char* engine_name(SyncEngine engine) {
    switch (engine) {
    case SyncEngine::syncthing: return "Syncthing";
    case SyncEngine::nextcloud: return "Nextcloud";
    case SyncEngine::owncloud: return "ownCloud";
    case SyncEngine::dropbox: return "Dropbox";
    case SyncEngine::onedrive: return "OneDrive";
    case SyncEngine::extramile: return "Extra Mile";
    case SyncEngine::unknown: break;
    }
    return "a sync engine";
}

} // namespace extramile
