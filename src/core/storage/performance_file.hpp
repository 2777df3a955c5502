// Job performance recorded after hiring, as HR keeps it in a spreadsheet:
// a CSV file (UTF-8, a header row) `candidate_id,performance[,date][,rater]`.
// Columns are found by their header names, in any order; other columns are
// left alone. A spreadsheet set to Spanish or Italian writes semicolons and
// decimal commas: a header with semicolons and no comma is read that way.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace extramile {

struct PerformanceRecord {
    std::string candidate_id;
    double performance = 0;
    std::string date;  // as written (an ISO date or date and time); empty when not given
    std::string rater; // empty when not given
    int line = 0;      // where it is in the file
};

struct PerformanceFile {
    std::vector<PerformanceRecord> records; // in file order
    bool has_rater_column = false;
};

// Reads `path`; every line that cannot be read is a Problem (FILE:LINE:
// what is wrong and what to do), and any problem throws a FileError with
// all of them: never a half-read file. A candidate id twice is a problem
// (which of the two performances would count?). Blank lines are skipped.
PerformanceFile read_performance_file(const std::filesystem::path& path);

// The same from the file's bytes, `name` used in the problems.
PerformanceFile parse_performance_csv(const std::string& bytes, const std::string& name);

} // namespace extramile
