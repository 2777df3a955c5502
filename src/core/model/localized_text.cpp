#include "core/model/localized_text.hpp"

namespace extramile {

const std::string& LocalizedText::get(const std::string& lang) const {
    static const std::string none;
    if (auto it = texts_.find(lang); it != texts_.end())
        return it->second;
    if (auto it = texts_.find("en"); it != texts_.end())
        return it->second;
    return texts_.empty() ? none : texts_.begin()->second;
}

} // namespace extramile
