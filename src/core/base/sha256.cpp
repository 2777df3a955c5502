#include "core/base/sha256.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <vector>

#include <stdexcept>

namespace extramile {

std::string sha256_digest(std::string_view bytes) {
    // OpenSSL's own SHA-256, not EVP: the first EVP digest loads the
    // configuration and the default provider with its tables of every
    // algorithm, 2.2 MiB a process keeps (measured: a comparison of one
    // scorecard peaked 5 MiB over the program's resting size, and this was
    // the largest part), for the one digest every comparison and rubric
    // list makes. The functions are deprecated in OpenSSL 3 in favour of
    // EVP but kept (tested on the standard's vectors, rubric_xml_test.cpp);
    // should they go, nettle's
    // sha256 is the same few lines.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256_CTX context;
    if (SHA256_Init(&context) != 1 || SHA256_Update(&context, bytes.data(), bytes.size()) != 1 ||
        SHA256_Final(hash, &context) != 1)
        throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
    static const char hex[] = "0123456789abcdef";
    std::string out = "sha256:";
    for (unsigned char byte : hash) {
        out += hex[byte >> 4];
        out += hex[byte & 0xF];
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
