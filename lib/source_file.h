// An input file, opened once: its digest and its parse read the same open file, and a file
// that changes while it is read is an error rather than a result whose sha256 names other
// bytes. The file is read through, not held: memory stays flat however large it is.
#pragma once

#include <string>

namespace extract_plan {

/// Returns the file name of a path, without its folders: what source.file holds.
std::string file_name_of(const std::string& path);

class source_file {
 public:
  /// Opens a regular file, without ever waiting. Throws extract_plan::error: file_not_found
  /// when there is none, read_failed when it cannot be opened (permission denied) or is
  /// no regular file (a folder, a pipe, a device, a socket).
  explicit source_file(const std::string& path);
  ~source_file();
  source_file(const source_file&) = delete;
  source_file& operator=(const source_file&) = delete;

  /// Returns the open file's descriptor; it stays the source_file's.
  int descriptor() const { return fd_; }

  /// Returns the lower-case hex SHA-256 of the file's bytes. Throws extract_plan::error
  /// (read_failed) when they cannot be read.
  std::string sha256() const;

  /// Returns true when the file's size or modification time differ from when it was opened.
  bool changed() const;

 private:
  int fd_ = -1;
  long long size_ = 0;
  long long modified_ns_ = 0;
};

}  // namespace extract_plan
