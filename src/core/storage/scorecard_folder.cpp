#include "core/storage/scorecard_folder.hpp"

#include "core/base/parallel_tasks.hpp"
#include "core/base/sha256.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/compared_files.hpp"
#include "core/storage/sync_copies.hpp"
#include "core/xml/file_kind.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <set>
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

// The digest of a file's bytes; empty when it no longer reads (gone since
// it was read: only its revision is compared).
std::string digest_of_file(const fs::path& file) {
    try {
        return sha256_digest(read_file_limited(file));
    } catch (const FileError&) {
        return {};
    }
}

// The hash of a file's bytes that tells copies of one scorecard apart; 0
// when it no longer reads (its parsed contents are compared instead).
std::size_t content_hash_of(const fs::path& file) {
    try {
        return std::hash<std::string>{}(read_file_limited(file));
    } catch (const FileError&) {
        return 0;
    }
}

// Reads files 0 .. count - 1 with `read` on every core, each counted in
// control->read; false when stopped on request (the rest left unread).
bool read_each(std::size_t count, const std::function<void(std::size_t)>& read, unsigned threads,
               LoadControl* control) {
    run_in_parallel(
        count,
        [&](std::size_t i) {
            if (control && control->cancel.requested())
                return;
            read(i);
            if (control)
                ++control->read;
        },
        threads);
    return !(control && control->cancel.requested());
}

// A file read as a scorecard, or nullopt with why in `problems`.
std::optional<Scorecard> parse_file(const fs::path& file, ReadDetail detail, std::vector<Problem>& problems) {
    try {
        return parse_scorecard(read_file_limited(file), file.string(), detail);
    } catch (const FileError& e) {
        problems = e.problems();
        return std::nullopt;
    }
}

// Which of `count` scorecards share their id with another (a sync
// engine's copies): only those need their bytes told apart, so only they
// are hashed (read again, which is rare, rather than hashing every file of
// a big folder). `id(i)` is the i-th id, or nullopt for a file not read.
// (Found by a hash table of the ids, with no list per id: a tree of 10,000
// ids, each with its own list, was 4 ms of a comparison's 300.)
std::vector<char> sharing_an_id(std::size_t count,
                                const std::function<std::optional<std::string_view>(std::size_t)>& id) {
    std::unordered_map<std::string_view, std::size_t> first_with_id;
    first_with_id.reserve(count);
    std::vector<char> copy(count, 0);
    for (std::size_t i = 0; i < count; ++i)
        if (const auto own = id(i))
            if (auto [first, added] = first_with_id.try_emplace(*own, i); !added)
                copy[first->second] = copy[i] = 1;
    return copy;
}

} // namespace

bool is_scorecard_in_folder(const fs::path& file, std::string_view name) {
    // Anything named like a scorecard that is not a folder is read, so a
    // FIFO, a device or a broken link is named in the warnings with what
    // it is, rather than passed over in silence.
    return is_scorecard_name(name) || scorecard_by_content(file, name);
}

std::vector<fs::path> list_scorecards(const std::vector<fs::path>& paths, std::vector<Problem>& problems) {
    const auto files = list_compared_files(paths, problems).scorecards;
    return {files.begin(), files.end()};
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
    const bool finished = read_each(
        files.size(),
        [&](std::size_t i) {
            if (auto scorecard = parse_file(files[i], detail, problems[i])) {
                read[i].scorecard = std::move(*scorecard);
                read[i].set_path(std::move(files[i]));
                good[i] = 1;
            }
        },
        threads, control);
    if (!finished) {
        out.cancelled = true;
        return out;
    }
    const auto copy = sharing_an_id(files.size(), [&](std::size_t i) -> std::optional<std::string_view> {
        if (!good[i])
            return std::nullopt;
        return read[i].scorecard.id;
    });
    for (std::size_t i = 0; i < files.size(); ++i)
        if (copy[i])
            read[i].content_hash = content_hash_of(read[i].path());
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
        if (f.digest.empty() && candidate_keys.count(candidate_key(f.scorecard)))
            f.digest = digest_of_file(f.path());
    }
}

LoadedRecords read_score_records(std::vector<fs::path::string_type> files, unsigned threads, LoadControl* control) {
    LoadedRecords out;
    out.records.records.reserve(files.size());
    // In parts, each read on every core into slots (so the order is the
    // files' however the work is shared) and then made records in order.
    constexpr std::size_t part = 512;
    std::vector<std::optional<Scorecard>> read(std::min(part, files.size()));
    std::vector<std::vector<Problem>> problems(read.size());
    for (std::size_t at = 0; at < files.size(); at += part) {
        const std::size_t count = std::min(part, files.size() - at);
        for (std::size_t i = 0; i < count; ++i) {
            read[i].reset();
            problems[i].clear();
        }
        const bool finished = read_each(
            count,
            [&](std::size_t i) {
                read[i] = parse_file(files[at + i], ReadDetail::scores, problems[i]);
            },
            threads, control);
        if (!finished) {
            out.cancelled = true;
            return out;
        }
        for (std::size_t i = 0; i < count; ++i) {
            out.problems.insert(out.problems.end(), problems[i].begin(), problems[i].end());
            if (!read[i])
                continue;
            out.records.add(*read[i], std::move(files[at + i]));
            if (!read[i]->submitted()) {
                auto& draft = out.drafts.emplace_back();
                draft.scorecard = std::move(*read[i]);
                draft.scorecard.ratings = {}; // (its record holds them)
                draft.set_path(out.records.records.back().file);
            }
        }
        // The ratings' list made once at about its size, from the first
        // part's (grown by doubling, it held twice what it needed at the peak).
        if (at == 0 && count < files.size())
            out.records.ratings.reserve(out.records.ratings.size() * files.size() / count * 21 / 20);
    }
    // Copies of one scorecard (a sync engine's) are hashed, as read_scorecards does.
    auto& records = out.records.records;
    const auto copy = sharing_an_id(records.size(), [&](std::size_t i) -> std::optional<std::string_view> {
        return records[i].id;
    });
    std::set<std::string> draft_ids; // copies: the stubs below grow the drafts' list
    for (const auto& d : out.drafts)
        draft_ids.insert(d.scorecard.id);
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!copy[i])
            continue;
        auto& r = records[i];
        r.content_hash = content_hash_of(r.file);
        // A submitted copy of a draft: the overdue list asks which stands.
        if (r.submitted && draft_ids.count(r.id)) {
            auto& stub = out.drafts.emplace_back();
            stub.scorecard.id = r.id;
            stub.scorecard.revision = r.revision;
            stub.scorecard.status = ScorecardStatus::submitted;
            stub.set_path(r.file);
        }
    }
    return out;
}

void add_digests(ScoreRecords& records, const std::set<std::string>& candidate_keys) {
    for (std::size_t i = 0; i < records.records.size(); ++i) {
        const auto& r = records.records[i];
        if (records.digest(i).empty() && candidate_keys.count(records.candidate_key(r)))
            if (auto digest = digest_of_file(r.file); !digest.empty())
                records.digests[i] = std::move(digest);
    }
}

} // namespace extramile
