// SHA-256 of bytes, HMACs and random keys, through OpenSSL; digests are
// written as formats.md writes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace extramile {

// "sha256:" and the lower-case hex of the SHA-256 of `bytes`.
std::string sha256_digest(std::string_view bytes);

// The lower-case hex HMAC-SHA256 of `bytes` under `key`.
std::string hmac_sha256_hex(std::string_view key, std::string_view bytes);

// `count` bytes from the system's cryptographic random source, as hex.
std::string random_hex(std::size_t count);

} // namespace extramile
