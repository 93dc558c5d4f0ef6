// A full disk for the tests, without mounting one: loaded with LD_PRELOAD, it fails every
// write(2) to a file under a folder whose name holds "full-disk" with ENOSPC once 4 KB have
// gone to such files, as a disk that fills up mid-write does. Everything else is written.
#include <dlfcn.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>

namespace {

std::atomic<long> written{0};
constexpr long room = 4096;

bool is_on_full_disk(int fd) {
  char link[64], target[PATH_MAX];
  std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = ::readlink(link, target, sizeof target - 1);
  if (n <= 0) return false;
  target[n] = '\0';
  return std::strstr(target, "full-disk") != nullptr;
}

}  // namespace

extern "C" ssize_t write(int fd, const void* buffer, size_t count) {
  using write_fn = ssize_t (*)(int, const void*, size_t);
  static const auto real = reinterpret_cast<write_fn>(::dlsym(RTLD_NEXT, "write"));
  if (count > 0 && is_on_full_disk(fd)) {
    const long before = written.fetch_add(static_cast<long>(count));
    if (before + static_cast<long>(count) > room) {
      errno = ENOSPC;
      return -1;
    }
  }
  return real(fd, buffer, count);
}
