#include "file_bytes.h"

#include <cstdio>
#include <memory>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

std::string read_file_bytes(const std::string& path) {
  // stdio rather than a stream: one open, and ferror() tells a failed read from the end.
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                             &std::fclose);
  if (!file) throw error(errc::file_not_found, "cannot open file");
  std::string bytes;
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) bytes.append(buffer, got);
  if (std::ferror(file.get())) throw error(errc::read_failed, "cannot read file");
  return bytes;
}

}  // namespace extract_plan
