#include "core/xml/rubric_digest.hpp"

#include "core/base/sha256.hpp"

#include "core/xml/rubric_xml.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace extramile {

std::string rubric_digest(const Rubric& rubric) {
    return sha256_digest(rubric_to_xml(rubric, true));
}

} // namespace extramile
