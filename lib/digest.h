// File digests for source_info.
#pragma once

#include <string>

namespace extract_plan {

/// Returns the lower-case hex SHA-256 of a file's bytes. Throws extract_plan::error
/// (file_not_found, read_failed).
std::string sha256_file(const std::string& path);

}  // namespace extract_plan
