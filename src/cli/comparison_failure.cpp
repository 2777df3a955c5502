#include "cli/comparison_failure.hpp"

#include "cli/terminal_text.hpp"

#include <ostream>

namespace extramile::cli {

void explain(const services::ComparisonFailure& failure, const std::string& subcommand, std::ostream& err) {
    using Reason = services::ComparisonFailure::Reason;
    switch (failure.reason) {
    case Reason::no_scorecards:
        err << "extramile " << subcommand << ": no scorecard could be read from the paths given\n";
        print_problems(err, failure.problems);
        break;
    case Reason::rubric_not_found:
        err << "extramile " << subcommand << ": rubric \"" << terminal_safe(failure.rubric)
            << "\" was not found among the rubrics in\n";
        for (const auto& folder : failure.searched)
            err << "  " << terminal_safe(folder.string()) << "\n";
        err << "Name the rubric file with --rubric FILE, or put it beside the scorecards.\n";
        break;
    case Reason::rubric_broken:
        print_problems(err, failure.problems);
        break;
    case Reason::cancelled:
        err << "extramile " << subcommand << ": stopped before all scorecards were read\n";
        break;
    }
}

} // namespace extramile::cli
