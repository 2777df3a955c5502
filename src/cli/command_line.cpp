#include "cli/command_line.hpp"

#include "cli/command_words.hpp"
#include "cli/subcommands.hpp"

#include "core/base/languages.hpp"

#include <functional>
#include <map>
#include <ostream>
#include <stdexcept>

#ifndef EXTRAMILE_VERSION
#define EXTRAMILE_VERSION "0.0.0"
#endif

namespace extramile::cli {

namespace {

using Subcommand = std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>;

const std::map<std::string, Subcommand>& subcommands() {
    static const std::map<std::string, Subcommand> table{
        {"validate", validate_command},
        {"compare", compare_command},
        {"purge", purge_command},
        {"calibration", calibration_command},
        {"validity", validity_command},
        {"decide", decide_command},
        {"print", print_command},
        {"debrief", debrief_command},
    };
    // The launcher sends to this program the words of command_words.hpp:
    // a subcommand missing there would open the app instead.
    static const bool agreed = [] {
        if (table.size() != subcommand_names.size())
            return false;
        for (const auto name : subcommand_names)
            if (!table.count(std::string(name)))
                return false;
        return true;
    }();
    if (!agreed)
        throw std::logic_error("the subcommands and cli/command_words.hpp name different words");
    return table;
}

void print_usage(std::ostream& out) {
    std::string languages;
    for (const auto& language : extramile::languages)
        languages += (languages.empty() ? "" : "|") + std::string(language.code);
    out << "Usage: extramile [--lang " << languages << "] [FILE.scorecard.xml|FOLDER...]\n"
           "       extramile SUBCOMMAND [OPTIONS] ...\n"
           "\n"
           "Interview for generosity with structured rubrics, and compare candidates fairly.\n"
           "Without a subcommand, extramile opens the app.\n"
           "\n"
           "Subcommands (no display needed):\n"
           "  interview --rubric ID --candidate NAME --interviewer NAME [--dir DIR]\n"
           "                       open the app straight into a new interview\n"
           "  validate FILE...     check rubrics, scorecards and decision records; problems as FILE:LINE: message\n"
           "  compare DIR|FILE...  totals, competency means, flags and panel agreement\n"
           "                       (--pdf OUT writes the comparison report)\n"
           "  calibration DIR|FILE...\n"
           "                       each interviewer's severity offset, and totals adjusted for it\n"
           "  validity --performance FILE.csv DIR|FILE...\n"
           "                       does the interview predict later job performance?\n"
           "  decide DIR... --candidate ID [--outcome O] [--by NAME] [--reason TEXT] [--final|--reopen]\n"
           "                       record the decision about a candidate, and what it was based on\n"
           "  debrief --candidate ID|--all --pdf OUT DIR|FILE...\n"
           "                       the debrief page of candidates: where the panel disagrees first\n"
           "  print RUBRIC|SCORECARD --pdf OUT [--lang " << languages << "] [--paper a4|letter]\n"
           "                       a blank interview sheet of a rubric, or a scorecard's report\n"
           "  purge --older-than DAYS DIR...\n"
           "                       remove candidates whose last interview is older than DAYS days\n"
           "\n"
           "  extramile SUBCOMMAND --help   options of a subcommand\n"
           "  extramile --version           the version\n";
}

} // namespace

bool wants_command_line(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    return is_command_line_word(args.front());
}

int run_command_line(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args.front() == "--help" || args.front() == "-h" || args.front() == "help") {
        print_usage(out);
        return 0;
    }
    if (args.front() == "--version") {
        out << "extramile " << EXTRAMILE_VERSION << "\n";
        return 0;
    }
    auto it = subcommands().find(args.front());
    if (it == subcommands().end()) {
        err << "extramile: unknown subcommand \"" << args.front() << "\"\n\n";
        print_usage(err);
        return 2;
    }
    return it->second(std::vector<std::string>(args.begin() + 1, args.end()), out, err);
}

} // namespace extramile::cli
