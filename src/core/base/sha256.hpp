// SHA-256 of bytes, through OpenSSL, written as formats.md writes digests.
#pragma once

#include <string>
#include <string_view>

namespace extramile {

// "sha256:" and the lower-case hex of the SHA-256 of `bytes`.
std::string sha256_digest(std::string_view bytes);

} // namespace extramile
