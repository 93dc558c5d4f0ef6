#include "digest.h"

#include <nettle/sha2.h>

namespace extract_plan {

std::string hex_of(const std::uint8_t* bytes, std::size_t size) {
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(hex[bytes[i] >> 4]);
    out.push_back(hex[bytes[i] & 15]);
  }
  return out;
}

// Nettle rather than OpenSSL: no library initialisation or configuration to load, which cost
// more than hashing a small PDF.
std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  return hex_of(digest, SHA256_DIGEST_SIZE);
}

}  // namespace extract_plan
