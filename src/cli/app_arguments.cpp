#include "cli/app_arguments.hpp"

#include "core/base/utf8_path.hpp"

#include "cli/option_parsing.hpp"

#include "core/base/languages.hpp"

#include <filesystem>
#include <ostream>

namespace extramile::cli {

namespace po = boost::program_options;

namespace {

const std::string language_help = "language: " + language_codes_text();

bool bad_language(const std::string& option, const std::string& value, std::ostream& err) {
    if (value.empty() || is_language(value))
        return false;
    err << "extramile: " << option << " is " << language_codes_text() << ", not \"" << value << "\"\n";
    return true;
}

std::optional<services::AppLaunch> parse_interview(const std::vector<std::string>& args, std::ostream& out,
                                                   std::ostream& err, int& exit_code) {
    po::options_description options("Options");
    services::NewInterviewRequest request;
    options.add_options()("help,h", "show this help")(
        "rubric", po::value(&request.rubric)->required(), "the rubric: an id (e.g. generosity) or a file")(
        "candidate", po::value(&request.candidate_name)->required(), "the candidate's name")(
        "candidate-id", po::value(&request.candidate_id), "the candidate's id in your records")(
        "role", po::value(&request.candidate_role), "the role applied for")(
        "interviewer", po::value(&request.interviewer)->required(), "your name")(
        "dir", po::value(&request.folder), "the folder for the scorecard (default: the preference)")(
        "lang", po::value(&request.language), ("rubric text " + language_help).c_str());
    auto parsed = parse_options("interview", "", options, args, out, err);
    if (!parsed.proceed) {
        exit_code = parsed.exit_code;
        return std::nullopt;
    }
    if (bad_language("--lang", request.language, err)) {
        exit_code = 2;
        return std::nullopt;
    }
    services::AppLaunch launch;
    launch.new_interview = request;
    return launch;
}

} // namespace

std::optional<services::AppLaunch> parse_app_arguments(const std::vector<std::string>& args, std::ostream& out,
                                                       std::ostream& err, int& exit_code) {
    exit_code = 0;
    std::vector<std::string> rest = args;
    std::string ui_language;
    // --lang L before anything else: the program's language for this run.
    while (rest.size() >= 2 && rest.front() == "--lang") {
        ui_language = rest[1];
        rest.erase(rest.begin(), rest.begin() + 2);
    }
    if (bad_language("--lang", ui_language, err)) {
        exit_code = 2;
        return std::nullopt;
    }
    std::optional<services::AppLaunch> launch;
    if (!rest.empty() && rest.front() == "interview") {
        launch = parse_interview(std::vector<std::string>(rest.begin() + 1, rest.end()), out, err, exit_code);
    } else {
        for (const auto& word : rest) {
            std::error_code ignored;
            if (word.starts_with('-') || (!word.ends_with(".xml") && !std::filesystem::exists(path_from_utf8(word), ignored))) {
                err << "extramile: unknown subcommand \"" << word << "\" (nor a scorecard, rubric or "
                    << "folder); see 'extramile --help'\n";
                exit_code = 2;
                return std::nullopt;
            }
        }
        launch.emplace();
        launch->open_files = rest;
    }
    if (launch)
        launch->ui_language = ui_language;
    return launch;
}

} // namespace extramile::cli
