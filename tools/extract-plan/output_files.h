// Files the command writes, and nothing else: a batch's --out-dir may be shared, or hold what
// someone else planted there. Every file goes below a folder opened once, each folder under it
// entered without following a symbolic link, through a temporary file of an unpredictable
// name made exclusively beside its target and renamed over it once written whole: a planted
// link is an error for that input, never a write outside the folder; two batches writing one
// folder at once never see each other's halves; a full disk leaves no truncated file under
// the final name, and says so.
#pragma once

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace extract_plan::cli {

/// A folder files are written below.
class output_folder {
 public:
  /// Opens the folder at `path`, making it and those above it when `make` and they are
  /// missing. Throws std::runtime_error saying why it cannot ("cannot make the folder X:
  /// Permission denied").
  output_folder(const std::string& path, bool make);
  ~output_folder();
  output_folder(const output_folder&) = delete;
  output_folder& operator=(const output_folder&) = delete;

  /// Writes `bytes` to `relative` (a path below the folder, its folders made as needed) whole
  /// or not at all. Returns "" when written, else why not ("a/b is a symbolic link, not a
  /// folder", "No space left on device").
  std::string write_whole(std::string_view relative, std::string_view bytes) const;

  /// Removes the file at `relative` if there is one (a link itself, never what it names).
  void remove(std::string_view relative) const;

  /// Returns the folder's path as given.
  const std::string& path() const { return path_; }

 private:
  friend class output_file;
  std::string path_;
  int fd_ = -1;
};

/// One file written as it grows (-o FILE): into a temporary file beside it, renamed over it
/// when finish() finds it written whole, removed if it never is.
class output_file : private std::streambuf {
 public:
  /// Starts writing `path`. Throws std::runtime_error saying why it cannot ("it is a
  /// folder", "no such folder: a/b", "Permission denied").
  explicit output_file(const std::string& path);
  ~output_file() override;
  output_file(const output_file&) = delete;
  output_file& operator=(const output_file&) = delete;

  /// Returns the stream that writes into the file.
  std::ostream& stream() { return stream_; }

  /// Writes out what is held and renames the file into place. Returns "" when it is there
  /// whole, else why it is not (and no file of that name was made or changed).
  std::string finish();

 private:
  int overflow(int c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;
  void flush_held();

  std::unique_ptr<output_folder> folder_;
  std::string name_, temporary_;
  int fd_ = -1;
  int error_ = 0;  // the first errno a write met
  std::string held_;
  std::ostream stream_{this};
};

}  // namespace extract_plan::cli
