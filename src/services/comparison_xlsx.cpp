// The comparison as an .xlsx workbook, written by libxlsxwriter (a
// well-kept library, rather than a spreadsheet format of our own).
#include "services/comparison_export.hpp"
#include "services/export_text.hpp"

#include "core/base/file_error.hpp"
#include "core/base/sha256.hpp"
#include "core/scoring/ranking.hpp"
#include "core/storage/atomic_file.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <stdexcept>

namespace extramile::services {

namespace fs = std::filesystem;

namespace {

// libxlsxwriter writes a file: it goes to a private folder of its own in
// the system's temporary folder, is read back whole and removed, so the
// caller writes the bytes where they belong with the atomic save.
class ScratchWorkbook {
public:
    ScratchWorkbook() {
        folder_ = fs::temp_directory_path() / ("extramile-xlsx-" + random_hex(8));
        fs::create_directory(folder_);
        fs::permissions(folder_, fs::perms::owner_all, fs::perm_options::replace);
        path_ = folder_ / "comparison.xlsx";
        workbook_ = workbook_new(path_.string().c_str());
        if (!workbook_)
            throw std::runtime_error("libxlsxwriter could not start a workbook");
    }
    ~ScratchWorkbook() {
        if (workbook_)
            workbook_close(workbook_);
        std::error_code ignored;
        fs::remove_all(folder_, ignored);
    }
    lxw_workbook* get() { return workbook_; }
    std::string finish() {
        const auto status = workbook_close(workbook_);
        workbook_ = nullptr;
        if (status != LXW_NO_ERROR)
            throw std::runtime_error(std::string("the workbook could not be written: ") + lxw_strerror(status));
        return read_file_limited(path_, 256u * 1024 * 1024);
    }

private:
    fs::path folder_, path_;
    lxw_workbook* workbook_ = nullptr;
};

class Sheet {
public:
    Sheet(lxw_workbook* workbook, const char* name, lxw_format* bold) : sheet_(workbook_add_worksheet(workbook, name)), bold_(bold) {}
    void header(const std::vector<std::string>& names) {
        for (std::size_t c = 0; c < names.size(); ++c)
            worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c), names[c].c_str(), bold_);
        columns_ = names.size();
        worksheet_freeze_panes(sheet_, 1, 0);
    }
    void text(std::size_t row, std::size_t col, const std::string& value) {
        if (!value.empty())
            worksheet_write_string(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), value.c_str(), nullptr);
    }
    void number(std::size_t row, std::size_t col, double value, lxw_format* format = nullptr) {
        worksheet_write_number(sheet_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), value, format);
    }
    void finish(std::size_t rows, const std::vector<double>& widths) {
        if (columns_ > 0)
            worksheet_autofilter(sheet_, 0, 0, static_cast<lxw_row_t>(rows), static_cast<lxw_col_t>(columns_ - 1));
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
    }

private:
    lxw_worksheet* sheet_;
    lxw_format* bold_;
    std::size_t columns_ = 0;
};

} // namespace

std::string comparison_xlsx(const ComparisonInput& in, const std::string& language) {
    ScratchWorkbook book;
    auto* bold = workbook_add_format(book.get());
    format_set_bold(bold);
    auto* decimals = workbook_add_format(book.get());
    format_set_num_format(decimals, "0.00");
    auto* percent = workbook_add_format(book.get());
    format_set_num_format(percent, "0%");

    const auto& rubric = in.rubric;
    Sheet candidates(book.get(), "Candidates", bold);
    std::vector<std::string> header{"Rank", "Candidate id", "Name", "Role", "Interviewers", "Interviewer names",
                                    "Total", "Adjusted total", "Coverage", "Complete"};
    for (const auto& c : rubric.competencies)
        header.push_back(c.name.get(language));
    for (const char* column : {"Largest spread", "Strong no", "No", "Yes", "Strong yes", "Flags", "Decision",
                               "Decision status"})
        header.emplace_back(column);
    candidates.header(header);
    const auto ranks = competition_ranks(in.comparison.candidates); // tied candidates share one
    std::size_t row = 0;
    for (const auto& c : in.comparison.candidates) {
        ++row;
        std::size_t col = 0;
        candidates.number(row, col++, static_cast<double>(ranks[row - 1]));
        candidates.text(row, col++, c.id);
        candidates.text(row, col++, c.name);
        candidates.text(row, col++, c.role);
        candidates.number(row, col++, static_cast<double>(c.interviewers.size()));
        std::string names;
        for (const auto& name : c.interviewers)
            names += (names.empty() ? "" : "; ") + name;
        candidates.text(row, col++, names);
        if (c.total)
            candidates.number(row, col, *c.total, decimals);
        ++col;
        if (c.adjusted_total) // for interviewer severity, beside the raw total (calibration.hpp)
            candidates.number(row, col, *c.adjusted_total, decimals);
        ++col;
        candidates.number(row, col++, c.coverage, percent);
        candidates.text(row, col++, c.complete() ? "yes" : "no");
        for (const auto& competency : rubric.competencies) {
            if (const auto& mean = c.competencies.at(competency.id).mean)
                candidates.number(row, col, *mean, decimals);
            ++col;
        }
        if (c.largest_spread)
            candidates.number(row, col, *c.largest_spread);
        ++col;
        for (auto r : {Recommendation::strong_no, Recommendation::no, Recommendation::yes, Recommendation::strong_yes})
            candidates.number(row, col++, c.recommendation_counts[static_cast<std::size_t>(r)]);
        std::string flags;
        for (const auto& flag : c.flags)
            flags += (flags.empty() ? "" : " ") + flag;
        candidates.text(row, col++, flags);
        candidates.text(row, col++, decision_outcome(c));
        candidates.text(row, col++, c.decision ? to_string(c.decision->status) : "");
    }
    // Wide enough for names, roles and flags; the rest as numbers need.
    std::vector<double> widths(header.size(), 12);
    for (const auto& [column, width] : {std::pair<std::size_t, double>{2, 28}, {3, 20}, {5, 30}, {header.size() - 3, 36}})
        widths.at(column) = width;
    candidates.finish(row, widths);

    Sheet ratings(book.get(), "Ratings", bold);
    ratings.header({"Candidate id", "Candidate", "Role", "Interviewer", "Competency id", "Competency", "Rating",
                    "Recommendation"});
    row = 0;
    for (const auto& c : in.comparison.candidates)
        for (const auto& competency : rubric.competencies)
            for (const auto& rating : c.competencies.at(competency.id).ratings) {
                ++row;
                ratings.text(row, 0, c.id);
                ratings.text(row, 1, c.name);
                ratings.text(row, 2, c.role);
                ratings.text(row, 3, rating.interviewer);
                ratings.text(row, 4, competency.id);
                ratings.text(row, 5, competency.name.get(language));
                if (rating.value)
                    ratings.number(row, 6, *rating.value);
                else
                    ratings.text(row, 6, "na");
                for (const auto& rec : c.recommendations)
                    if (rec.interviewer == rating.interviewer && rec.value)
                        ratings.text(row, 7, to_string(*rec.value));
            }
    ratings.finish(row, {14, 28, 20, 22, 16, 30, 8, 14});
    return book.finish();
}

} // namespace extramile::services
