// extramile validity --performance FILE.csv [--rubric FILE|ID] [--format table|json]
//                    [--include-drafts] DIR|FILE...
// Does the interview predict? Each candidate's total and competency means
// against the job performance HR recorded later (services/validity.hpp).
#include "cli/subcommands.hpp"

#include "cli/comparison_loading.hpp"
#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"
#include "cli/text_columns.hpp"

#include "core/base/file_error.hpp"
#include "core/base/utf8_path.hpp"
#include "core/storage/performance_file.hpp"
#include "services/export_text.hpp"
#include "services/validity.hpp"

#include <ostream>
#include <sstream>

namespace extramile::cli {

namespace po = boost::program_options;

namespace {

using services::fixed;

std::string number(const std::optional<double>& value) { return value ? fixed(*value, 2) : "-"; }

std::vector<std::string> row(const std::string& what, const Correlation& c) {
    return {what, std::to_string(c.n), number(c.pearson),
            c.pearson_ci95 ? "[" + fixed(c.pearson_ci95->first, 2) + ", " + fixed(c.pearson_ci95->second, 2) + "]"
                           : "-",
            number(c.spearman)};
}

std::string validity_table(const Rubric& rubric, const services::ValidityReport& report, const std::string& file) {
    std::ostringstream out;
    out << "Does the interview predict? " << terminal_safe(rubric.title.get("en")) << " (" << terminal_safe(rubric.id)
        << " " << terminal_safe(rubric.version) << ") against " << terminal_safe(file) << "\n"
        << report.n << " of the performance rows name a compared candidate.\n\n";
    std::vector<std::vector<std::string>> rows{{"", "n", "pearson", "95% interval", "spearman"}};
    rows.push_back(row("total", report.total));
    for (const auto& id : report.competency_order)
        rows.push_back(row(terminal_safe(id), report.competencies.at(id)));
    out << text_columns(rows, [](std::size_t i, std::size_t) { return i == 1 || i == 2 || i == 4; });
    out << "(pearson's interval from Fisher's z; '-' where fewer than 3 pairs, or 4 for the interval, or "
           "where a measure does not vary)\n";
    if (!report.warnings.empty()) {
        out << "\nWarnings:\n";
        for (const auto& w : report.warnings)
            out << "  " << terminal_safe(w) << "\n";
    }
    return out.str();
}

} // namespace

int validity_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "performance", po::value<std::string>(),
        "CSV file of job performance (UTF-8, header candidate_id,performance[,date][,rater])")(
        "rubric", po::value<std::string>(),
        "the rubric to score against: a file, or an id among the known rubrics (default: the "
        "one most scorecards name)")("format", po::value<std::string>()->default_value("table"), "table or json")(
        "include-drafts", "count scorecards not yet submitted");
    auto parsed = parse_options("validity", "DIR|FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto format = parsed.values["format"].as<std::string>();
    if (format != "table" && format != "json") {
        err << "extramile validity: --format is table or json, not \"" << terminal_safe(format) << "\"\n";
        return 2;
    }
    if (!parsed.values.count("performance")) {
        err << "extramile validity: name the performance file with --performance FILE.csv\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile validity: name a folder of scorecards (or scorecard files)\n";
        return 2;
    }
    const auto file = parsed.values["performance"].as<std::string>();
    PerformanceFile performance;
    try {
        performance = read_performance_file(path_from_utf8(file));
    } catch (const FileError& e) {
        print_problems(err, e.problems());
        return 1;
    }
    auto request = comparison_request(parsed);
    auto run = load_comparison("validity", request, false, err);
    if (!run)
        return 1;
    const auto& rubric = run->rubric.rubric;
    const auto report = services::validity(rubric, run->comparison, performance, file);
    if (format == "json")
        out << services::validity_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        out << validity_table(rubric, report, file);
    return 0;
}

} // namespace extramile::cli
