// extramile validate FILE...: rubrics, scorecards and decision records, every problem as
// FILE:LINE: message on stderr; exit 0 when all are valid, 1 otherwise.
#include "cli/subcommands.hpp"

#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"
#include "services/rubric_locations.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/xml/decision_check.hpp"
#include "core/xml/decision_xml.hpp"
#include "core/xml/file_kind.hpp"
#include "core/xml/rubric_xml.hpp"
#include "core/xml/scorecard_check.hpp"
#include "core/xml/scorecard_xml.hpp"

#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int validate_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "rubric", po::value<std::vector<std::string>>()->composing(),
        "check scorecards against this rubric file (may be repeated); by default the rubric "
        "named in each scorecard is looked up among the files given, the scorecard's folder, "
        "the user's rubric folder and the bundled rubrics")(
        "digest", "print the digest of each valid rubric (what scorecards record, see docs/formats.md)");
    auto parsed = parse_options("validate", "FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto& files = parsed.positional;
    if (files.empty()) {
        err << "extramile validate: name at least one rubric or scorecard file\n";
        return 2;
    }

    std::vector<Problem> problems;
    std::vector<std::string> notes;
    RubricLibrary given; // rubrics named on the command line are preferred
    if (parsed.values.count("rubric"))
        for (const auto& file : parsed.values["rubric"].as<std::vector<std::string>>()) {
            try {
                given.add_file(path_from_utf8(file));
            } catch (const FileError& e) {
                problems.insert(problems.end(), e.problems().begin(), e.problems().end());
            }
        }

    struct Pending {
        std::string file;
        Scorecard scorecard;
    };
    std::vector<Pending> scorecards;
    struct PendingDecision {
        std::string file;
        Decision decision;
    };
    std::vector<PendingDecision> decisions;
    int rubrics = 0;
    for (const auto& file : files) {
        try {
            const auto path = path_from_utf8(file); // the argument is UTF-8 text
            auto text = read_file_limited(path);
            auto kind = kind_from_name(path);
            if (kind == FileKind::unknown)
                kind = kind_from_content(text);
            if (kind == FileKind::rubric) {
                given.add(path, parse_rubric(text, file));
                ++rubrics;
            } else if (kind == FileKind::scorecard) {
                scorecards.push_back({file, parse_scorecard(text, file)});
            } else if (kind == FileKind::decision) {
                decisions.push_back({file, parse_decision(text, file)});
            } else {
                // Parse anyway, so that broken XML gets its line; else say what we expect.
                parse_rubric(text, file);
            }
        } catch (const FileError& e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
        }
    }

    if (!scorecards.empty() || !decisions.empty()) {
        const auto library = services::load_rubric_library();
        for (const auto& [file, decision] : decisions) {
            if (decision.rubric.id.empty())
                continue; // nothing to check the reasons against
            const auto beside = services::rubrics_beside(file);
            if (const auto* rubric = services::rubric_for(decision.rubric, {&given, &beside, &library})) {
                auto found = check_decision(decision, rubric->rubric, file);
                problems.insert(problems.end(), found.begin(), found.end());
            }
        }
        for (const auto& [file, scorecard] : scorecards) {
            const auto beside = services::rubrics_beside(path_from_utf8(file));
            const RubricEntry* rubric = services::rubric_for(scorecard.rubric, {&given, &beside, &library});
            if (!rubric) {
                notes.push_back(file + ": note: rubric \"" + scorecard.rubric.id + "\" version " +
                                scorecard.rubric.version +
                                " was not found, so the ratings were not checked against it; "
                                "name it with --rubric FILE");
                continue;
            }
            auto found = check_scorecard(scorecard, rubric->rubric, file);
            problems.insert(problems.end(), found.begin(), found.end());
            if (!scorecard.rubric.digest.empty() && scorecard.rubric.digest != rubric->digest)
                notes.push_back(file + ": note: scored against a different text of rubric \"" +
                                scorecard.rubric.id + "\" than " + rubric->path.string() +
                                " (the digests differ)");
        }
    }

    for (const auto& note : notes)
        err << terminal_safe(note) << "\n";
    print_problems(err, problems);
    if (!problems.empty()) {
        err << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " found\n";
        return 1;
    }
    if (parsed.values.count("digest"))
        for (const auto& file : files)
            for (const auto& entry : given.entries())
                if (entry.path == path_from_utf8(file))
                    out << terminal_safe(file) << ": " << entry.digest << "\n";
    out << files.size() << (files.size() == 1 ? " file" : " files") << " valid (" << rubrics
        << (rubrics == 1 ? " rubric, " : " rubrics, ") << scorecards.size()
        << (scorecards.size() == 1 ? " scorecard" : " scorecards");
    if (!decisions.empty())
        out << ", " << decisions.size() << (decisions.size() == 1 ? " decision record" : " decision records");
    out << ")\n";
    return 0;
}

} // namespace extramile::cli
