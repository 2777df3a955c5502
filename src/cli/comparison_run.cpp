#include "comparison_run.hpp"

#include "rubric_paths.hpp"

#include "core/file_kind.hpp"
#include "core/scorecard_folder.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>

namespace extramile::cli {

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

const RubricEntry* find_rubric(RubricLibrary& library, const RubricRef& wanted) {
    if (is_rubric_file(wanted.id) || fs::is_regular_file(wanted.id))
        return &library.add_file(wanted.id);
    if (const auto* entry = library.find(wanted))
        return entry;
    std::string folders;
    for (const auto& folder : rubric_folders())
        folders += "\n  " + folder.string();
    throw ComparisonFailed("rubric \"" + wanted.id + "\" was not found among the rubrics in" + folders +
                           "\nName the rubric file with --rubric FILE, or put it beside the scorecards.");
}

} // namespace

ComparisonRun run_comparison(const ComparisonRequest& request) {
    std::vector<Problem> problems;
    const auto files = list_scorecards(request.paths, problems);
    if (request.control) {
        request.control->read = 0;
        request.control->total = files.size();
    }
    std::vector<fs::path> beside;
    for (const auto& p : request.paths)
        beside.push_back(fs::is_directory(p) ? p : p.parent_path());
    std::optional<RubricLibrary> library;
    const RubricEntry* named = nullptr; // --rubric: found (a file read) once, whatever the parts
    const auto rubric_for = [&](const std::vector<ScorecardFile>& scorecards) {
        if (!library)
            library = load_rubric_library(beside);
        if (!request.rubric.empty())
            return named ? named : named = find_rubric(*library, RubricRef{request.rubric, {}, {}});
        return find_rubric(*library, most_named_rubric(scorecards));
    };

    const auto detail = request.with_notes ? ReadDetail::everything : ReadDetail::scores;
    const std::size_t part = request.on_part ? std::max<std::size_t>(1, request.part_size) : files.size();
    std::vector<ScorecardFile> scorecards;
    for (std::size_t at = 0; at < files.size(); at += part) {
        const std::vector<fs::path> slice(files.begin() + static_cast<std::ptrdiff_t>(at),
                                          files.begin() + static_cast<std::ptrdiff_t>(std::min(files.size(), at + part)));
        auto loaded = read_scorecards(slice, detail, 0, request.control);
        if (loaded.cancelled)
            throw ComparisonCancelled();
        std::move(loaded.scorecards.begin(), loaded.scorecards.end(), std::back_inserter(scorecards));
        problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
        if (request.on_part && at + part < files.size() && !scorecards.empty()) {
            const auto* rubric = rubric_for(scorecards);
            CompareOptions options;
            options.include_drafts = request.include_drafts;
            request.on_part(*rubric, compare(rubric->rubric, rubric->digest, scorecards, options));
        }
    }
    if (scorecards.empty()) {
        std::string why;
        for (const auto& problem : problems)
            why += "\n" + problem.to_string();
        throw ComparisonFailed("no scorecard could be read from the paths given" + why);
    }

    const auto* rubric = rubric_for(scorecards);
    ComparisonRun run{*rubric, std::move(scorecards), std::move(problems), {}};
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
    for (const auto& problem : run.problems)
        run.comparison.warnings.push_back(problem.to_string());
}

} // namespace extramile::cli
