// Reading an input file whole, once: the bytes hashed are the bytes parsed.
#pragma once

#include <string>

namespace extract_plan {

/// Returns a file's bytes. Throws extract_plan::error: file_not_found when it cannot be
/// opened, read_failed when it cannot be read (a folder, an I/O error).
std::string read_file_bytes(const std::string& path);

}  // namespace extract_plan
