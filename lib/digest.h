// Digests for source_info.
#pragma once

#include <string>
#include <string_view>

namespace extract_plan {

/// Returns the lower-case hex SHA-256 of some bytes.
std::string sha256_hex(std::string_view bytes);

}  // namespace extract_plan
