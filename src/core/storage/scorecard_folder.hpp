// Reading the scorecards of a folder (and below it) or of given files, as HR
// points compare at a shared folder a sync engine fills.
#pragma once

#include "core/base/cancel_token.hpp"
#include "core/base/file_error.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "core/scoring/score_records.hpp"
#include "core/scoring/scoring.hpp"

#include <atomic>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace extramile {

struct LoadedScorecards {
    std::vector<ScorecardFile> scorecards; // sorted by path
    std::vector<Problem> problems;         // files that could not be read, with why
    bool cancelled = false;                // stopped on request before the end
};

// Watching and stopping a long load from another thread (a window's progress
// bar and its Stop button): `total` is known once the folders are listed,
// `read` grows as files are read; setting `cancel` stops the reading soon.
struct LoadControl {
    std::atomic<std::size_t> total{0};
    std::atomic<std::size_t> read{0};
    CancelToken cancel;
};

// Folders are searched recursively for *.scorecard.xml, sync engines'
// copies of them (sync_copies.hpp) and any other *.xml whose root element is
// <scorecard>; hidden files and folders (temporary files of a save in
// progress, .git) are passed over.
// Files named explicitly are read whatever their name. Files are read and
// parsed on every core (`threads` 0: as many as the machine has); the result
// does not depend on how many.
LoadedScorecards load_scorecards(const std::vector<std::filesystem::path>& paths,
                                 ReadDetail detail = ReadDetail::everything, unsigned threads = 0,
                                 LoadControl* control = nullptr);

// Whether a file found in a folder is read as a scorecard: named like one,
// or a sync engine's copy of one, or an XML file whose root is <scorecard>.
// `name`: the file's name (UTF-8), as the folder walk gives it.
bool is_scorecard_in_folder(const std::filesystem::path& file, std::string_view name);

// The two halves of load_scorecards, for reading a long list in parts (a
// window that shows each part as it arrives). list_scorecards gives the
// files, sorted and each once, and adds folders it could not read to
// `problems`; read_scorecards reads `files` (in that order; the paths move
// into the result) and adds to control->read without resetting it.
std::vector<std::filesystem::path> list_scorecards(const std::vector<std::filesystem::path>& paths,
                                                   std::vector<Problem>& problems);
LoadedScorecards read_scorecards(std::vector<std::filesystem::path> files,
                                 ReadDetail detail = ReadDetail::everything, unsigned threads = 0,
                                 LoadControl* control = nullptr);

// Sets the digest (SHA-256 of the bytes) of the scorecards of the
// candidates with these keys, reading their files again: only scorecards a
// decision concerns are hashed, so a comparison without decisions costs
// what it did (tests/bench holds compare to the time of a bare parse).
// A file that no longer reads keeps an empty digest.
void add_digests(std::vector<ScorecardFile>& scorecards, const std::set<std::string>& candidate_keys);

// What read_score_records gives.
struct LoadedRecords {
    ScoreRecords records; // in the order of the files, those that failed left out
    // What the overdue list reads (overdue_drafts.hpp): every draft as read,
    // and for each draft's id its other copies (their id, revision, status
    // and path: whether a copy stands before the draft).
    std::vector<ScorecardFile> drafts;
    std::vector<Problem> problems;
    bool cancelled = false;
};

// read_scorecards(files, ReadDetail::scores) for a comparison of a big
// folder: each scorecard becomes a record as it is read and is not kept (a
// few hundred files are held at a time), so the folder's scorecards are
// never all in memory. The records, hashes of copies included, are those
// records_of() makes of read_scorecards' result.
LoadedRecords read_score_records(std::vector<std::filesystem::path::string_type> files, unsigned threads = 0,
                                 LoadControl* control = nullptr);
// add_digests for records.
void add_digests(ScoreRecords& records, const std::set<std::string>& candidate_keys);

} // namespace extramile
