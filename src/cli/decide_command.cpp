// extramile decide DIR... --candidate ID|NAME [--outcome O] [--by NAME] [--member NAME]...
//                  [--reason TEXT] [--competency-reason ID=TEXT]... [--final | --reopen] [--rubric FILE|ID]
// Records the decision about one candidate beside their scorecards: a
// draft, made final (on every scorecard that counts now) or reopened.
#include "cli/subcommands.hpp"

#include "cli/comparison_loading.hpp"
#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"
#include "services/decision_store.hpp"

#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;

namespace {

// DecisionProblem in the command line's words.
void explain_problem(const services::DecisionProblem& p, std::ostream& err) {
    using Reason = services::DecisionProblem::Reason;
    const std::string who = terminal_safe(p.candidate);
    switch (p.reason) {
    case Reason::comparison_failed:
        if (p.comparison)
            cli::explain(*p.comparison, "decide", err);
        return;
    case Reason::candidate_not_found:
        err << "extramile decide: no candidate \"" << who << "\" among the scorecards compared; give the id or "
               "the name as extramile compare shows it\n";
        return;
    case Reason::candidate_ambiguous:
        err << "extramile decide: several candidates answer to \"" << who << "\":\n";
        for (const auto& match : p.matches)
            err << "  " << terminal_safe(match) << "\n";
        err << "Give the candidate's id with --candidate.\n";
        return;
    case Reason::record_unreadable:
        print_problems(err, p.problems);
        err << "extramile decide: the decision record of " << who << " has mistakes; correct it (extramile "
               "validate names them) or move it away, then try again\n";
        return;
    case Reason::scorecard_unreadable:
        print_problems(err, p.problems);
        err << "extramile decide: a scorecard of " << who << " changed while it was being read; run the command "
               "again\n";
        return;
    case Reason::outcome_missing:
        err << "extramile decide: a final decision needs --outcome hire, no-hire, hold or next-stage\n";
        return;
    case Reason::decider_missing:
        err << "extramile decide: say who decides with --by NAME\n";
        return;
    case Reason::unknown_competency:
        err << "extramile decide: the rubric has no competency \"" << terminal_safe(p.competency)
            << "\"; --competency-reason takes a competency id of the rubric\n";
        return;
    case Reason::already_final:
        err << "extramile decide: the decision about " << who << " is final; reopen it first with --reopen "
               "--by NAME --reason TEXT\n";
        return;
    case Reason::not_final:
        err << "extramile decide: the decision about " << who << " is not final, so there is nothing to reopen\n";
        return;
    case Reason::reopen_reason_missing:
        err << "extramile decide: say why the decision is reopened with --reason TEXT\n";
        return;
    case Reason::changed_on_disk:
        err << "extramile decide: the decision record of " << who << " changed while it was being saved; "
               "nothing was written. Run the command again.\n";
        return;
    case Reason::write_failed:
        print_problems(err, p.problems);
        err << "extramile decide: the decision record could not be written (" << terminal_safe(p.message)
            << "); nothing was changed\n";
        return;
    case Reason::last_revision:
        err << "extramile decide: the decision record of " << who << " has reached its last revision\n";
        return;
    }
}

} // namespace

int decide_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "candidate", po::value<std::string>(), "the candidate: an id, or a name, as extramile compare shows it")(
        "outcome", po::value<std::string>(), "hire, no-hire, hold or next-stage")(
        "by", po::value<std::string>(), "who decides (or reopens)")(
        "member", po::value<std::vector<std::string>>()->composing(),
        "a member of the panel present (repeat for each)")(
        "reason", po::value<std::string>(), "why: the overall reason (with --reopen: why it is reopened)")(
        "competency-reason", po::value<std::vector<std::string>>()->composing(),
        "ID=TEXT: the reason about one competency (repeat for each)")(
        "final", "make the decision final, on every scorecard that counts now")(
        "reopen", "make a final decision a draft again (needs --by and --reason)")(
        "rubric", po::value<std::string>(), "the rubric of the comparison: a file or an id (default: the one most "
                                            "scorecards name)");
    auto parsed = parse_options("decide", "--candidate ID DIR...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto usage = [&](const std::string& what) {
        err << "extramile decide: " << what << "\nTry 'extramile decide --help'.\n";
        return 2;
    };
    if (parsed.positional.empty())
        return usage("name the folder of the candidate's scorecards");
    if (!parsed.values.count("candidate"))
        return usage("name the candidate with --candidate ID (or NAME)");
    const bool make_final = parsed.values.count("final") > 0, reopen = parsed.values.count("reopen") > 0;
    if (make_final && reopen)
        return usage("--final and --reopen do not go together: reopen first, then make it final");

    services::DecisionRequest request;
    request.comparison = comparison_request(parsed); // the folders through path_from_utf8, as compare's
    request.candidate = parsed.values["candidate"].as<std::string>();
    request.action = make_final ? services::DecisionAction::finalise
                     : reopen ? services::DecisionAction::reopen
                              : services::DecisionAction::save_draft;
    if (parsed.values.count("by"))
        request.by = parsed.values["by"].as<std::string>();
    if (parsed.values.count("outcome")) {
        const auto outcome = parsed.values["outcome"].as<std::string>();
        request.input.outcome = outcome_from_string(outcome);
        if (!request.input.outcome)
            return usage("--outcome is hire, no-hire, hold or next-stage, not \"" + terminal_safe(outcome) + "\"");
    }
    if (parsed.values.count("member"))
        request.input.members = parsed.values["member"].as<std::vector<std::string>>();
    if (parsed.values.count("reason")) {
        const auto reason = parsed.values["reason"].as<std::string>();
        if (reopen)
            request.reason = reason;
        else
            request.input.reasons[""] = reason;
    }
    if (parsed.values.count("competency-reason"))
        for (const auto& given : parsed.values["competency-reason"].as<std::vector<std::string>>()) {
            const auto equals = given.find('=');
            if (equals == std::string::npos || equals == 0)
                return usage("--competency-reason is ID=TEXT, for example giving=\"Named four people\"");
            request.input.reasons[given.substr(0, equals)] = given.substr(equals + 1);
        }

    const auto recorded = services::record_decision(request);
    if (!recorded.save.saved()) {
        explain_problem(*recorded.save.problem, err);
        return 1;
    }
    const auto& d = *recorded.decision;
    out << terminal_safe(recorded.file.string()) << ": revision " << d.revision << ", "
        << (d.is_final() ? "final" : "draft") << ", " << (d.outcome ? to_string(*d.outcome) : "no outcome yet");
    if (d.is_final())
        out << ", decided by " << terminal_safe(d.decided_by) << " on " << d.basis.size()
            << (d.basis.size() == 1 ? " scorecard" : " scorecards");
    out << "\n";
    return 0;
}

} // namespace extramile::cli
