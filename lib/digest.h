// Digests for source_info.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace extract_plan {

/// Returns the lower-case hex SHA-256 of some bytes.
std::string sha256_hex(std::string_view bytes);

/// Returns bytes as lower-case hex.
std::string hex_of(const std::uint8_t* bytes, std::size_t size);

}  // namespace extract_plan
