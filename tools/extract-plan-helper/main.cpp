// extract-plan-helper: reads one document in a process of its own, for a host that takes
// untrusted files (the C API's option "isolate", lib/isolate.cpp). The library starts it:
//
//   extract-plan-helper NAME ADDRESS_SPACE CPU_SECONDS OPTIONS_JSON
//
// with the PDF on its standard input (a regular file: the document's own, or a memfd of a
// buffer's bytes). It limits its own address space and CPU time (0: none) before it reads a
// byte, and writes to its standard output the document's JSON and exits 0, or writes
// {"error": {"code": N, "message": "..."}} and exits N, the C API's error number.
#include <extract_plan/extract_plan_c.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <new>
#include <nlohmann/json.hpp>
#include <string>

namespace {

void limit(int resource, unsigned long long value) {
  if (value == 0) return;
  const rlimit r{static_cast<rlim_t>(value), static_cast<rlim_t>(value)};
  ::setrlimit(resource, &r);
}

bool write_all(const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t wrote = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return false;
    done += static_cast<std::size_t>(wrote);
  }
  return true;
}

int report(int code, const std::string& message) {
  nlohmann::json entry;
  entry["error"] = {{"code", code}, {"message", message}};
  write_all(entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return code;
}

int read_one(int argc, char** argv) {
  if (argc != 5)
    return report(EXTRACT_PLAN_INVALID_ARGUMENT,
                  "usage: extract-plan-helper NAME "
                  "ADDRESS_SPACE CPU_SECONDS OPTIONS");
#if !defined(__SANITIZE_ADDRESS__)  // AddressSanitizer's shadow takes terabytes of addresses
  limit(RLIMIT_AS, std::strtoull(argv[2], nullptr, 10));
#endif
  limit(RLIMIT_CPU, std::strtoull(argv[3], nullptr, 10));
  limit(RLIMIT_CORE, 0);  // a crash leaves no core of an untrusted file behind
  try {
    // The input is a regular file, mapped rather than copied; named as the caller named it.
    struct stat st {};
    if (::fstat(STDIN_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) {
      return report(EXTRACT_PLAN_READ_FAILED, "the helper's input is not a regular file");
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    void* bytes =
        size == 0 ? nullptr : ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, STDIN_FILENO, 0);
    if (bytes == MAP_FAILED) return report(EXTRACT_PLAN_OUT_OF_MEMORY, "cannot map the input");
    char* json = nullptr;
    char* message = nullptr;
    const int status = extract_plan_buffer_json(bytes, size, argv[1], argv[4], &json, &message);
    if (status != EXTRACT_PLAN_OK) {
      const std::string why = message ? message : "";
      extract_plan_free(message);
      return report(status, why);
    }
    const bool written = write_all(json);
    extract_plan_free(json);
    return written ? 0 : report(EXTRACT_PLAN_INTERNAL, "cannot write the result");
  } catch (const std::bad_alloc&) {
    return report(EXTRACT_PLAN_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return report(EXTRACT_PLAN_INTERNAL, e.what());
  }
}

}  // namespace

// Ends with _exit: nothing after the result is written may change how the helper ends (a
// sanitizer's leak report at exit would turn a result into a failure).
int main(int argc, char** argv) { ::_exit(read_one(argc, argv)); }
