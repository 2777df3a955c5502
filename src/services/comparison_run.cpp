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

namespace extramile::services {

namespace fs = std::filesystem;

namespace {

// The rubric most scorecards name, and of its texts the one most of them
// were scored with, so a folder compares without options even when two
// rubrics share an id.
RubricRef most_named_rubric(const std::vector<ScorecardFile>& scorecards) {
    std::map<std::string, int> ids;
    for (const auto& s : scorecards)
        ++ids[s.scorecard.rubric.id];
    std::string id;
    int most = 0;
    for (const auto& [name, n] : ids)
        if (n > most)
            id = name, most = n;
    std::map<std::pair<std::string, std::string>, int> texts;
    for (const auto& s : scorecards)
        if (s.scorecard.rubric.id == id)
            ++texts[{s.scorecard.rubric.version, s.scorecard.rubric.digest}];
    RubricRef ref{id, {}, {}};
    most = 0;
    for (const auto& [text, n] : texts)
        if (n > most)
            ref.version = text.first, ref.digest = text.second, most = n;
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

ComparisonRun run_comparison(const ComparisonRequest& request) {
    // The installed rubrics are read on another core while this one lists
    // the folder (a listing leaves the other core idle; reading them after
    // it was a thirtieth of a comparison of 10,000 short scorecards).
    auto installed = std::async(std::launch::async, [] { return load_rubric_library(); });
    std::vector<Problem> problems;
    auto listed = list_compared_files(request.paths, problems); // one walk of each folder for all three kinds
    auto& files = listed.scorecards;
    if (request.control) {
        request.control->read = 0;
        request.control->total = files.size();
    }
    // Beside the scorecards, in the order named: a folder named, or the
    // folder of a file named ("." for a bare file name).
    std::vector<fs::path> beside;
    std::vector<bool> folder_named;
    for (const auto& p : request.paths) {
        std::error_code error;
        folder_named.push_back(fs::is_directory(p, error));
        const auto parent = p.parent_path();
        beside.push_back(folder_named.back() ? p : parent.empty() ? fs::path(".") : parent);
    }
    std::vector<fs::path> searched = beside;
    for (const auto& folder : rubric_folders())
        searched.push_back(folder);
    std::optional<RubricLibrary> library;
    const RubricEntry* named = nullptr; // --rubric: found (a file read) once, whatever the parts
    const auto rubric_for = [&](const std::vector<ScorecardFile>& scorecards) {
        if (!library) {
            // A folder named had its rubrics listed in its walk; the folder
            // of a file named is looked in now. Theirs come first.
            RubricLibrary first;
            for (std::size_t i = 0; i < beside.size(); ++i)
                folder_named[i] ? first.add_files(listed.rubrics[i]) : first.add_folder(beside[i]);
            first.append(installed.get());
            library = std::move(first);
        }
        if (!request.rubric.empty())
            return named ? named : named = find_rubric(*library, RubricRef{request.rubric, {}, {}}, searched);
        return find_rubric(*library, most_named_rubric(scorecards), searched);
    };

    const auto detail = request.with_notes ? ReadDetail::everything : ReadDetail::scores;
    const std::size_t part = request.on_part ? std::max<std::size_t>(1, request.part_size) : files.size();
    std::vector<ScorecardFile> scorecards;
    const std::size_t count = files.size();
    for (std::size_t at = 0; at < count; at += part) {
        // In one part (the CLI) the list itself moves into the result.
        auto loaded = part >= count ? read_scorecards(std::move(files), detail, 0, request.control)
                                    : read_scorecards({files.begin() + static_cast<std::ptrdiff_t>(at),
                                                       files.begin() + static_cast<std::ptrdiff_t>(std::min(count, at + part))},
                                                      detail, 0, request.control);
        if (loaded.cancelled)
            throw ComparisonFailed({ComparisonFailure::Reason::cancelled, {}, {}, {}});
        if (scorecards.empty())
            scorecards = std::move(loaded.scorecards); // one part (the CLI): no second vector
        else
            std::move(loaded.scorecards.begin(), loaded.scorecards.end(), std::back_inserter(scorecards));
        problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
        if (request.on_part && at + part < count && !scorecards.empty()) {
            const auto* rubric = rubric_for(scorecards);
            CompareOptions options;
            options.include_drafts = request.include_drafts;
            request.on_part(*rubric, compare(rubric->rubric, rubric->digest, scorecards, options));
        }
    }
    if (scorecards.empty())
        throw ComparisonFailed({ComparisonFailure::Reason::no_scorecards, {}, {}, std::move(problems)});

    const auto* rubric = rubric_for(scorecards);
    auto decisions = read_decisions(listed.decisions);
    problems.insert(problems.end(), decisions.problems.begin(), decisions.problems.end());
    std::set<std::string> decided;
    for (const auto& d : decisions.decisions)
        decided.insert(candidate_key(d.decision));
    add_digests(scorecards, decided);
    ComparisonRun run{*rubric, std::move(scorecards), std::move(decisions.decisions), std::move(problems), {}};
    // Two texts under one id: say which was used, and where the other is.
    for (auto& problem : library->clashes(rubric->rubric.id))
        run.problems.push_back(std::move(problem));
    rescore(run, request.include_drafts);
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
