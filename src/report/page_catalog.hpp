// The page words in the reader's language. They are English msgids in the
// program's gettext catalog (po/LANG.po, domain "extramile", compiled to
// LANG/LC_MESSAGES/extramile.mo), read with Boost.Locale rather than through
// the process locale or wx: a page is printed in its own language (a Spanish
// sheet while the window speaks Italian), and the report library stays wx-free.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace extramile::report {

// The folders that hold LANG/LC_MESSAGES/extramile.mo. By default: beside the
// running program, <dir>/locale (a build tree) and <dir>/../share/locale (an
// installed or relocated program), then the install prefix's locale folder.
// Tests point this at the build tree. Catalogs already read are forgotten.
void set_catalog_folders(std::vector<std::filesystem::path> folders);
std::vector<std::filesystem::path> catalog_folders();

// `msgid` in `language` ("en", "es", "it"); the msgid itself for English,
// for a language without a catalog and for a word the catalog lacks.
std::string translate(const char* msgid, const std::string& language);
// With a gettext context, for a word that means two things ("May").
std::string translate(const char* context, const char* msgid, const std::string& language);
// The plural form for `n`, by the catalog's Plural-Forms rule.
std::string translate(const char* singular, const char* plural, long n, const std::string& language);

} // namespace extramile::report
