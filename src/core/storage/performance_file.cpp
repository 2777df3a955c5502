#include "core/storage/performance_file.hpp"

#include "core/base/file_error.hpp"
#include "core/base/timestamp.hpp"
#include "core/storage/atomic_file.hpp"
#include "core/xml/xml_adapter.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace extramile {

namespace {

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string text) {
    for (auto& ch : text)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return text;
}

// One line split into fields (RFC 4180 quoting within the line: "a ""b""",
// a separator inside quotes). nullopt for an unclosed quote.
std::optional<std::vector<std::string>> fields_of(std::string_view line, char separator) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false, was_quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"')
                quoted = false;
            else
                field += ch;
        } else if (ch == '"' && trimmed(field).empty()) {
            quoted = was_quoted = true;
            field.clear();
        } else if (ch == separator) {
            fields.push_back(was_quoted ? field : trimmed(field));
            field.clear();
            was_quoted = false;
        } else
            field += ch;
    }
    if (quoted)
        return std::nullopt;
    fields.push_back(was_quoted ? field : trimmed(field));
    return fields;
}

std::optional<double> number_of(std::string text, bool decimal_comma) {
    if (decimal_comma)
        std::replace(text.begin(), text.end(), ',', '.');
    double value = 0;
    const auto* end = text.data() + text.size();
    const auto [at, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || at != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// "2027-03-31", or a date and time as scorecards write them.
bool is_date(const std::string& text) {
    if (parse_timestamp(text))
        return true;
    return text.size() == 10 && parse_timestamp(text + "T00:00:00Z").has_value();
}

} // namespace

PerformanceFile parse_performance_csv(const std::string& bytes, const std::string& name) {
    std::vector<Problem> problems;
    if (const auto bad = xml::invalid_utf8_offset(bytes); bad != std::string::npos)
        throw FileError(name, 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(bad), '\n')),
                        "this is not UTF-8 text; save the file as \"CSV UTF-8\"");
    std::string_view text(bytes);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // the byte order mark Excel writes

    PerformanceFile result;
    std::map<std::string, int> seen; // candidate id -> its line
    char separator = ',';
    bool decimal_comma = false;
    std::optional<std::size_t> id_column, performance_column, date_column, rater_column;
    std::size_t columns = 0;
    int number = 0;
    bool header_read = false;
    while (!text.empty()) {
        const auto end = text.find('\n');
        auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue;
        if (!header_read) {
            header_read = true;
            if (line.find(',') == std::string_view::npos && line.find(';') != std::string_view::npos) {
                separator = ';';
                decimal_comma = true;
            }
            const auto header = fields_of(line, separator);
            if (header)
                for (std::size_t i = 0; i < header->size(); ++i) {
                    const auto column = lower((*header)[i]);
                    auto* slot = column == "candidate_id" ? &id_column
                                 : column == "performance" ? &performance_column
                                 : column == "date"        ? &date_column
                                 : column == "rater"       ? &rater_column
                                                           : nullptr;
                    if (slot && *slot) {
                        problems.push_back({name, number, "the column \"" + column + "\" appears twice in the header"});
                        continue;
                    }
                    if (slot)
                        *slot = i;
                }
            if (!header || !id_column || !performance_column) {
                problems.push_back({name, number,
                                    "the first line must be the header naming the columns: "
                                    "candidate_id,performance (and optionally date, rater)"});
                throw FileError(std::move(problems));
            }
            columns = header->size();
            result.has_rater_column = rater_column.has_value();
            continue;
        }
        const auto fields = fields_of(line, separator);
        if (!fields) {
            problems.push_back({name, number, "a quoted field is not closed; close it with \""});
            continue;
        }
        if (fields->size() != columns) {
            problems.push_back({name, number,
                                "expected " + std::to_string(columns) + " fields as in the header, found " +
                                    std::to_string(fields->size()) +
                                    (separator == ',' ? " (a comma inside a value needs quotes)" : "")});
            continue;
        }
        PerformanceRecord record;
        record.line = number;
        record.candidate_id = (*fields)[*id_column];
        const auto& performance = (*fields)[*performance_column];
        bool fine = true;
        if (record.candidate_id.empty()) {
            problems.push_back({name, number, "the candidate_id is empty; write the id the scorecards give"});
            fine = false;
        }
        if (const auto value = number_of(performance, decimal_comma))
            record.performance = *value;
        else {
            problems.push_back({name, number, "the performance \"" + performance + "\" is not a number" +
                                                  (decimal_comma ? " (write it like 3,5)" : " (write it like 3.5)")});
            fine = false;
        }
        if (date_column) {
            record.date = (*fields)[*date_column];
            if (!record.date.empty() && !is_date(record.date)) {
                problems.push_back({name, number,
                                    "the date \"" + record.date + "\" is not a date; write it like 2027-03-31"});
                fine = false;
            }
        }
        if (rater_column)
            record.rater = (*fields)[*rater_column];
        if (fine && !record.candidate_id.empty()) {
            const auto [it, added] = seen.try_emplace(record.candidate_id, number);
            if (!added) {
                problems.push_back({name, number,
                                    "candidate \"" + record.candidate_id + "\" already has a performance on line " +
                                        std::to_string(it->second) + "; keep one row per candidate"});
                fine = false;
            }
        }
        if (fine)
            result.records.push_back(std::move(record));
    }
    if (!header_read)
        problems.push_back({name, 0, "the file is empty; it needs the header candidate_id,performance and a row "
                                     "per hired candidate"});
    if (!problems.empty())
        throw FileError(std::move(problems));
    return result;
}

PerformanceFile read_performance_file(const std::filesystem::path& path) {
    return parse_performance_csv(read_file_limited(path), path.string());
}

} // namespace extramile
