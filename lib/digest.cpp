#include "digest.h"

#include <nettle/sha2.h>

#include <fstream>
#include <vector>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

// Nettle rather than OpenSSL: no library initialisation or configuration to load, which cost
// more than hashing a small PDF.
std::string sha256_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(errc::file_not_found, "cannot open file");
  sha256_ctx ctx;
  sha256_init(&ctx);
  std::vector<char> buffer(1 << 16);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const std::streamsize got = in.gcount();
    if (got > 0) {
      sha256_update(&ctx, static_cast<std::size_t>(got),
                    reinterpret_cast<const std::uint8_t*>(buffer.data()));
    }
  }
  if (in.bad()) throw error(errc::read_failed, "cannot read file");
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t byte : digest) {
    out.push_back(hex[byte >> 4]);
    out.push_back(hex[byte & 15]);
  }
  return out;
}

}  // namespace extract_plan
