#include "core/base/sha256.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <vector>

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

namespace {
std::string hex(const unsigned char* bytes, std::size_t length) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < length; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 0xF];
    }
    return out;
}
} // namespace

std::string hmac_sha256_hex(std::string_view key, std::string_view bytes) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), mac, &length))
        throw std::runtime_error("OpenSSL could not compute an HMAC");
    return hex(mac, length);
}

std::string random_hex(std::size_t count) {
    std::vector<unsigned char> bytes(count);
    if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("OpenSSL could not draw random bytes");
    return hex(bytes.data(), count);
}

} // namespace extramile
