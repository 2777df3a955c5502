#include "core/storage/scorecard_folder.hpp"

#include "core/base/parallel_tasks.hpp"
#include "core/base/sha256.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/compared_files.hpp"
#include "core/storage/sync_copies.hpp"
#include "core/xml/file_kind.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace extramile {

namespace fs = std::filesystem;

namespace {

// Not named *.scorecard.xml, yet a scorecard: a sync engine's conflict copy
// (named like one, sync_copies.hpp), or any other XML file whose root
// element is <scorecard> (a copy named in a way no engine documents, a
// scorecard mailed as "interview.xml"). Rubrics and decision records have
// names of their own and are never scorecards.
bool scorecard_by_content(const fs::path& path, std::string_view name) {
    if (!name.ends_with(".xml") || is_rubric_name(name) || name.ends_with(".decision.xml"))
        return false;
    if (sync_copy_of(name))
        return true;
    try {
        return kind_from_content(read_file_head(path, 4096)) == FileKind::scorecard;
    } catch (const FileError&) {
        return false; // not even readable, and not named like a scorecard: not ours
    }
}

} // namespace

bool is_scorecard_in_folder(const fs::path& file, std::string_view name) {
    // Anything named like a scorecard that is not a folder is read, so a
    // FIFO, a device or a broken link is named in the warnings with what
    // it is, rather than passed over in silence.
    return is_scorecard_name(name) || scorecard_by_content(file, name);
}

std::vector<fs::path> list_scorecards(const std::vector<fs::path>& paths, std::vector<Problem>& problems) {
    return list_compared_files(paths, problems).scorecards;
}

LoadedScorecards load_scorecards(const std::vector<fs::path>& paths, ReadDetail detail, unsigned threads,
                                 LoadControl* control) {
    std::vector<Problem> listing;
    auto files = list_scorecards(paths, listing);
    if (control) {
        control->read = 0;
        control->total = files.size();
    }
    auto out = read_scorecards(std::move(files), detail, threads, control);
    out.problems.insert(out.problems.begin(), listing.begin(), listing.end());
    return out;
}

LoadedScorecards read_scorecards(std::vector<fs::path> files, ReadDetail detail, unsigned threads,
                                 LoadControl* control) {
    LoadedScorecards out;
    // Each file has its slot, so the order (by path) is the same however the
    // work is shared; workers take the next file from a shared counter. The
    // slots are the result (the files that failed taken out at the end), so
    // no second copy of every scorecard is ever held.
    std::vector<ScorecardFile> read(files.size());
    std::vector<char> good(files.size(), 0);
    std::vector<std::vector<Problem>> problems(files.size());
    run_in_parallel(
        files.size(),
        [&](std::size_t i) {
            if (control && control->cancel.requested())
                return;
            try {
                const auto text = read_file_limited(files[i]);
                read[i].scorecard = parse_scorecard(text, files[i].string(), detail);
                read[i].set_path(std::move(files[i]));
                good[i] = 1;
            } catch (const FileError& e) {
                problems[i] = e.problems();
            }
            if (control)
                ++control->read;
        },
        threads);

    if (control && control->cancel.requested()) {
        out.cancelled = true;
        return out;
    }
    // Only copies of one scorecard (a sync engine's) need their bytes told
    // apart, so only they are hashed: read again, which is rare, rather than
    // hashing every file of a big folder.
    // (Found by a hash table of the ids, with no list per id: a tree of
    // 10,000 ids, each with its own list, was 4 ms of a comparison's 300.)
    {
        std::unordered_map<std::string_view, std::size_t> first_with_id;
        first_with_id.reserve(files.size());
        std::vector<char> copy(files.size(), 0);
        for (std::size_t i = 0; i < files.size(); ++i)
            if (good[i])
                if (auto [first, added] = first_with_id.try_emplace(read[i].scorecard.id, i); !added)
                    copy[first->second] = copy[i] = 1;
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (!copy[i])
                continue;
            try {
                read[i].content_hash = std::hash<std::string>{}(read_file_limited(read[i].path()));
            } catch (const FileError&) {
                // Gone since: its parsed contents are compared instead.
            }
        }
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (good[i]) {
            if (kept != i)
                read[kept] = std::move(read[i]);
            ++kept;
        }
        out.problems.insert(out.problems.end(), problems[i].begin(), problems[i].end());
    }
    read.erase(read.begin() + static_cast<std::ptrdiff_t>(kept), read.end());
    out.scorecards = std::move(read);
    return out;
}

void add_digests(std::vector<ScorecardFile>& scorecards, const std::set<std::string>& candidate_keys) {
    for (auto& f : scorecards) {
        if (!f.digest.empty() || !candidate_keys.count(candidate_key(f.scorecard)))
            continue;
        try {
            f.digest = sha256_digest(read_file_limited(f.path()));
        } catch (const FileError&) {
            // Gone since it was read: no digest, so only its revision is compared.
        }
    }
}

} // namespace extramile
