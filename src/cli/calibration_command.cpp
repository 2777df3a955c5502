// extramile calibration [--rubric FILE|ID] [--format table|json] [--blind]
//                       [--include-drafts] DIR|FILE...
// Which interviewer rates high or low once their candidates are taken into
// account (core/scoring/calibration.hpp), and the candidates' means and
// totals with those offsets taken out, beside the raw ones.
#include "cli/subcommands.hpp"

#include "cli/comparison_loading.hpp"
#include "cli/option_parsing.hpp"
#include "cli/terminal_text.hpp"
#include "cli/text_columns.hpp"

#include "services/calibration_export.hpp"
#include "services/comparison_export.hpp"
#include "services/export_text.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <sstream>

namespace extramile::cli {

namespace po = boost::program_options;

namespace {

using services::fixed;

std::string number(const std::optional<double>& value, int decimals = 2) {
    return value ? fixed(*value, decimals) : "-";
}
std::string signed_number(double value) {
    auto text = fixed(value, 2);
    // "-0.00" and "+0.00" both read as no offset; write it once.
    if (text == "-0.00")
        text = "0.00";
    return (value > 0 && text != "0.00" ? "+" : "") + text;
}

std::string calibration_table(const services::ComparisonInput& in) {
    const auto& rubric = in.rubric;
    const auto& cal = in.comparison.calibration;
    std::ostringstream out;
    out << "Interviewer calibration: " << terminal_safe(rubric.title.get("en")) << " (" << terminal_safe(rubric.id)
        << " " << terminal_safe(rubric.version) << "), scale " << rubric.scale.min << "-" << rubric.scale.max
        << "\n";
    if (cal.fitted_interviewers > 0) {
        out << "Severity offsets, rating = (candidate x competency) + interviewer + error, least squares:\n"
            << cal.fitted_interviewers << " interviewers linked by shared candidates, " << cal.fitted_ratings
            << " ratings of " << cal.fitted_cells << " candidate-competency pairs,\nresidual sd "
            << number(cal.residual_sd) << " on " << cal.residual_df << " degrees of freedom.\n";
    } else {
        out << "No offsets: no two interviewers rated the same competency of the same candidate.\n";
    }
    out << "Positive: rates higher than the rest of the panel on the same candidates. Flagged when the\n"
           "95% interval excludes 0 and the offset is at least "
        << fixed(cal.flag_threshold, 2) << " points.\n\n";

    std::vector<std::vector<std::string>> rows{
        {"interviewer", "scorecards", "ratings", "mean", "sd", "offset", "95% interval", "flag"}};
    std::vector<std::string> notes;
    for (const auto& p : cal.interviewers) {
        rows.push_back({terminal_safe(p.name), std::to_string(p.scorecards), std::to_string(p.ratings),
                        number(p.mean), number(p.sd), p.offset ? signed_number(*p.offset) : "-",
                        p.offset_ci95 ? "[" + signed_number(p.offset_ci95->first) + ", " +
                                            signed_number(p.offset_ci95->second) + "]"
                                      : "-",
                        p.flag ? services::severity_name(*p.flag) : ""});
        if (const auto note = services::calibration_note(cal, p); !note.empty())
            notes.push_back(terminal_safe(p.name) + ": " + note);
    }
    out << text_columns(rows, [](std::size_t i, std::size_t) { return i >= 1 && i <= 5; });
    if (!notes.empty()) {
        out << "\nNotes:\n";
        for (const auto& note : notes)
            out << "  " << note << "\n";
    }

    out << "\nCandidates, raw and adjusted (each rating minus its interviewer's offset;\n"
           "'-' where an interviewer has none):\n";
    std::vector<std::vector<std::string>> candidates{{"candidate", "total", "adjusted"}};
    for (const auto& c : rubric.competencies)
        candidates.front().push_back(terminal_safe(c.id));
    for (const auto& c : in.comparison.candidates) {
        std::vector<std::string> row{terminal_safe(c.name.empty() ? c.id : c.name), number(c.total, 1),
                                     number(c.adjusted_total, 1)};
        for (const auto& competency : rubric.competencies) {
            const auto& r = c.competencies.at(competency.id);
            row.push_back(number(r.mean) + " / " + number(r.adjusted_mean));
        }
        candidates.push_back(row);
    }
    out << text_columns(candidates, [](std::size_t i, std::size_t) { return i >= 1; });
    out << "(per competency: raw mean / adjusted mean)\n";
    for (const auto& w : in.comparison.warnings)
        out << "warning: " << terminal_safe(w) << "\n";
    return out.str();
}

nlohmann::json calibration_json(const services::ComparisonInput& in) {
    using nlohmann::json;
    const auto full = services::comparison_json(in);
    json candidates = json::array();
    for (const auto& c : full["candidates"]) {
        json competencies = json::object();
        for (const auto& [id, r] : c["competencies"].items())
            competencies[id] = {{"mean", r["mean"]}, {"adjusted_mean", r["adjusted_mean"]}};
        candidates.push_back({{"id", c["id"]},
                              {"name", c["name"]},
                              {"total", c["total"]},
                              {"adjusted_total", c["adjusted_total"]},
                              {"competencies", competencies}});
    }
    return {{"rubric", full["rubric"]},
            {"interviewers", full["interviewers"]},
            {"calibration", full["calibration"]},
            {"candidates", candidates},
            {"warnings", full["warnings"]}};
}

} // namespace

int calibration_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    po::options_description options("Options");
    options.add_options()("help,h", "show this help")(
        "rubric", po::value<std::string>(),
        "the rubric to score against: a file, or an id among the known rubrics (default: the "
        "one most scorecards name)")("format", po::value<std::string>()->default_value("table"), "table or json")(
        "blind", "replace candidate names with stable codes and leave out file names")(
        "include-drafts", "count scorecards not yet submitted");
    auto parsed = parse_options("calibration", "DIR|FILE...", options, args, out, err);
    if (!parsed.proceed)
        return parsed.exit_code;
    const auto format = parsed.values["format"].as<std::string>();
    if (format != "table" && format != "json") {
        err << "extramile calibration: --format is table or json, not \"" << terminal_safe(format) << "\"\n";
        return 2;
    }
    if (parsed.positional.empty()) {
        err << "extramile calibration: name a folder of scorecards (or scorecard files)\n";
        return 2;
    }
    auto request = comparison_request(parsed);
    auto run = load_comparison("calibration", request, parsed.values.count("blind") > 0, err);
    if (!run)
        return 1;
    const services::ComparisonInput input{run->rubric.rubric, run->rubric.digest, run->comparison};
    if (format == "json")
        out << calibration_json(input).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    else
        out << calibration_table(input);
    return 0;
}

} // namespace extramile::cli
