#include "core/base/sha256.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace extramile {

std::string sha256_digest(std::string_view bytes) {
    unsigned char hash[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), hash, &length, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
    static const char hex[] = "0123456789abcdef";
    std::string out = "sha256:";
    for (unsigned i = 0; i < length; ++i) {
        out += hex[hash[i] >> 4];
        out += hex[hash[i] & 0xF];
    }
    return out;
}

} // namespace extramile
