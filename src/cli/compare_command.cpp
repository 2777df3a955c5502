// extramile compare [--rubric FILE|ID] [--format table|csv|json] [--blind]
//                   [--include-drafts] [--pdf OUT [--lang L] [--paper P]] DIR|FILE...
#include "subcommands.hpp"

#include "comparison_output.hpp"
#include "comparison_run.hpp"
#include "option_parsing.hpp"

#include "core/blind_review.hpp"
#include "report/comparison_report.hpp"
#include "report/pdf_output.hpp"

#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int compare_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "rubric", po::value<std::string>(),
        "the rubric to score against: a file, or an id among the known rubrics (default: the "
        "one most scorecards name)")("format", po::value<std::string>()->default_value("table"),
                                      "table, csv or json")(
        "blind", "replace candidate names with stable codes and leave out file names")(
        "include-drafts", "count scorecards not yet submitted")(
        "pdf", po::value<std::string>(), "also write the comparison report as a PDF file")(
        "lang", po::value<std::string>()->default_value("en"), "language of the PDF: en, es or it")(
        "paper", po::value<std::string>()->default_value("a4"), "paper of the PDF: a4 or letter");
    auto parsed = parse_options("compare", "DIR|FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto format = parsed.values["format"].as<std::string>();
    if (format != "table" && format != "csv" && format != "json") {
        err << "extramile compare: --format is table, csv or json, not \"" << format << "\"\n";
        return 2;
    }
    const auto lang = parsed.values["lang"].as<std::string>();
    const auto paper = report::paper_from_name(parsed.values["paper"].as<std::string>());
    if ((lang != "en" && lang != "es" && lang != "it") || !paper) {
        err << "extramile compare: --lang is en, es or it and --paper is a4 or letter\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile compare: name a folder of scorecards (or scorecard files)\n";
        return 2;
    }

    ComparisonRequest request;
    request.paths.assign(parsed.positional.begin(), parsed.positional.end());
    if (parsed.values.count("rubric"))
        request.rubric = parsed.values["rubric"].as<std::string>();
    request.include_drafts = parsed.values.count("include-drafts") > 0;
    ComparisonRun run;
    try {
        run = run_comparison(request);
    } catch (const FileError& e) {
        for (const auto& problem : e.problems())
            err << problem.to_string() << "\n";
        return 1;
    } catch (const ComparisonFailed& e) {
        err << "extramile compare: " << e.what() << "\n";
        return 1;
    }
    for (const auto& problem : run.problems)
        err << problem.to_string() << "\n";
    auto& comparison = run.comparison;
    if (parsed.values.count("blind"))
        make_blind(comparison);

    if (parsed.values.count("pdf")) {
        const auto blind = parsed.values.count("blind") > 0;
        try {
            report::write_pdf(*report::comparison_report(run.rubric.rubric, comparison, lang,
                                                         report::PageSetup::for_paper(*paper), blind),
                              parsed.values["pdf"].as<std::string>());
        } catch (const FileError& e) {
            for (const auto& problem : e.problems())
                err << problem.to_string() << "\n";
            return 1;
        }
    }
    ComparisonInput input{run.rubric.rubric, run.rubric.digest, comparison};
    if (format == "json")
        write_comparison_json(out, input);
    else if (format == "csv")
        out << comparison_csv(input);
    else
        out << comparison_table(input);
    return 0;
}

} // namespace extramile::cli
