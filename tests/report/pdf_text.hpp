// What a person would read in a PDF: its text (pdftotext) and facts
// (pdfinfo), and text compared the way the eye reads it across line breaks.
#pragma once

#include <filesystem>
#include <string>

namespace extramile::test {

std::string pdf_text(const std::filesystem::path& pdf);
// The text in the order it was drawn (pdftotext -raw): the cells of a row
// one after the other rather than their lines interleaved.
std::string pdf_raw_text(const std::filesystem::path& pdf);
// The text of one page (1-based), in reading or in drawing order.
std::string pdf_page_text(const std::filesystem::path& pdf, int page, bool raw = false);
int pdf_pages(const std::filesystem::path& pdf);
std::string pdf_page_size(const std::filesystem::path& pdf); // e.g. "595.28 x 841.89 pts (A4)"

// Text with white space and hyphens taken out, so a sentence wrapped over
// lines (and words broken with a hyphen) still matches.
std::string squeezed(const std::string& text);

} // namespace extramile::test
