#include "pdf_text.hpp"

#include "host_tools.hpp"

#include <boost/test/unit_test.hpp>

#include <string_view>

namespace extramile::test {

std::string pdf_text(const std::filesystem::path& pdf) {
    return run_host_tool({"pdftotext", "-enc", "UTF-8", pdf.string(), "-"});
}
std::string pdf_raw_text(const std::filesystem::path& pdf) {
    return run_host_tool({"pdftotext", "-raw", "-enc", "UTF-8", pdf.string(), "-"});
}
std::string pdf_page_text(const std::filesystem::path& pdf, int page, bool raw) {
    const auto n = std::to_string(page);
    std::vector<std::string> command{"pdftotext"};
    if (raw)
        command.push_back("-raw");
    command.insert(command.end(), {"-enc", "UTF-8", "-f", n, "-l", n, pdf.string(), "-"});
    return run_host_tool(command);
}

std::string pdf_info(const std::filesystem::path& pdf, const std::string& field) {
    const auto info = run_host_tool({"pdfinfo", pdf.string()});
    const auto at = info.find(field + ":");
    BOOST_REQUIRE(at != std::string::npos);
    auto value = info.substr(at + field.size() + 1, info.find('\n', at) - at - field.size() - 1);
    return value.substr(value.find_first_not_of(' '));
}

int pdf_pages(const std::filesystem::path& pdf) { return std::stoi(pdf_info(pdf, "Pages")); }
std::string pdf_page_size(const std::filesystem::path& pdf) { return pdf_info(pdf, "Page size"); }

std::string squeezed(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = text[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '-')
            continue;
        // U+2010 hyphen and U+00AD soft hyphen, as line breaking may insert them.
        if (std::string_view(text).substr(i, 3) == "\xE2\x80\x90") {
            i += 2;
            continue;
        }
        if (std::string_view(text).substr(i, 2) == "\xC2\xAD") {
            i += 1;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

} // namespace extramile::test
