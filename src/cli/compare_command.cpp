// extramile compare [--rubric FILE|ID] [--format table|csv|json] [--blind]
//                   [--include-drafts] DIR|FILE...
#include "subcommands.hpp"

#include "comparison_output.hpp"
#include "option_parsing.hpp"
#include "rubric_paths.hpp"

#include "core/blind_review.hpp"
#include "core/file_kind.hpp"
#include "core/scorecard_folder.hpp"

#include <map>
#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

// The rubric most scorecards name, so a folder compares without options.
std::string most_named_rubric(const std::vector<ScorecardFile>& scorecards) {
    std::map<std::string, int> count;
    for (const auto& s : scorecards)
        ++count[s.scorecard.rubric.id];
    std::string best;
    int most = 0;
    for (const auto& [id, n] : count)
        if (n > most)
            best = id, most = n;
    return best;
}

} // namespace

int compare_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "rubric", po::value<std::string>(),
        "the rubric to score against: a file, or an id among the known rubrics (default: the "
        "one most scorecards name)")("format", po::value<std::string>()->default_value("table"),
                                      "table, csv or json")(
        "blind", "replace candidate names with stable codes and leave out file names")(
        "include-drafts", "count scorecards not yet submitted");
    auto parsed = parse_options("compare", "DIR|FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto format = parsed.values["format"].as<std::string>();
    if (format != "table" && format != "csv" && format != "json") {
        err << "extramile compare: --format is table, csv or json, not \"" << format << "\"\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile compare: name a folder of scorecards (or scorecard files)\n";
        return 2;
    }

    std::vector<fs::path> paths(parsed.positional.begin(), parsed.positional.end());
    auto loaded = load_scorecards(paths);
    for (const auto& problem : loaded.problems)
        err << problem.to_string() << "\n";
    if (loaded.scorecards.empty()) {
        err << "extramile compare: no scorecard could be read from the paths given\n";
        return 1;
    }

    // Rubrics kept beside the scorecards (a shared folder) come before the user's and the bundled.
    std::vector<fs::path> beside;
    for (const auto& p : paths)
        beside.push_back(fs::is_directory(p) ? p : p.parent_path());
    auto library = load_rubric_library(beside);
    const RubricEntry* rubric = nullptr;
    std::string wanted = most_named_rubric(loaded.scorecards);
    if (parsed.values.count("rubric")) {
        wanted = parsed.values["rubric"].as<std::string>();
        if (is_rubric_file(wanted) || fs::is_regular_file(wanted)) {
            try {
                rubric = &library.add_file(wanted);
            } catch (const FileError& e) {
                for (const auto& problem : e.problems())
                    err << problem.to_string() << "\n";
                return 1;
            }
        }
    }
    if (!rubric)
        rubric = library.find(wanted);
    if (!rubric) {
        err << "extramile compare: rubric \"" << wanted << "\" was not found among the rubrics in ";
        for (const auto& folder : rubric_folders())
            err << folder.string() << " ";
        err << "\nName it with --rubric FILE.\n";
        return 1;
    }

    CompareOptions compare_options;
    compare_options.include_drafts = parsed.values.count("include-drafts") > 0;
    auto comparison = compare(rubric->rubric, rubric->digest, loaded.scorecards, compare_options);
    for (const auto& problem : loaded.problems)
        comparison.warnings.push_back(problem.to_string());
    if (parsed.values.count("blind"))
        make_blind(comparison);

    ComparisonInput input{rubric->rubric, rubric->digest, comparison};
    if (format == "json")
        out << comparison_json(input).dump(2) << "\n";
    else if (format == "csv")
        out << comparison_csv(input);
    else
        out << comparison_table(input);
    return 0;
}

} // namespace extramile::cli
