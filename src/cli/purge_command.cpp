// extramile purge --older-than DAYS [--dry-run] DIR...: removes the
// scorecards and decision records of candidates whose last interview (or
// decision) is older than the retention period, and says what it removed.
#include "cli/subcommands.hpp"

#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"

#include "core/base/utf8_path.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/storage/compared_files.hpp"
#include "core/storage/decision_folder.hpp"
#include "core/storage/retention.hpp"
#include "core/storage/scorecard_folder.hpp"
#include "core/base/timestamp.hpp"

#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;
namespace fs = std::filesystem;

int purge_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "older-than", po::value<int>(), "remove candidates whose last interview is more than DAYS days old")(
        "dry-run,n", "say what would be removed, remove nothing");
    auto parsed = parse_options("purge", "--older-than DAYS DIR...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    if (!parsed.values.count("older-than") || parsed.values["older-than"].as<int>() < 1) {
        err << "extramile purge: give the retention period as --older-than DAYS (a whole number of days, 1 "
               "or more)\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile purge: name the folder of scorecards to purge\n";
        return 2;
    }
    // Arguments are UTF-8 text, made into paths once (core/base/utf8_path.hpp).
    std::vector<fs::path> folders;
    for (const auto& path : parsed.positional) {
        folders.push_back(path_from_utf8(path));
        std::error_code error;
        if (!fs::is_directory(folders.back(), error)) {
            err << "extramile purge: " << path << " is not a folder; purge works on folders of scorecards\n";
            return 2;
        }
    }

    const int days = parsed.values["older-than"].as<int>();
    const bool dry_run = parsed.values.count("dry-run") > 0;
    // One walk of each folder finds the scorecards and the decision records
    // (a walk for each kind read every folder twice and said a folder it
    // could not read twice).
    std::vector<Problem> unlisted;
    auto listed = list_compared_files(folders, unlisted);
    auto loaded = read_scorecards({listed.scorecards.begin(), listed.scorecards.end()});
    auto decisions = read_decisions(listed.decisions);
    // A file that cannot be read is never removed: nobody can tell whose or how old it is.
    print_problems(err, unlisted, " (left alone)");
    print_problems(err, loaded.problems, " (left alone)");
    print_problems(err, decisions.problems, " (left alone)");

    const auto expired =
        expired_candidates(loaded.scorecards, days, std::chrono::system_clock::now(), decisions.decisions);
    int removed = 0, removed_decisions = 0;
    bool failed = false;
    for (const auto& candidate : expired) {
        out << (dry_run ? "would remove " : "removing ") << terminal_safe(candidate.name) << " (last interview "
            << iso_utc(candidate.last_activity).substr(0, 10) << "):\n";
        std::vector<std::pair<fs::path, bool>> files; // and whether it is a decision record
        for (const auto& file : candidate.files)
            files.emplace_back(file, false);
        for (const auto& file : candidate.decisions)
            files.emplace_back(file, true);
        for (const auto& [file, decision] : files) {
            std::error_code error;
            // Never through a link, nor the link instead of what it points
            // to (which may lie outside the folder, or be another's file).
            if (fs::is_symlink(fs::symlink_status(file, error))) {
                out << "  left alone: " << terminal_safe(file.string()) << " is a link to "
                    << terminal_safe(fs::read_symlink(file, error).string())
                    << "; remove the link, or what it points to, yourself\n";
                continue;
            }
            if (!dry_run) {
                if (!fs::remove(file, error) && error) {
                    err << terminal_safe(file.string()) << ": could not be removed: " << error.message() << "\n";
                    failed = true;
                    continue;
                }
                // The hidden copies killed saves left are the same personal data.
                for (const auto& leftover : remove_leftover_temporaries(file))
                    out << "  " << terminal_safe(leftover.string()) << " (an unfinished save's copy)\n";
            }
            out << "  " << terminal_safe(file.string()) << "\n";
            ++(decision ? removed_decisions : removed);
        }
    }
    out << (dry_run ? "would remove " : "removed ") << removed << (removed == 1 ? " scorecard" : " scorecards");
    if (removed_decisions > 0)
        out << " and " << removed_decisions << (removed_decisions == 1 ? " decision record" : " decision records");
    out << " of " << expired.size() << (expired.size() == 1 ? " candidate" : " candidates") << " older than "
        << days << (days == 1 ? " day" : " days") << "\n";
    return failed ? 1 : 0;
}

} // namespace extramile::cli
