#include "source_file.h"

#include <fcntl.h>
#include <nettle/sha2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "digest.h"
#include "extract_plan/extract_plan.h"

namespace extract_plan {
namespace {

struct file_state {
  long long size = 0, modified_ns = 0;
  bool regular = false;
};

file_state state_of(int fd) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return {};
  return {static_cast<long long>(st.st_size),
          static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
          S_ISREG(st.st_mode)};
}

}  // namespace

source_file::source_file(const std::string& path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw error(errc::file_not_found, "cannot open file");
  struct stat st {};
  if (::fstat(fd_, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd_);
    throw error(errc::read_failed, "cannot read file: it is a folder");
  }
  const file_state s = state_of(fd_);
  size_ = s.size;
  modified_ns_ = s.modified_ns;
  regular_ = s.regular;
}

source_file::~source_file() { ::close(fd_); }

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

std::string source_file::read_all() const {
  std::string bytes;
  char buffer[1 << 16];
  while (true) {
    const ssize_t got = ::read(fd_, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw error(errc::read_failed, "cannot read file");
    if (got == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
}

bool source_file::changed() const {
  if (!regular_) return false;  // a pipe is read once, into memory
  const file_state s = state_of(fd_);
  return s.size != size_ || s.modified_ns != modified_ns_;
}

}  // namespace extract_plan
