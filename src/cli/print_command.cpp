// extramile print RUBRIC|SCORECARD --pdf OUT [--lang en|es|it] [--paper a4|letter]:
// the interviewer's sheet of a rubric, or the report of one scorecard, as a
// PDF, without a display.
#include "cli/subcommands.hpp"

#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"
#include "core/base/utf8_path.hpp"
#include "core/base/languages.hpp"
#include "services/rubric_locations.hpp"

#include "core/storage/atomic_file.hpp"
#include "core/base/file_error.hpp"
#include "core/xml/file_kind.hpp"
#include "core/xml/scorecard_xml.hpp"
#include "report/pdf_output.hpp"
#include "report/rubric_sheet.hpp"
#include "report/scorecard_report.hpp"

#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int print_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")("pdf", po::value<std::string>(), "the PDF file to write")(
        "lang", po::value<std::string>()->default_value(std::string(fallback_language)),
        ("language of the page: " + language_codes_text()).c_str())(
        "paper", po::value<std::string>()->default_value("a4"), "a4 or letter");
    auto parsed = parse_options("print", "RUBRIC|SCORECARD", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto lang = parsed.values["lang"].as<std::string>();
    const auto paper = report::paper_from_name(parsed.values["paper"].as<std::string>());
    if (!is_language(lang)) {
        err << "extramile print: --lang is " << language_codes_text() << ", not \"" << terminal_safe(lang) << "\"\n";
        return 2;
    }
    if (!paper) {
        err << "extramile print: --paper is a4 or letter\n";
        return 2;
    }
    if (!parsed.values.count("pdf")) {
        err << "extramile print: say where the PDF goes with --pdf OUT.pdf\n";
        return 2;
    }
    if (parsed.positional.size() != 1) {
        err << "extramile print: name one rubric (a file or an id such as generosity) or one scorecard\n";
        return 2;
    }
    const auto setup = report::PageSetup::for_paper(*paper);
    // Arguments are UTF-8 text, made into paths once (core/base/utf8_path.hpp).
    const fs::path what = path_from_utf8(parsed.positional.front());
    const fs::path pdf = path_from_utf8(parsed.values["pdf"].as<std::string>());
    try {
        std::error_code error;
        if (!fs::exists(what, error)) {
            // Not a file: a rubric id among the known rubrics.
            const auto library = services::load_rubric_library();
            const auto* entry = library.find(what.string());
            if (!entry) {
                err << "extramile print: " << terminal_safe(what.string())
                    << " is neither a file nor a known rubric id\n";
                return 1;
            }
            report::write_pdf(*report::rubric_sheet(entry->rubric, lang, setup), pdf);
        } else if (detect_file_kind(what) == FileKind::scorecard) {
            const auto scorecard = read_scorecard(what);
            const auto beside = services::rubrics_beside(what);
            const auto library = services::load_rubric_library();
            const auto* entry = services::rubric_for(scorecard.rubric, {&beside, &library});
            if (!entry) {
                err << terminal_safe(what.string()) << ": its rubric \"" << terminal_safe(scorecard.rubric.id)
                    << "\" was not found; put the rubric file beside the scorecard or in "
                    << terminal_safe(services::user_rubric_folder().string()) << "\n";
                return 1;
            }
            report::write_pdf(*report::scorecard_report(entry->rubric, scorecard, lang, setup), pdf);
        } else {
            RubricLibrary library;
            const auto& entry = library.add_file(what);
            report::write_pdf(*report::rubric_sheet(entry.rubric, lang, setup), pdf);
        }
    } catch (const FileError& e) {
        print_problems(err, e.problems());
        return 1;
    }
    out << "wrote " << terminal_safe(pdf.string()) << "\n";
    return 0;
}

} // namespace extramile::cli
