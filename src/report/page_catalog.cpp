#include "page_catalog.hpp"

#include "core/base/standard_places.hpp"

#include <boost/locale/generator.hpp>
#include <boost/locale/localization_backend.hpp>
#include <boost/locale/message.hpp>

#include <map>
#include <mutex>

#ifndef EXTRAMILE_LOCALE_DIR
#define EXTRAMILE_LOCALE_DIR "/usr/share/locale"
#endif

namespace extramile::report {

namespace fs = std::filesystem;

namespace {

constexpr const char* kDomain = "extramile";

std::vector<fs::path> default_folders() {
    std::vector<fs::path> folders;
    // As src/app/translations.cpp does for wx: the catalogs travel with the program.
    if (const auto exe = program_file(); !exe.empty()) {
        folders.push_back(exe.parent_path() / "locale");
        folders.push_back(exe.parent_path().parent_path() / "share" / "locale");
    }
    folders.emplace_back(EXTRAMILE_LOCALE_DIR);
    return folders;
}

// One generated locale per language: generating reads and parses the .mo
// file, so it is done once. Pages may be laid out on a worker thread.
class Catalogs {
public:
    void set_folders(std::vector<fs::path> folders) {
        std::lock_guard lock(mutex_);
        folders_ = std::move(folders);
        locales_.clear();
    }
    std::vector<fs::path> folders() {
        std::lock_guard lock(mutex_);
        return folders_;
    }
    std::locale locale_for(const std::string& language) {
        std::lock_guard lock(mutex_);
        if (auto it = locales_.find(language); it != locales_.end())
            return it->second;
        // The "std" backend needs no ICU and no system locale installed: its
        // message catalogs are Boost.Locale's own .mo reader.
        auto backends = boost::locale::localization_backend_manager::global();
        backends.select("std");
        boost::locale::generator generator(backends);
        generator.categories(boost::locale::message_facet);
        for (const auto& folder : folders_)
            generator.add_messages_path(folder.string());
        generator.add_messages_domain(kDomain);
        // The msgids are UTF-8 English and so are the catalogs: no conversion.
        return locales_.emplace(language, generator(language + ".UTF-8")).first->second;
    }

private:
    std::mutex mutex_;
    std::vector<fs::path> folders_ = default_folders();
    std::map<std::string, std::locale> locales_;
};

Catalogs& catalogs() {
    static Catalogs instance;
    return instance;
}

bool english(const std::string& language) { return language.empty() || language == "en"; }

} // namespace

void set_catalog_folders(std::vector<fs::path> folders) { catalogs().set_folders(std::move(folders)); }

std::vector<fs::path> catalog_folders() { return catalogs().folders(); }

std::string translate(const char* msgid, const std::string& language) {
    if (english(language))
        return msgid;
    return boost::locale::translate(msgid).str(catalogs().locale_for(language), kDomain);
}

std::string translate(const char* context, const char* msgid, const std::string& language) {
    if (english(language))
        return msgid;
    return boost::locale::translate(context, msgid).str(catalogs().locale_for(language), kDomain);
}

std::string translate(const char* singular, const char* plural, long n, const std::string& language) {
    if (english(language))
        return n == 1 ? singular : plural;
    return boost::locale::translate(singular, plural, n).str(catalogs().locale_for(language), kDomain);
}

} // namespace extramile::report
