#include "core/storage/blind_key.hpp"

#include "core/base/file_error.hpp"
#include "core/base/sha256.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/tracked_file.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace extramile {

namespace fs = std::filesystem;

namespace {

constexpr const char* key_name = ".extramile-blind-key";

std::optional<std::string> read_key(const fs::path& file) {
    try {
        auto text = read_file_head(file, 256);
        while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
            text.pop_back();
        if (text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos)
            return text;
    } catch (const FileError&) {
    }
    return std::nullopt;
}

// Every key in the folder: ours and the copies a sync engine made of it.
std::vector<std::string> keys_in(const fs::path& folder) {
    std::vector<std::string> keys;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->path().filename().string().starts_with(key_name))
            if (auto key = read_key(it->path()))
                keys.push_back(*key);
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

BlindKey blind_key_for(const fs::path& folder) {
    BlindKey result;
    result.file = folder / key_name;
    if (auto keys = keys_in(folder); !keys.empty()) {
        result.secret = keys.front();
        return result;
    }
    const auto fresh = random_hex(32);
    try {
        auto file = TrackedFile::create(result.file);
        if (!file.save(fresh + "\n", 0600)) {
            result.secret = fresh;
            result.created = true;
            return result;
        }
        // Made by someone else meanwhile: theirs.
        if (auto keys = keys_in(folder); !keys.empty()) {
            result.secret = keys.front();
            return result;
        }
        result.problem = result.file.string() + " exists but does not hold a key";
    } catch (const FileError& e) {
        result.problem = e.problems().empty() ? e.what() : e.problems().front().message;
    }
    result.secret = fresh; // this run's own: codes stable within it, not across people
    return result;
}

} // namespace extramile
