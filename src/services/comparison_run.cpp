#include "services/comparison_run.hpp"

#include "services/rubric_locations.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/compared_files.hpp"
#include "core/xml/file_kind.hpp"
#include "core/storage/scorecard_folder.hpp"

#include <algorithm>
#include <future>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace extramile::services {

namespace fs = std::filesystem;

namespace {

// How many scorecards name each rubric text (id, version, digest).
using RubricTally = std::map<std::tuple<std::string, std::string, std::string>, int>;

RubricTally tally(const std::vector<ScorecardFile>& scorecards) {
    RubricTally out;
    for (const auto& s : scorecards)
        ++out[{s.scorecard.rubric.id, s.scorecard.rubric.version, s.scorecard.rubric.digest}];
    return out;
}

RubricTally tally(const ScoreRecords& records) {
    std::map<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>, int> by_number; // few texts, many records
    for (const auto& r : records.records)
        ++by_number[{r.rubric_id, r.rubric_version, r.rubric_digest}];
    RubricTally out;
    for (const auto& [text, n] : by_number)
        out[{records.texts[std::get<0>(text)], records.texts[std::get<1>(text)], records.texts[std::get<2>(text)]}] += n;
    return out;
}

// The rubric most scorecards name, and of its texts the one most of them
// were scored with, so a folder compares without options even when two
// rubrics share an id.
RubricRef most_named_rubric(const RubricTally& texts) {
    std::map<std::string, int> ids;
    for (const auto& [text, n] : texts)
        ids[std::get<0>(text)] += n;
    std::string id;
    int most = 0;
    for (const auto& [name, n] : ids)
        if (n > most)
            id = name, most = n;
    RubricRef ref{id, {}, {}};
    most = 0;
    for (const auto& [text, n] : texts)
        if (std::get<0>(text) == id && n > most)
            ref.version = std::get<1>(text), ref.digest = std::get<2>(text), most = n;
    return ref;
}

std::string summary(const ComparisonFailure& f) {
    switch (f.reason) {
    case ComparisonFailure::Reason::no_scorecards:
        return "no scorecard could be read";
    case ComparisonFailure::Reason::rubric_not_found:
        return "rubric \"" + f.rubric + "\" was not found";
    case ComparisonFailure::Reason::rubric_broken:
        return "the rubric file " + f.rubric + " has mistakes";
    case ComparisonFailure::Reason::cancelled:
        return "stopped before all scorecards were read";
    }
    return "nothing could be compared";
}

const RubricEntry* find_rubric(RubricLibrary& library, const RubricRef& wanted,
                               const std::vector<fs::path>& searched) {
    std::error_code error;
    // The id may be a file's name, as UTF-8 text (core/base/utf8_path.hpp).
    if (const auto file = path_from_utf8(wanted.id); is_rubric_file(file) || fs::is_regular_file(file, error)) {
        try {
            return &library.add_file(file);
        } catch (const FileError& e) {
            throw ComparisonFailed({ComparisonFailure::Reason::rubric_broken, wanted.id, {}, e.problems()});
        }
    }
    if (const auto* entry = rubric_for(wanted, {&library}))
        return entry;
    throw ComparisonFailed({ComparisonFailure::Reason::rubric_not_found, wanted.id, searched, {}});
}

} // namespace

ComparisonFailed::ComparisonFailed(ComparisonFailure failure)
    : std::runtime_error(summary(failure)), failure_(std::move(failure)) {}

namespace {

// What a comparison reads besides its scorecards: the folders' listing, the
// rubrics beside the scorecards and the installed ones, the decisions.
class Sources {
public:
    explicit Sources(const ComparisonRequest& request) : request_(request) {
        // The installed rubrics are read on another core while this one lists
        // the folder (a listing leaves the other core idle; reading them after
        // it was a thirtieth of a comparison of 10,000 short scorecards).
        installed_ = std::async(std::launch::async, [] { return load_rubric_library(); });
        listed = list_compared_files(request.paths, problems); // one walk of each folder for all three kinds
        if (request.control) {
            request.control->read = 0;
            request.control->total = listed.scorecards.size();
        }
        // Beside the scorecards, in the order named: a folder named, or the
        // folder of a file named ("." for a bare file name).
        for (const auto& p : request.paths) {
            std::error_code error;
            folder_named_.push_back(fs::is_directory(p, error));
            const auto parent = p.parent_path();
            beside_.push_back(folder_named_.back() ? p : parent.empty() ? fs::path(".") : parent);
        }
        searched_ = beside_;
        for (const auto& folder : rubric_folders())
            searched_.push_back(folder);
    }

    // The rubric asked for, or the one most of the scorecards counted name.
    const RubricEntry& rubric_for(const RubricTally& named_by) {
        if (!library_) {
            // A folder named had its rubrics listed in its walk; the folder
            // of a file named is looked in now. Theirs come first.
            RubricLibrary first;
            for (std::size_t i = 0; i < beside_.size(); ++i)
                folder_named_[i] ? first.add_files(listed.rubrics[i]) : first.add_folder(beside_[i]);
            first.append(installed_.get());
            library_ = std::move(first);
        }
        if (!request_.rubric.empty()) // found (a file read) once, whatever the parts
            return *(named_ ? named_ : named_ = find_rubric(*library_, RubricRef{request_.rubric, {}, {}}, searched_));
        return *find_rubric(*library_, most_named_rubric(named_by), searched_);
    }

    // The decision records found beside the scorecards (their problems
    // among `problems`), and the keys of the candidates they concern.
    std::vector<DecisionFile> decisions(std::set<std::string>& decided) {
        auto read = read_decisions(listed.decisions);
        problems.insert(problems.end(), read.problems.begin(), read.problems.end());
        for (const auto& d : read.decisions)
            decided.insert(candidate_key(d.decision));
        return std::move(read.decisions);
    }

    // Two texts under one id: which was used, and where the other is.
    void add_clashes(const std::string& rubric_id) {
        for (auto& problem : library_->clashes(rubric_id))
            problems.push_back(std::move(problem));
    }

    ComparedFiles listed;
    std::vector<Problem> problems;

private:
    const ComparisonRequest& request_;
    std::future<RubricLibrary> installed_;
    std::vector<fs::path> beside_;
    std::vector<bool> folder_named_;
    std::vector<fs::path> searched_;
    std::optional<RubricLibrary> library_;
    const RubricEntry* named_ = nullptr;
};

} // namespace

ComparisonRun run_comparison(const ComparisonRequest& request) {
    Sources sources(request);
    auto& problems = sources.problems;
    auto& files = sources.listed.scorecards;
    const auto detail = request.with_notes ? ReadDetail::everything : ReadDetail::scores;
    const std::size_t part = request.on_part ? std::max<std::size_t>(1, request.part_size) : files.size();
    std::vector<ScorecardFile> scorecards;
    const std::size_t count = files.size();
    for (std::size_t at = 0; at < count; at += part) {
        auto loaded = read_scorecards({files.begin() + static_cast<std::ptrdiff_t>(at),
                                       files.begin() + static_cast<std::ptrdiff_t>(std::min(count, at + part))},
                                      detail, 0, request.control);
        if (loaded.cancelled)
            throw ComparisonFailed({ComparisonFailure::Reason::cancelled, {}, {}, {}});
        if (scorecards.empty())
            scorecards = std::move(loaded.scorecards); // one part: no second vector
        else
            std::move(loaded.scorecards.begin(), loaded.scorecards.end(), std::back_inserter(scorecards));
        problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
        if (request.on_part && at + part < count && !scorecards.empty()) {
            const auto& rubric = sources.rubric_for(tally(scorecards));
            CompareOptions options;
            options.include_drafts = request.include_drafts;
            request.on_part(rubric, compare(rubric.rubric, rubric.digest, scorecards, options));
        }
    }
    if (scorecards.empty())
        throw ComparisonFailed({ComparisonFailure::Reason::no_scorecards, {}, {}, std::move(problems)});

    const auto& rubric = sources.rubric_for(tally(scorecards));
    std::set<std::string> decided;
    auto decisions = sources.decisions(decided);
    add_digests(scorecards, decided);
    sources.add_clashes(rubric.rubric.id);
    ComparisonRun run{rubric, std::move(scorecards), std::move(decisions), std::move(problems), {}};
    rescore(run, request.include_drafts);
    return run;
}

CompactRun run_compact_comparison(const ComparisonRequest& request) {
    Sources sources(request);
    auto& problems = sources.problems;
    auto loaded = read_score_records(std::move(sources.listed.scorecards), 0, request.control);
    if (loaded.cancelled)
        throw ComparisonFailed({ComparisonFailure::Reason::cancelled, {}, {}, {}});
    problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
    if (loaded.records.records.empty())
        throw ComparisonFailed({ComparisonFailure::Reason::no_scorecards, {}, {}, std::move(problems)});
    const auto& rubric = sources.rubric_for(tally(loaded.records));
    std::set<std::string> decided;
    auto decisions = sources.decisions(decided);
    add_digests(loaded.records, decided);
    sources.add_clashes(rubric.rubric.id);
    CompareOptions options;
    options.include_drafts = request.include_drafts;
    CompactRun run{rubric, std::move(loaded.drafts), std::move(problems),
                   compare_compact(rubric.rubric, rubric.digest, std::move(loaded.records), options)};
    run.comparison.attach(rubric.rubric.id, decisions);
    for (const auto& problem : run.problems)
        run.comparison.warnings.push_back(problem.to_string());
    return run;
}

void rescore(ComparisonRun& run, bool include_drafts) {
    CompareOptions options;
    options.include_drafts = include_drafts;
    run.comparison = compare(run.rubric.rubric, run.rubric.digest, run.scorecards, options);
    attach_decisions(run.comparison, run.rubric.rubric.id, run.decisions);
    for (const auto& problem : run.problems)
        run.comparison.warnings.push_back(problem.to_string());
}

} // namespace extramile::services
