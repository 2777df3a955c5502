// The secret blind codes are made with, kept in the compared folder itself
// (".extramile-blind-key", hidden, mode 0600), so every HR member who
// compares that folder (a shared or synced one) sees the same codes, while
// someone holding only the candidate list cannot work them back (an
// unsalted hash of a name could be). Created on first blind use.
#pragma once

#include <filesystem>
#include <string>

namespace extramile {

struct BlindKey {
    std::string secret;            // 64 hex digits; empty when none could be had
    std::filesystem::path file;    // where it is (or was to be)
    bool created = false;          // made just now
    std::string problem;           // why there is no key in the folder (then secret is this program's own)
};

// The folder's key, made on first use. When the folder cannot hold one (a
// read-only share), a key for this program's run is drawn instead and
// `problem` says so: the codes then differ from other people's. Two keys
// made at once on two machines come back as a sync engine's conflict copy:
// the one that sorts first is used, so every copy of the folder agrees.
BlindKey blind_key_for(const std::filesystem::path& folder);

} // namespace extramile
