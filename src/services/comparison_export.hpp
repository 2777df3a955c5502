// The comparison as other programs read it: CSV, XLSX and the JSON that
// formats.md defines (the text table is the command line's own). Each
// writes the candidates it is given in the order given, ranked 1, 2, ...:
// hand it a filtered comparison (one role) and the ranks are within it.
#pragma once

#include "core/model/rubric.hpp"
#include "core/scoring/compact_comparison.hpp"
#include "core/scoring/scoring.hpp"
#include "core/storage/overdue_drafts.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <optional>
#include <string>

namespace extramile::services {

struct ComparisonInput {
    const Rubric& rubric;
    const std::string& digest;
    const Comparison& comparison;
    // Drafts older than `overdue_days` (core/storage/overdue_drafts.hpp), in
    // the JSON under "overdue"; none when null.
    const std::vector<OverdueDraft>* overdue = nullptr;
    int overdue_days = 0;
};

// The overdue drafts as formats.md defines them under "overdue".
nlohmann::json overdue_json(const std::vector<OverdueDraft>& drafts, int days);

// How a spreadsheet expects its CSV. The standard (RFC 4180): commas and a
// decimal point. Where the decimal mark is a comma (Spanish, Italian,
// German...), spreadsheets split on semicolons: `decimal_comma`. A byte
// order mark makes Excel read UTF-8 at all.
struct CsvStyle {
    bool decimal_comma = false; // ';' between fields, ',' in numbers
    bool byte_order_mark = true;
};
// The style of a `--csv-locale` value: "" or "c"/"en": the standard;
// "es", "it", "de", "fr", "pt", "nl" and the like: semicolons and decimal
// commas. nullopt for a name it does not know.
std::optional<CsvStyle> csv_style_for(const std::string& locale);

std::string comparison_csv(const ComparisonInput& input, const CsvStyle& style = {});
// The comparison as an Excel workbook (the bytes of an .xlsx file, through
// libxlsxwriter): a "Candidates" sheet (numbers as numbers, the header row
// frozen, an autofilter) and a "Ratings" sheet, one row per interviewer and
// competency, for pivot tables. Names are always text, never formulas.
std::string comparison_xlsx(const ComparisonInput& input, const std::string& language = "en");

nlohmann::json comparison_json(const ComparisonInput& input);
// The same JSON, written as it is made (for large comparisons).
void write_comparison_json(std::ostream& out, const ComparisonInput& input);

// A comparison held as records (compact_comparison.hpp), written as
// ComparisonInput's would be: each candidate made as it is written.
struct CompactInput {
    const Rubric& rubric;
    const std::string& digest;
    const CompactComparison& comparison;
    const std::vector<OverdueDraft>* overdue = nullptr;
    int overdue_days = 0;
};
void write_comparison_json(std::ostream& out, const CompactInput& input);

} // namespace extramile::services
