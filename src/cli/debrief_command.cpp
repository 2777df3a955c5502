// extramile debrief [--rubric FILE|ID] --candidate ID|NAME|CODE... | --all [--blind]
//                   [--include-drafts] --pdf OUT [--lang L] [--paper P] DIR|FILE...
// The debrief page of candidates, as the compare view prints it, without a display.
#include "cli/subcommands.hpp"

#include "cli/comparison_loading.hpp"
#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"

#include "core/base/file_error.hpp"
#include "core/base/languages.hpp"
#include "core/base/utf8_path.hpp"
#include "core/scoring/debrief.hpp"
#include "report/debrief_report.hpp"
#include "report/pdf_output.hpp"

#include <map>
#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int debrief_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "rubric", po::value<std::string>(),
        "the rubric to score against: a file, or an id among the known rubrics (default: the "
        "one most scorecards name)")(
        "candidate", po::value<std::vector<std::string>>(),
        "a candidate to debrief, by id or name (by code in blind review); repeat for several")(
        "all", "every candidate, in the comparison's order")(
        "blind", "name candidates by their blind codes, hide their names in the notes, name no file")(
        "include-drafts", "count scorecards not yet submitted")("pdf", po::value<std::string>(),
                                                                "the PDF file to write")(
        "lang", po::value<std::string>()->default_value(std::string(fallback_language)),
        ("language of the page: " + language_codes_text()).c_str())(
        "paper", po::value<std::string>()->default_value("a4"), "a4 or letter");
    auto parsed = parse_options("debrief", "DIR|FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto lang = parsed.values["lang"].as<std::string>();
    const auto paper = report::paper_from_name(parsed.values["paper"].as<std::string>());
    if (!is_language(lang) || !paper) {
        err << "extramile debrief: --lang is " << language_codes_text() << " and --paper is a4 or letter\n";
        return 2;
    }
    if (!parsed.values.count("pdf")) {
        err << "extramile debrief: say where the PDF goes with --pdf OUT.pdf\n";
        return 2;
    }
    const bool all = parsed.values.count("all") > 0;
    const auto wanted = parsed.values.count("candidate") ? parsed.values["candidate"].as<std::vector<std::string>>()
                                                         : std::vector<std::string>{};
    if (all == !wanted.empty()) {
        err << "extramile debrief: name the candidates with --candidate ID (repeat for several), or give --all\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile debrief: name a folder of scorecards (or scorecard files)\n";
        return 2;
    }

    auto request = comparison_request(parsed);
    request.with_notes = true; // the debrief shows them
    const bool blind = parsed.values.count("blind") > 0;
    auto loaded = load_comparison("debrief", request, blind, err);
    if (!loaded)
        return 1;
    auto& run = *loaded;
    const auto& shown = run.comparison; // blind already when asked
    // The same candidates in the same order, with their names and files.
    CompareOptions compare_options;
    compare_options.include_drafts = request.include_drafts;
    const auto original = compare(run.rubric.rubric, run.rubric.digest, run.scorecards, compare_options);

    std::vector<int> chosen;
    if (all) {
        for (std::size_t i = 0; i < shown.candidates.size(); ++i)
            chosen.push_back(static_cast<int>(i));
    } else {
        std::vector<std::string> unknown;
        chosen = find_candidates(original, shown, wanted, blind, unknown);
        if (!unknown.empty()) {
            for (const auto& u : unknown)
                err << "extramile debrief: no candidate \"" << terminal_safe(u) << "\" among those compared"
                    << (blind ? " (in blind review name candidates by code: extramile compare --blind lists them)"
                              : "; extramile compare lists them")
                    << "\n";
            return 1;
        }
    }
    std::map<fs::path, const Scorecard*> by_file;
    for (const auto& file : run.scorecards)
        by_file[file.path()] = &file.scorecard;
    std::vector<Debrief> debriefs;
    for (int index : chosen)
        debriefs.push_back(make_debrief({run.rubric.rubric, original.candidates.at(index), shown.candidates.at(index),
                                         by_file, lang, blind}));

    const std::string pdf_name = parsed.values["pdf"].as<std::string>();
    const fs::path pdf = path_from_utf8(pdf_name);
    try {
        report::write_pdf(*report::debrief_report(run.rubric.rubric, debriefs, lang, report::PageSetup::for_paper(*paper)),
                          pdf);
    } catch (const FileError& e) {
        print_problems(err, e.problems());
        return 1;
    } catch (const std::exception& e) {
        err << terminal_safe(pdf_name) << ": the debrief could not be made (" << terminal_safe(e.what())
            << "); nothing was written\n";
        return 1;
    }
    out << "wrote " << terminal_safe(pdf_name) << " (" << debriefs.size()
        << (debriefs.size() == 1 ? " candidate" : " candidates") << ")\n";
    return 0;
}

} // namespace extramile::cli
