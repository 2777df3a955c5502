// extramile compare [--rubric FILE|ID] [--format table|csv|json] [--blind]
//                   [--include-drafts] [--pdf OUT [--lang L] [--paper P]] [--xlsx OUT]
//                   [--csv-locale L] [--no-bom] [--overdue-days N] DIR|FILE...
#include "cli/subcommands.hpp"

#include "cli/comparison_loading.hpp"
#include "cli/comparison_table.hpp"
#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"

#include "core/base/utf8_path.hpp"
#include "core/base/languages.hpp"
#include "core/storage/blind_key.hpp"
#include "core/storage/overdue_drafts.hpp"
#include "core/storage/atomic_file.hpp"
#include "report/comparison_report.hpp"
#include "report/pdf_output.hpp"
#include "services/comparison_export.hpp"
#include "services/comparison_run.hpp"

#include <chrono>
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
        "lang", po::value<std::string>()->default_value(std::string(fallback_language)),
        ("language of the PDF: " + language_codes_text()).c_str())(
        "paper", po::value<std::string>()->default_value("a4"), "paper of the PDF: a4 or letter")(
        "csv-locale", po::value<std::string>()->default_value(""),
        "CSV for the spreadsheets of a language: es, it, de, fr... write semicolons and decimal commas "
        "(default: commas and decimal points)")(
        "no-bom", "CSV without the byte order mark (which Excel needs to read UTF-8)")(
        "xlsx", po::value<std::string>(), "also write the comparison as an Excel workbook (.xlsx)")(
        "overdue-days", po::value<int>()->default_value(2),
        "list the drafts whose interview is more than N days old, by interviewer, so they can be chased");
    auto parsed = parse_options("compare", "DIR|FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto format = parsed.values["format"].as<std::string>();
    if (format != "table" && format != "csv" && format != "json") {
        err << "extramile compare: --format is table, csv or json, not \"" << terminal_safe(format) << "\"\n";
        return 2;
    }
    const auto lang = parsed.values["lang"].as<std::string>();
    const auto paper = report::paper_from_name(parsed.values["paper"].as<std::string>());
    if (!is_language(lang) || !paper) {
        err << "extramile compare: --lang is " << language_codes_text() << " and --paper is a4 or letter\n";
        return 2;
    }
    auto csv_style = services::csv_style_for(parsed.values["csv-locale"].as<std::string>());
    if (!csv_style) {
        err << "extramile compare: --csv-locale is a language code such as es, it, de or en, not \""
            << terminal_safe(parsed.values["csv-locale"].as<std::string>()) << "\"\n";
        return 2;
    }
    csv_style->byte_order_mark = parsed.values.count("no-bom") == 0;
    const int overdue_days = parsed.values["overdue-days"].as<int>();
    if (overdue_days < 0) {
        err << "extramile compare: --overdue-days is a number of days, 0 or more\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile compare: name a folder of scorecards (or scorecard files)\n";
        return 2;
    }

    const auto request = comparison_request(parsed);
    const bool blind = parsed.values.count("blind") > 0;
    // JSON alone, not blind: the scorecards are kept as records and each
    // candidate made as it is written (the memory of 100,000 scorecards is
    // a few hundred bytes each; tests/bench). The other outputs are made
    // whole before they are written, and blind review reorders ties by
    // code across all candidates: they take the comparison in full.
    if (format == "json" && !blind && !parsed.values.count("pdf") && !parsed.values.count("xlsx")) {
        auto* compact = load_compact_comparison("compare", request, err);
        if (!compact)
            return 1;
        const auto overdue = overdue_drafts(compact->drafts, overdue_days, std::chrono::system_clock::now());
        services::write_comparison_json(out, services::CompactInput{compact->rubric.rubric, compact->rubric.digest,
                                                                    compact->comparison, &overdue, overdue_days});
        return 0;
    }
    auto loaded = load_comparison("compare", request, blind, err);
    if (!loaded)
        return 1;
    auto& run = *loaded;
    auto& comparison = run.comparison;

    if (parsed.values.count("pdf")) {
        const auto pdf = path_from_utf8(parsed.values["pdf"].as<std::string>());
        try {
            report::write_pdf(*report::comparison_report(run.rubric.rubric, comparison, lang,
                                                         report::PageSetup::for_paper(*paper), blind),
                              pdf);
        } catch (const FileError& e) {
            print_problems(err, e.problems());
            return 1;
        } catch (const std::exception& e) {
            err << terminal_safe(pdf.string()) << ": the report could not be made (" << terminal_safe(e.what())
                << "); nothing was written\n";
            return 1;
        }
    }
    // The table and CSV are made first and written in one go: a failure on
    // the way prints an error, never half a document. JSON is written one
    // candidate at a time as it is made (write_comparison_json cannot fail
    // half-way: every number and text is already in the comparison), so the
    // output of 100,000 scorecards is never held in memory.
    auto overdue = overdue_drafts(run.scorecards, overdue_days, std::chrono::system_clock::now());
    if (blind) {
        const auto& first = request.paths.front();
        std::error_code error;
        make_blind(overdue, blind_key_for(fs::is_directory(first, error) ? first : first.parent_path()).secret);
    }
    services::ComparisonInput input{run.rubric.rubric, run.rubric.digest, comparison, &overdue, overdue_days};
    if (parsed.values.count("xlsx")) {
        const auto xlsx = parsed.values["xlsx"].as<std::string>();
        try {
            write_file_atomically(path_from_utf8(xlsx), services::comparison_xlsx(input, lang), 0600);
        } catch (const FileError& e) {
            print_problems(err, e.problems());
            return 1;
        } catch (const std::exception& e) {
            err << terminal_safe(xlsx) << ": the workbook could not be made (" << terminal_safe(e.what())
                << "); nothing was written\n";
            return 1;
        }
    }
    if (format == "json")
        services::write_comparison_json(out, input);
    else if (format == "csv")
        out << services::comparison_csv(input, *csv_style);
    else
        out << comparison_table(input) << overdue_table(overdue, overdue_days);
    return 0;
}

} // namespace extramile::cli
