#include "cli/comparison_loading.hpp"

#include "cli/terminal_text.hpp"

#include "core/base/utf8_path.hpp"
#include "core/scoring/blind_review.hpp"
#include "core/storage/blind_key.hpp"

#include <filesystem>
#include <memory>
#include <ostream>
#include <vector>

namespace extramile::cli {

namespace fs = std::filesystem;

namespace {

// ComparisonFailure in the command line's words.
void explain(const std::string& prefix, const services::ComparisonFailure& failure, std::ostream& err) {
    using Reason = services::ComparisonFailure::Reason;
    switch (failure.reason) {
    case Reason::no_scorecards:
        err << prefix << "no scorecard could be read from the paths given\n";
        print_problems(err, failure.problems);
        break;
    case Reason::rubric_not_found:
        err << prefix << "rubric \"" << terminal_safe(failure.rubric) << "\" was not found among the rubrics in\n";
        for (const auto& folder : failure.searched)
            err << "  " << terminal_safe(folder.string()) << "\n";
        err << "Name the rubric file with --rubric FILE, or put it beside the scorecards.\n";
        break;
    case Reason::rubric_broken:
        print_problems(err, failure.problems);
        break;
    case Reason::cancelled:
        err << prefix << "stopped before all scorecards were read\n";
        break;
    }
}

// Held in a list that is itself never freed, so the runs stay reachable
// (no leak checker calls them lost) and nothing frees them at exit.
template <class Run>
Run* kept_until_exit(Run run) {
    static auto& kept = *new std::vector<std::unique_ptr<Run>>;
    return kept.emplace_back(std::make_unique<Run>(std::move(run))).get();
}

} // namespace

void explain(const services::ComparisonFailure& failure, const std::string& subcommand, std::ostream& err) {
    explain("extramile " + subcommand + ": ", failure, err);
}

services::ComparisonRequest comparison_request(const ParsedOptions& parsed) {
    services::ComparisonRequest request;
    for (const auto& path : parsed.positional)
        request.paths.push_back(path_from_utf8(path));
    if (parsed.values.count("rubric"))
        request.rubric = parsed.values.at("rubric").as<std::string>();
    request.include_drafts = parsed.values.count("include-drafts") > 0;
    return request;
}

services::ComparisonRun* load_comparison(const std::string& subcommand, const services::ComparisonRequest& request,
                                         bool blind, std::ostream& err) {
    const auto prefix = "extramile " + subcommand + ": ";
    services::ComparisonRun* kept = nullptr;
    try {
        kept = kept_until_exit(services::run_comparison(request));
    } catch (const services::ComparisonFailed& e) {
        explain(prefix, e.failure(), err);
        return nullptr;
    }
    auto& run = *kept;
    if (!blind) {
        print_problems(err, run.problems);
        return kept;
    }
    // File names carry candidates' names: in blind review none is printed.
    if (!run.problems.empty())
        err << prefix << run.problems.size() << (run.problems.size() == 1 ? " file" : " files")
            << " could not be read (not named in blind review; run without --blind to see which)\n";
    // The codes come from the folder's own secret, as in the app.
    const auto& first = request.paths.front();
    std::error_code error;
    const auto key = blind_key_for(fs::is_directory(first, error) ? first : first.parent_path());
    if (!key.problem.empty())
        err << prefix << "no blind key could be kept in the folder (" << terminal_safe(key.problem)
            << "); these codes hold for this run only\n";
    make_blind(run.comparison, key.secret);
    return kept;
}

services::CompactRun* load_compact_comparison(const std::string& subcommand,
                                             const services::ComparisonRequest& request, std::ostream& err) {
    try {
        auto* kept = kept_until_exit(services::run_compact_comparison(request));
        print_problems(err, kept->problems);
        return kept;
    } catch (const services::ComparisonFailed& e) {
        explain("extramile " + subcommand + ": ", e.failure(), err);
        return nullptr;
    }
}

} // namespace extramile::cli
