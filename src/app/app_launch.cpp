#include "app_launch.hpp"

#include "cli/option_parsing.hpp"

#include <filesystem>
#include <ostream>

namespace extramile::app {

namespace po = boost::program_options;

std::optional<AppLaunch> parse_app_launch(const std::vector<std::string>& args, std::ostream& out,
                                          std::ostream& err, int& exit_code) {
    exit_code = 0;
    AppLaunch launch;
    if (args.empty())
        return launch;
    if (args.front() != "interview") {
        for (const auto& word : args) {
            std::error_code ignored;
            if (word.starts_with('-') || (!word.ends_with(".xml") && !std::filesystem::exists(word, ignored))) {
                err << "extramile: unknown subcommand \"" << word << "\" (nor a scorecard, rubric or "
                    << "folder); see 'extramile --help'\n";
                exit_code = 2;
                return std::nullopt;
            }
        }
        launch.open_files = args;
        return launch;
    }
    po::options_description options("Options");
    NewInterviewRequest request;
    options.add_options()("help,h", "show this help")(
        "rubric", po::value(&request.rubric)->required(), "the rubric: an id (e.g. generosity) or a file")(
        "candidate", po::value(&request.candidate_name)->required(), "the candidate's name")(
        "candidate-id", po::value(&request.candidate_id), "the candidate's id in your records")(
        "role", po::value(&request.candidate_role), "the role applied for")(
        "interviewer", po::value(&request.interviewer)->required(), "your name")(
        "dir", po::value(&request.folder), "the folder for the scorecard (default: the preference)")(
        "lang", po::value(&request.language), "language of the rubric text: en, es or it");
    auto parsed = cli::parse_options("interview", "", options,
                                     std::vector<std::string>(args.begin() + 1, args.end()), out, err);
    if (!parsed.proceed) {
        exit_code = parsed.exit_code;
        return std::nullopt;
    }
    if (!request.language.empty() && request.language != "en" && request.language != "es" &&
        request.language != "it") {
        err << "extramile interview: --lang is en, es or it\n";
        exit_code = 2;
        return std::nullopt;
    }
    launch.new_interview = request;
    return launch;
}

} // namespace extramile::app
