#include "source_file.h"

#include <fcntl.h>
#include <nettle/sha2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "digest.h"
#include "extract_plan/extract_plan.h"

namespace extract_plan {
namespace {

struct file_state {
  long long size = 0, modified_ns = 0;
};

file_state state_of(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return {};
  return {static_cast<long long>(st.st_size),
          static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec};
}

}  // namespace

// What a file that is no regular file is, to say why it is not read.
const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a pipe (FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

source_file::source_file(const std::string& path) {
  // Opened without blocking: a FIFO with no writer would otherwise hold the call for ever,
  // before it could be told from a file.
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd_ < 0 && (errno == EACCES || errno == EPERM)) {
    throw error(errc::read_failed, "cannot open file: permission denied");
  }
  if (fd_ < 0 && errno != ENOENT && errno != ENOTDIR) {
    throw error(errc::read_failed, std::string("cannot open file: ") + std::strerror(errno));
  }
  if (fd_ < 0) throw error(errc::file_not_found, "cannot open file: no such file");
  struct stat st {};
  if (::fstat(fd_, &st) != 0 || !S_ISREG(st.st_mode)) {
    const int fd = fd_;
    fd_ = -1;
    ::close(fd);
    // A pipe or a device may never end (/dev/zero), and can be read only once: a caller
    // that means to read one reads its bytes and hands them over (extract_buffer).
    throw error(errc::read_failed, std::string("cannot read it: it is ") + kind_of(st.st_mode) +
                                       ", not a regular file");
  }
  // Reads block again (a regular file's never wait, but a network file system's may).
  ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) & ~O_NONBLOCK);
  const file_state s = state_of(fd_);
  size_ = s.size;
  modified_ns_ = s.modified_ns;
}

source_file::~source_file() { ::close(fd_); }

std::string file_name_of(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string source_file::sha256() const {
  sha256_ctx ctx;
  sha256_init(&ctx);
  std::vector<char> buffer(1 << 16);
  off_t offset = 0;
  while (true) {
    const ssize_t got = ::pread(fd_, buffer.data(), buffer.size(), offset);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw error(errc::read_failed, "cannot read file");
    if (got == 0) break;
    sha256_update(&ctx, static_cast<std::size_t>(got),
                  reinterpret_cast<const std::uint8_t*>(buffer.data()));
    offset += got;
  }
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  return hex_of(digest, SHA256_DIGEST_SIZE);
}

bool source_file::changed() const {
  const file_state s = state_of(fd_);
  return s.size != size_ || s.modified_ns != modified_ns_;
}

}  // namespace extract_plan
