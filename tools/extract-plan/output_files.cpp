#include "output_files.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <utility>
#include <vector>

namespace extract_plan::cli {
namespace {

namespace fs = std::filesystem;

// A descriptor closed when it goes.
struct descriptor {
  int fd = -1;
  explicit descriptor(int f) : fd(f) {}
  ~descriptor() {
    if (fd >= 0) ::close(fd);
  }
  descriptor(const descriptor&) = delete;
  descriptor& operator=(const descriptor&) = delete;
};

std::vector<std::string> parts_of(std::string_view relative) {
  std::vector<std::string> parts;
  for (const fs::path& part : fs::path(relative)) {
    const std::string p = part.string();
    if (!p.empty() && p != "/" && p != ".") parts.push_back(p);
  }
  return parts;
}

// Enters (making it if need be) the folder `name` inside `parent`, never through a link.
// Returns its descriptor, or -1 with `why` set.
int enter_folder(int parent, const std::string& name, const std::string& shown, std::string& why) {
  if (name == "..") {
    why = shown + ": a path that climbs out of its folder";
    return -1;
  }
  if (::mkdirat(parent, name.c_str(), 0777) != 0 && errno != EEXIST) {
    why = "cannot make the folder " + shown + ": " + std::strerror(errno);
    return -1;
  }
  const int fd = ::openat(parent, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) return fd;
  struct stat st {};
  if (::fstatat(parent, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode)) {
    why = shown + " is a symbolic link, not a folder: nothing is written through it";
  } else {
    why = "cannot enter the folder " + shown + ": " + std::strerror(errno);
  }
  return -1;
}

// Makes a file of an unpredictable name in `folder` that did not exist before (O_EXCL) and
// is no link (O_NOFOLLOW). Returns its descriptor, or -1 with errno set.
int make_temporary(int folder, std::string& name) {
  for (int attempt = 0; attempt < 100; ++attempt) {
    unsigned char random[8] = {};
    if (::getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random)) return -1;
    name = ".extract-plan-";
    for (const unsigned char b : random) {
      name.push_back("0123456789abcdef"[b >> 4]);
      name.push_back("0123456789abcdef"[b & 15]);
    }
    name += ".partial";
    const int fd =
        ::openat(folder, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;
}

// Writes all of `bytes`; returns 0, or the errno of the write that failed.
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t wrote = ::write(fd, bytes.data(), bytes.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote < 0) return errno;
    bytes.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return 0;
}

// A file's last name must fit the system's limit.
std::string check_name(const std::string& name, const std::string& shown) {
  if (name.size() <= NAME_MAX) return "";
  return shown + ": the name is too long with its suffix (" + std::to_string(name.size()) +
         " bytes; " + std::to_string(NAME_MAX) + " at most)";
}

// Finishes a temporary file in `folder`: closes it, and renames it to `name` when `error`
// is 0 and the close succeeds; else removes it. Returns "" or why it is not in place.
std::string settle(int folder, int fd, const std::string& temporary, const std::string& name,
                   int error, const std::string& shown) {
  if (::close(fd) != 0 && error == 0) error = errno;  // a network file system reports here
  if (error == 0 && ::renameat(folder, temporary.c_str(), folder, name.c_str()) != 0) {
    error = errno;
  }
  if (error == 0) return "";
  ::unlinkat(folder, temporary.c_str(), 0);
  return "cannot write " + shown + ": " + std::strerror(error);
}

}  // namespace

output_folder::output_folder(const std::string& path, bool make) : path_(path) {
  std::error_code ec;
  if (make) fs::create_directories(path, ec);
  fd_ = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) {
    const int error = errno;
    throw std::runtime_error((make ? "cannot make the folder " : "cannot open the folder ") + path +
                             ": " + (ec ? ec.message() : std::strerror(error)));
  }
}

output_folder::~output_folder() { ::close(fd_); }

std::string output_folder::write_whole(std::string_view relative, std::string_view bytes) const {
  std::vector<std::string> parts = parts_of(relative);
  const std::string shown = (fs::path(path_) / relative).string();
  if (parts.empty()) return "cannot write " + shown + ": no file name";
  const std::string name = parts.back();
  parts.pop_back();
  if (std::string why = check_name(name, shown); !why.empty()) return why;
  descriptor folder(::fcntl(fd_, F_DUPFD_CLOEXEC, 0));
  fs::path walked(path_);
  for (const std::string& part : parts) {
    walked /= part;
    std::string why;
    descriptor inner(enter_folder(folder.fd, part, walked.string(), why));
    if (inner.fd < 0) return why;
    std::swap(folder.fd, inner.fd);
  }
  std::string temporary;
  const int fd = make_temporary(folder.fd, temporary);
  if (fd < 0) return "cannot write " + shown + ": " + std::strerror(errno);
  return settle(folder.fd, fd, temporary, name, write_all(fd, bytes), shown);
}

void output_folder::remove(std::string_view relative) const {
  std::vector<std::string> parts = parts_of(relative);
  if (parts.empty()) return;
  const std::string name = parts.back();
  parts.pop_back();
  descriptor folder(::fcntl(fd_, F_DUPFD_CLOEXEC, 0));
  for (const std::string& part : parts) {
    descriptor inner(
        ::openat(folder.fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (inner.fd < 0) return;  // not there, or a link: nothing of ours to remove
    std::swap(folder.fd, inner.fd);
  }
  ::unlinkat(folder.fd, name.c_str(), 0);
}

output_file::output_file(const std::string& path) {
  const fs::path p(path);
  std::error_code ec;
  if (fs::is_directory(p, ec)) throw std::runtime_error("it is a folder");
  const fs::path parent = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  if (!fs::exists(parent, ec)) throw std::runtime_error("no such folder: " + parent.string());
  if (!fs::is_directory(parent, ec)) throw std::runtime_error(parent.string() + " is not a folder");
  folder_ = std::make_unique<output_folder>(parent.string(), false);
  name_ = p.filename().string();
  if (std::string why = check_name(name_, path); !why.empty()) throw std::runtime_error(why);
  fd_ = make_temporary(folder_->fd_, temporary_);
  if (fd_ < 0) throw std::runtime_error(std::strerror(errno));
}

output_file::~output_file() {
  if (fd_ < 0) return;
  ::close(fd_);
  ::unlinkat(folder_->fd_, temporary_.c_str(), 0);
}

void output_file::flush_held() {
  if (error_ == 0) error_ = write_all(fd_, held_);
  held_.clear();
}

int output_file::overflow(int c) {
  if (c != traits_type::eof()) held_.push_back(static_cast<char>(c));
  if (held_.size() >= (1 << 16)) flush_held();
  return error_ == 0 ? traits_type::not_eof(c) : traits_type::eof();
}

std::streamsize output_file::xsputn(const char* s, std::streamsize n) {
  held_.append(s, static_cast<std::size_t>(n));
  if (held_.size() >= (1 << 16)) flush_held();
  return error_ == 0 ? n : 0;
}

int output_file::sync() {
  flush_held();
  return error_ == 0 ? 0 : -1;
}

std::string output_file::finish() {
  flush_held();
  const int fd = std::exchange(fd_, -1);
  return settle(folder_->fd_, fd, temporary_, name_, error_,
                (fs::path(folder_->path()) / name_).string());
}

}  // namespace extract_plan::cli
