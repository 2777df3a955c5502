// A document as a PDF file, written whole or not at all.
#pragma once

#include "document.hpp"

#include <filesystem>
#include <string>

namespace extramile::report {

// The PDF as bytes (cairo's PDF surface, in memory).
std::string pdf_bytes(const Document& document);

// Writes the PDF through core's atomic save (mode 0600: reports hold
// personal data). Throws FileError when it cannot, leaving `out` untouched.
void write_pdf(const Document& document, const std::filesystem::path& out);

} // namespace extramile::report
