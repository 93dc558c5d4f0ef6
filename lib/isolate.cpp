#include "isolate.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "extract_plan/extract_plan_c.h"
#include "output/json_reader.h"

extern char** environ;

namespace extract_plan {
namespace {

// The room the helper needs beyond a document's own: its code and libraries mapped (Poppler,
// ICU's data), the reading thread's stack and malloc's arena, all counted by RLIMIT_AS.
constexpr std::size_t helper_base_bytes = std::size_t{768} << 20;

bool is_executable(const std::string& path) { return ::access(path.c_str(), X_OK) == 0; }

// Where the helper is, in order: EXTRACT_PLAN_HELPER; beside the library, as installed
// (found from the library's own file, so that an installed tree can move; the build tree lays
// them out alike); the install prefix it was built for.
std::vector<std::string> helper_candidates() {
  std::vector<std::string> out;
  if (const char* given = std::getenv("EXTRACT_PLAN_HELPER"); given && *given) {
    out.emplace_back(given);
    return out;
  }
  Dl_info self{};
  if (::dladdr(reinterpret_cast<void*>(&read_isolated), &self) != 0 && self.dli_fname != nullptr) {
    std::string dir = self.dli_fname;
    const std::size_t slash = dir.find_last_of('/');
    dir = slash == std::string::npos ? "." : dir.substr(0, slash);
    out.push_back(dir + "/" EXTRACT_PLAN_HELPER_FROM_LIBDIR "/extract-plan-helper");
  }
  out.emplace_back(EXTRACT_PLAN_HELPER_INSTALLED);
  return out;
}

std::string find_helper() {
  std::string looked;
  for (const std::string& path : helper_candidates()) {
    if (is_executable(path)) return path;
    looked += (looked.empty() ? "" : ", ") + path;
  }
  throw error(errc::read_failed,
              "cannot read it in isolation: the helper extract-plan-helper is not installed "
              "(looked in " +
                  looked + "; set EXTRACT_PLAN_HELPER to its path)");
}

// A descriptor closed when it goes.
struct owned_fd {
  int fd = -1;
  ~owned_fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Starts the helper with `input` as its standard input and `output` as its standard output.
pid_t spawn_helper(const std::string& path, const std::vector<std::string>& arguments, int input,
                   int output) {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawnattr_init(&attributes);
  ::posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO);
  ::posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  // The host's signal mask and handlers are its own: the helper starts with none blocked and
  // the defaults for those that end it, so that it dies as it should.
  sigset_t none, defaults;
  sigemptyset(&none);
  sigemptyset(&defaults);
  for (const int s : {SIGPIPE, SIGXCPU, SIGSEGV, SIGBUS, SIGABRT, SIGTERM, SIGINT, SIGHUP}) {
    sigaddset(&defaults, s);
  }
  ::posix_spawnattr_setsigmask(&attributes, &none);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(path.c_str()));
  for (const std::string& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int failed = ::posix_spawn(&pid, path.c_str(), &actions, &attributes, argv.data(), environ);
  ::posix_spawn_file_actions_destroy(&actions);
  ::posix_spawnattr_destroy(&attributes);
  if (failed != 0) {
    throw error(errc::read_failed,
                "cannot start the helper " + path + ": " + std::strerror(failed));
  }
  return pid;
}

// What the helper wrote, read until it closes its output or `deadline` passes or it writes
// more than `cap` bytes (then it is stopped).
struct collected {
  std::string output;
  bool out_of_time = false, too_much = false;
};

collected collect(int from, pid_t pid,
                  const std::optional<std::chrono::steady_clock::time_point>& deadline,
                  std::size_t cap) {
  collected c;
  std::vector<char> buffer(1 << 16);
  while (true) {
    int wait_ms = -1;
    if (deadline) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          *deadline - std::chrono::steady_clock::now());
      wait_ms = static_cast<int>(std::max<long long>(0, left.count()));
    }
    pollfd p{from, POLLIN, 0};
    const int ready = ::poll(&p, 1, wait_ms);
    if (ready < 0 && errno == EINTR) continue;
    c.out_of_time = ready == 0;
    c.too_much = c.output.size() > cap;
    if (c.out_of_time || c.too_much) {
      ::kill(pid, SIGKILL);
      return c;
    }
    const ssize_t got = ::read(from, buffer.data(), buffer.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return c;
    c.output.append(buffer.data(), static_cast<std::size_t>(got));
  }
}

// Waits for the helper to end; its status, or nothing when the host reaps its children
// itself (SIGCHLD ignored), when only what it wrote tells.
std::optional<int> reap(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return std::nullopt;
  }
  return status;
}

bool is_error_entry(const std::string& output) { return output.rfind("{\"error\"", 0) == 0; }

// The error the helper reported: {"error": {"code": N, "message": "..."}}, N the C API's.
error reported_error(const std::string& output) {
  const nlohmann::json j = nlohmann::json::parse(output, nullptr, false);
  const nlohmann::json* e = j.is_object() && j.contains("error") ? &j["error"] : nullptr;
  const int code = e && (*e)["code"].is_number_integer() ? (*e)["code"].get<int>() : 0;
  const std::string message =
      e && (*e)["message"].is_string() ? (*e)["message"].get<std::string>() : "";
  if (code >= 1 && code <= static_cast<int>(errc::timed_out)) {
    return error(static_cast<errc>(code), message);
  }
  if (code == EXTRACT_PLAN_OUT_OF_MEMORY) {
    return error(errc::too_large, "the helper reading the document ran out of its memory limit");
  }
  return error(errc::crashed, "the helper reading the document failed: " + message);
}

std::string interpret(const collected& c, const std::optional<int>& status, double time_limit) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%g", time_limit);
  if (c.out_of_time) {
    throw error(errc::timed_out, std::string("the helper reading the document was stopped a "
                                             "second after its time limit of ") +
                                     seconds + " s");
  }
  if (c.too_much) {
    throw error(errc::too_large, "the helper's result was larger than the memory limit");
  }
  if (status && WIFSIGNALED(*status)) {
    const int s = WTERMSIG(*status);
    if (s == SIGXCPU) {
      throw error(errc::timed_out, std::string("the helper reading the document used more CPU "
                                               "time than its limit of ") +
                                       seconds + " s");
    }
    throw error(errc::crashed,
                "the helper reading the document crashed (signal " + std::to_string(s) + ")");
  }
  if (c.output.empty()) {
    throw error(errc::crashed, "the helper reading the document ended without a result");
  }
  // Without a status (the host reaps its own children), what it wrote tells.
  const bool succeeded =
      status ? WIFEXITED(*status) && WEXITSTATUS(*status) == 0 : !is_error_entry(c.output);
  if (!succeeded) throw reported_error(c.output);
  return c.output;
}

std::string month_day_text(month_day d) {
  char text[8];
  std::snprintf(text, sizeof text, "%02d-%02d", d.month, d.day);
  return text;
}

std::string pages_text(const std::vector<page_span>& pages) {
  std::string out;
  for (const page_span& p : pages) {
    if (!out.empty()) out += ",";
    out += std::to_string(p.first) + "-";
    if (p.last != std::numeric_limits<int>::max()) out += std::to_string(p.last);
  }
  return out;
}

}  // namespace

std::string options_json_of(const options& opts, bool tables) {
  const school_terms& t = opts.terms;
  nlohmann::json j = nlohmann::json::object();
  j["school_terms"] =
      "autumn=" + month_day_text(t.autumn_start) + ".." + month_day_text(t.autumn_end) +
      ",spring=" + month_day_text(t.spring_start) + ".." + month_day_text(t.spring_end) +
      ",summer=" + month_day_text(t.summer_start) + ".." + month_day_text(t.summer_end);
  if (!opts.pages.empty()) j["pages"] = pages_text(opts.pages);
  if (!opts.password.empty()) j["password"] = opts.password;
  j["page_time_limit"] = opts.page_time_limit;
  j["time_limit"] = opts.time_limit;
  j["max_pages"] = opts.max_pages;
  j["max_page_characters"] = opts.max_page_characters;
  j["max_page_words"] = opts.max_page_words;
  j["max_page_paints"] = opts.max_page_paints;
  j["max_page_fonts"] = opts.max_page_fonts;
  j["memory_limit"] = opts.memory_limit;
  j["read_ahead"] = opts.read_ahead;
  j["tables"] = tables;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string read_json_isolated(const isolated_input& input, const options& opts, bool tables) {
  return read_isolated(input, options_json_of(opts, tables), opts.memory_limit, opts.time_limit);
}

document read_document_isolated(const isolated_input& input, const options& opts) {
  return document_from_json(read_json_isolated(input, opts, false),
                            opts.grids ? read_json_isolated(input, opts, true) : std::string());
}

memory_file::memory_file(const void* data, std::size_t size)
    : fd_(::memfd_create("extract-plan-input", MFD_CLOEXEC)) {
  if (fd_ < 0) {
    throw error(errc::read_failed,
                std::string("cannot hand the bytes over: ") + std::strerror(errno));
  }
  const char* p = static_cast<const char*>(data);
  std::size_t left = size;
  while (left > 0) {
    const ssize_t wrote = ::write(fd_, p, left);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      const int why = errno;
      ::close(fd_);
      throw error(errc::read_failed,
                  std::string("cannot hand the bytes over: ") + std::strerror(why));
    }
    p += wrote;
    left -= static_cast<std::size_t>(wrote);
  }
}

memory_file::~memory_file() { ::close(fd_); }

std::string read_isolated(const isolated_input& input, const std::string& options_json,
                          std::size_t memory_limit, double time_limit) {
  const std::string helper = find_helper();
  const bool timed = time_limit > 0 && std::isfinite(time_limit);
  const std::size_t address_space = memory_limit > 0 ? memory_limit + helper_base_bytes : 0;
  const long cpu_seconds = timed ? static_cast<long>(std::ceil(time_limit)) + 2 : 0;
  int ends[2];
  if (::pipe2(ends, O_CLOEXEC) != 0) {
    throw error(errc::read_failed, std::string("cannot start the helper: ") + std::strerror(errno));
  }
  owned_fd from{ends[0]};
  pid_t pid = -1;
  {
    owned_fd to{ends[1]};
    pid = spawn_helper(
        helper,
        {input.name, std::to_string(address_space), std::to_string(cpu_seconds), options_json},
        input.fd, to.fd);
  }
  // A second past the limit: the helper's own reading stops at its time_limit (too_slow).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  if (timed) {
    deadline = std::chrono::steady_clock::now() +
               std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                   std::chrono::duration<double>(time_limit + 1));
  }
  const std::size_t cap = memory_limit > 0 ? memory_limit : std::size_t{1} << 32;
  const collected c = collect(from.fd, pid, deadline, cap);
  const std::optional<int> status = reap(pid);
  return interpret(c, status, time_limit);
}

}  // namespace extract_plan
