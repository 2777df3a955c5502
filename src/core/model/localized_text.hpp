// A text written in several languages (xml:lang), with English as fallback.
#pragma once

#include <map>
#include <string>

namespace extramile {

class LocalizedText {
public:
    LocalizedText() = default;
    explicit LocalizedText(std::string english) { set("en", std::move(english)); }

    void set(const std::string& lang, std::string text) { texts_[lang] = std::move(text); }
    bool has(const std::string& lang) const { return texts_.count(lang) != 0; }
    bool empty() const { return texts_.empty(); }

    // The text in `lang`, else English, else any language, else "".
    const std::string& get(const std::string& lang = "en") const;

    // Every language present, sorted by language code (the canonical order).
    const std::map<std::string, std::string>& all() const { return texts_; }

    bool operator==(const LocalizedText&) const = default;

private:
    std::map<std::string, std::string> texts_;
};

} // namespace extramile
