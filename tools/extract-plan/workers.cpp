#include "workers.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

namespace extract_plan::cli {
namespace {

using clock_type = std::chrono::steady_clock;

// The message a worker writes to its pipe: a line with the size of a JSON header, the header,
// then the payload's bytes. A worker that dies before the end leaves a short message, which
// decode_result() refuses: a result is whole or it is none.
std::string encode_result(const job_result& r) {
  nlohmann::json head = {{"ok", r.ok},       {"code", r.error_code}, {"message", r.error_message},
                         {"pages", r.pages}, {"records", r.records}, {"payload", r.payload.size()}};
  const std::string h = head.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return std::to_string(h.size()) + "\n" + h + r.payload;
}

std::optional<job_result> decode_result(const std::string& bytes) {
  const std::size_t newline = bytes.find('\n');
  if (newline == std::string::npos || newline == 0 || newline > 20) return std::nullopt;
  if (!std::all_of(bytes.begin(), bytes.begin() + static_cast<long>(newline),
                   [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  const std::size_t head_size = std::stoul(bytes.substr(0, newline));
  if (bytes.size() < newline + 1 + head_size) return std::nullopt;
  const nlohmann::json head =
      nlohmann::json::parse(bytes.substr(newline + 1, head_size), nullptr, false);
  if (head.is_discarded() || !head.is_object()) return std::nullopt;
  job_result r;
  r.ok = head.value("ok", false);
  r.error_code = head.value("code", "");
  r.error_message = head.value("message", "");
  r.pages = head.value("pages", 0);
  r.records = head.value("records", 0);
  const std::size_t payload = head.value("payload", std::size_t{0});
  if (bytes.size() != newline + 1 + head_size + payload) return std::nullopt;
  r.payload = bytes.substr(newline + 1 + head_size);
  return r;
}

// The system calls the signal handler below makes, made directly rather than through libc's
// wrappers, which under AddressSanitizer are its interceptors. Nor does the handler call a
// function marked as not returning (`_exit`): AddressSanitizer puts its own call before such
// a call, which looks up the thread's stack and allocates. The signal may have stopped the
// thread inside the sanitizer's allocator, holding its lock: the handler then waited for it
// forever (seen in the sanitized suite, a lone document over its memory limit).
namespace raw {

int open_read(const char* path) {
  return static_cast<int>(::syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC));
}
ssize_t read(int fd, char* into, std::size_t size) { return ::syscall(SYS_read, fd, into, size); }
void close(int fd) { (void)::syscall(SYS_close, fd); }
double monotonic_seconds() {
  timespec t{};
  (void)::syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}
void pause() {
#ifdef SYS_pause
  (void)::syscall(SYS_pause);
#else  // no pause(2) on aarch64: a poll of nothing, for ever
  (void)::syscall(SYS_ppoll, nullptr, 0, nullptr, nullptr, 0);
#endif
}
// Ends the process; declared as returning, for the reason above.
void exit_now(int status) { (void)::syscall(SYS_exit_group, status); }

}  // namespace raw

// Writes every byte of `bytes` with `write_some` (as write(2)), going on after an
// interruption; false when it fails.
template <typename Write>
bool write_every(const std::string& bytes, Write write_some) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = write_some(bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

bool write_all(int fd, const std::string& bytes) {
  return write_every(bytes, [fd](const char* from, std::size_t n) { return ::write(fd, from, n); });
}

namespace raw {

bool write_all(int fd, const std::string& bytes) {
  return write_every(bytes, [fd](const char* from, std::size_t n) {
    return static_cast<ssize_t>(::syscall(SYS_write, fd, from, n));
  });
}

}  // namespace raw

job_result failed_result(const char* code, std::string message) {
  job_result r;
  r.error_code = code;
  r.error_message = std::move(message);
  return r;
}

struct worker {
  pid_t pid = -1;
  int fd = -1;
  std::string bytes;
  clock_type::time_point started;
  bool killed = false;       // by the watchdog, for its time
  bool over_memory = false;  // by the watchdog, for its memory
  // The memory it held when it was forked (the pool's own, shared until written): its limit
  // is on what it takes beyond.
  double base_mib = 0;
};

// The size of a memory page, read once before any handler may need it (sysconf is not safe
// in one).
const long page_size = ::sysconf(_SC_PAGESIZE);

// Returns the memory a process holds, in MiB: its resident set, from /proc/PID/statm (or
// /proc/self/statm for `pid` 0); 0 when that cannot be read. Only raw open, read and close:
// safe in a signal handler.
double resident_mib(pid_t pid) {
  char path[40] = "/proc/self/statm";
  if (pid != 0) {
    // "/proc/" + the number + "/statm", without the formatting that a handler may not call.
    char digits[16];
    int n = 0;
    for (unsigned long v = static_cast<unsigned long>(pid); v != 0 && n < 15; v /= 10) {
      digits[n++] = static_cast<char>('0' + v % 10);
    }
    char* out = path + 6;
    while (n > 0) *out++ = digits[--n];
    std::memcpy(out, "/statm", 7);
  }
  const int fd = raw::open_read(path);
  if (fd < 0) return 0;
  char text[128];
  ssize_t got = -1;
  do {
    got = raw::read(fd, text, sizeof text - 1);
  } while (got < 0 && errno == EINTR);
  raw::close(fd);
  if (got <= 0) return 0;
  // "size resident shared ...", in pages: the second number.
  ssize_t i = 0;
  while (i < got && text[i] != ' ') ++i;
  unsigned long pages = 0;
  for (++i; i < got && text[i] >= '0' && text[i] <= '9'; ++i) {
    pages = pages * 10 + static_cast<unsigned long>(text[i] - '0');
  }
  return static_cast<double>(pages) * static_cast<double>(page_size) / (1024.0 * 1024.0);
}

std::string over_memory_message(double limit_mib) {
  char limit[32];
  std::snprintf(limit, sizeof limit, "%g", limit_mib);
  return std::string("it took more than ") + limit + " MiB of memory; stopped";
}

// Waits for a worker whose pipe has closed and returns its result, from what it wrote and
// how it ended.
job_result reap_worker(worker& w, const pool_settings& settings) {
  const double timeout_seconds = settings.timeout_seconds;
  int status = 0;
  while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  // A worker that finished its result just as the watchdog fired still counts.
  if (std::optional<job_result> r = decode_result(w.bytes)) return std::move(*r);
  if (w.over_memory)
    return failed_result("too_large", over_memory_message(settings.memory_limit_mib));
  if (w.killed) {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", timeout_seconds);
    return failed_result(
        "timed_out", std::string("still running after ") + limit + " s; the worker was stopped");
  }
  if (WIFSIGNALED(status)) {
    return failed_result("crashed",
                         std::string("the worker reading it died: ") + strsignal(WTERMSIG(status)));
  }
  return failed_result("crashed", "the worker reading it exited without a result (status " +
                                      std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) +
                                      ")");
}

// What runs in a forked worker: the job, its result down the pipe, and nothing else; it
// never returns.
[[noreturn]] void run_in_worker(std::size_t job, int fd, pid_t parent,
                                const std::map<std::size_t, worker>& others,
                                const std::function<job_result(std::size_t)>& work) {
  // A worker that faults dies of it, whatever handlers the parent installed (a test
  // runner's, a host's crash reporter): its death is how the parent knows.
  for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(sig, SIG_DFL);
  // A worker outlives no parent: a job runner that stops the batch (GNU parallel's
  // --timeout, a dropped ssh session) stops its workers too.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(4);
  for (const auto& [other, w] : others) ::close(w.fd);
  job_result r;
  try {
    r = work(job);
  } catch (const std::exception& e) {
    r = failed_result("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    r = failed_result("internal", "internal error");
  }
  ::_exit(write_all(fd, encode_result(r)) ? 0 : 3);
}

// The pool's state: the workers running and the results waiting for those before them.
class pool {
 public:
  pool(std::size_t count, const pool_settings& settings,
       const std::function<job_result(std::size_t)>& work)
      : count_(count), settings_(settings), work_(work) {}

  bool done() const { return next_delivery_ == count_; }

  // Starts jobs while there are free workers. A job starts only a bounded distance ahead of
  // the first undelivered one, so a slow document never makes the others' results pile up.
  void start_jobs(const std::function<void(const pool_progress&)>& tick) {
    const std::size_t workers = static_cast<std::size_t>(std::max(settings_.workers, 1));
    const std::size_t lookahead = 4 * workers + 4;
    while (running_.size() < workers && next_job_ < count_ &&
           next_job_ < next_delivery_ + lookahead) {
      start_job(next_job_++);
      tick(progress_);
    }
  }

  // Hands on, in order, every result whose predecessors have all been handed on.
  void deliver_ready(const std::function<void(std::size_t, job_result&&)>& deliver) {
    for (auto it = finished_.find(next_delivery_); it != finished_.end();
         it = finished_.find(next_delivery_)) {
      deliver(next_delivery_, std::move(it->second));
      finished_.erase(it);
      ++next_delivery_;
    }
  }

  // Reads what the workers have written, for up to a tenth of a second (the watchdog looks
  // in between: a runaway page can take a gigabyte a second), and reaps those done.
  void read_workers() {
    if (running_.empty()) return;
    std::vector<pollfd> fds;
    std::vector<std::size_t> jobs;
    for (const auto& [job, w] : running_) {
      fds.push_back({w.fd, POLLIN, 0});
      jobs.push_back(job);
    }
    if (::poll(fds.data(), fds.size(), 100) < 0) {
      if (errno != EINTR)
        stop_all("the batch cannot watch its workers: " + std::string(strerror(errno)));
      return;
    }
    for (std::size_t k = 0; k < fds.size(); ++k) {
      if (fds[k].revents != 0) read_worker(jobs[k]);
    }
  }

  // The watchdog: a worker past its time or over its memory is killed; its pipe then closes,
  // and it is reaped as timed out or too large.
  void stop_overdue() {
    const auto now = clock_type::now();
    for (auto& [job, w] : running_) {
      if (w.killed || w.over_memory) continue;
      const std::chrono::duration<double> ran = now - w.started;
      if (settings_.timeout_seconds > 0 && ran.count() > settings_.timeout_seconds) {
        ::kill(w.pid, SIGKILL);
        w.killed = true;
      } else if (settings_.memory_limit_mib > 0 &&
                 resident_mib(w.pid) - w.base_mib > settings_.memory_limit_mib) {
        ::kill(w.pid, SIGKILL);
        w.over_memory = true;
      }
    }
  }

  const pool_progress& progress() const { return progress_; }

 private:
  void start_job(std::size_t job) {
    int fds[2];
    if (::pipe(fds) != 0) {
      finished_[job] =
          failed_result("internal", std::string("cannot make a pipe: ") + strerror(errno));
      return;
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::close(fds[0]);
      run_in_worker(job, fds[1], parent, running_, work_);
    }
    ::close(fds[1]);
    if (pid < 0) {
      ::close(fds[0]);
      finished_[job] = failed_result("internal", std::string("cannot fork: ") + strerror(errno));
      return;
    }
    worker w;
    w.pid = pid;
    w.fd = fds[0];
    w.started = clock_type::now();
    if (settings_.memory_limit_mib > 0) w.base_mib = resident_mib(0);
    running_.emplace(job, std::move(w));
    progress_.current = job;
  }

  void read_worker(std::size_t job) {
    worker& w = running_[job];
    char buffer[65536];
    const ssize_t n = ::read(w.fd, buffer, sizeof buffer);
    if (n > 0) {
      w.bytes.append(buffer, static_cast<std::size_t>(n));
      return;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
    ::close(w.fd);
    job_result r = reap_worker(w, settings_);
    ++progress_.done;
    progress_.pages += r.pages;
    finished_[job] = std::move(r);
    running_.erase(job);
  }

  // Ends every running worker and fails its job, when the pool itself cannot go on.
  void stop_all(const std::string& why) {
    for (auto& [job, w] : running_) {
      ::kill(w.pid, SIGKILL);
      ::close(w.fd);
      int status = 0;
      ::waitpid(w.pid, &status, 0);
      finished_[job] = failed_result("internal", why);
      ++progress_.done;
    }
    running_.clear();
  }

  std::size_t count_;
  const pool_settings& settings_;
  const std::function<job_result(std::size_t)>& work_;
  std::map<std::size_t, worker> running_;
  std::map<std::size_t, job_result> finished_;
  std::size_t next_job_ = 0, next_delivery_ = 0;
  pool_progress progress_;
};

// A lone job in this process. Its last words, one for each way of dying, are made before it
// starts, so that the signal handler only writes bytes and exits: nothing it calls allocates,
// locks or unwinds, and it runs on a stack of its own, so that even a stack overflow is
// reported. The watchdog is an alarm a few times a second, whose handler looks at the time
// and the memory taken, and lets the job go on while both are within their limits.
class in_process_job {
 public:
  explicit in_process_job(const pool_settings& settings) {
    for (std::size_t k = 0; k + 1 < fatal_signals.size(); ++k) {
      words_[k] = settings.in_process(failed_result(
          "crashed", std::string("the process reading it died: ") + strsignal(fatal_signals[k])));
    }
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", settings.timeout_seconds);
    words_.back() = settings.in_process(
        failed_result("timed_out", std::string("still running after ") + limit + " s; stopped"));
    memory_words_ = settings.in_process(
        failed_result("too_large", over_memory_message(settings.memory_limit_mib)));
    timeout_ = settings.timeout_seconds;
    memory_limit_mib_ = settings.memory_limit_mib;
  }

  job_result run(const std::function<job_result(std::size_t)>& work) {
    // Disarmed however the job ends, an exception included.
    struct armed {
      in_process_job& job;
      explicit armed(in_process_job& j) : job(j) { job.arm(); }
      ~armed() { job.disarm(); }
      armed(const armed&) = delete;
      armed& operator=(const armed&) = delete;
    } guard(*this);
    try {
      return work(0);
    } catch (const std::exception& e) {
      return failed_result("internal", std::string("internal error: ") + e.what());
    } catch (...) {
      return failed_result("internal", "internal error");
    }
  }

 private:
  // The signals a broken document can end a reader with, and last the watchdog's alarm.
  static constexpr std::array<int, 6> fatal_signals = {SIGSEGV, SIGBUS,  SIGFPE,
                                                       SIGILL,  SIGABRT, SIGALRM};
  // How often the watchdog looks, in seconds.
  static constexpr double watch_interval = 0.1;

  static double seconds_now() { return raw::monotonic_seconds(); }

  // Returns the last words for the alarm: the time's or the memory's when over its limit,
  // none while the job may go on.
  const last_words* overrun() const {
    if (timeout_ > 0 && seconds_now() - started_ > timeout_) return &words_.back();
    if (memory_limit_mib_ > 0 && resident_mib(0) - base_mib_ > memory_limit_mib_) {
      return &memory_words_;
    }
    return nullptr;
  }

  // Runs on whichever thread the signal is for (the page-reading thread too, which has an
  // alternate stack of its own: lib/page_reader). Every signal is blocked while it runs, and
  // only the first of several writes: a result is whole or none.
  static void on_signal(int sig) {
    const in_process_job* job = active_job.load();
    const last_words* words = nullptr;
    if (sig == SIGALRM) {
      const int saved = errno;  // the job goes on where it was, errno and all
      words = job != nullptr ? job->overrun() : nullptr;
      errno = saved;
      if (words == nullptr) return;
    }
    static std::atomic_flag spoken = ATOMIC_FLAG_INIT;
    if (spoken.test_and_set()) {
      for (;;) raw::pause();  // the first will end the process
    }
    for (std::size_t k = 0; k + 1 < fatal_signals.size() && job != nullptr && !words; ++k) {
      if (fatal_signals[k] == sig) words = &job->words_[k];
    }
    if (words != nullptr) {
      (void)raw::write_all(STDOUT_FILENO, words->out);
      (void)raw::write_all(STDERR_FILENO, words->err);
    }
    for (;;) raw::exit_now(1);
  }

  // The signals handled: the fatal ones, and the alarm only with a limit to watch.
  bool watched() const { return timeout_ > 0 || memory_limit_mib_ > 0; }
  std::size_t handled() const {
    return watched() ? fatal_signals.size() : fatal_signals.size() - 1;
  }

  void arm() {
    active_job = this;
    started_ = seconds_now();
    if (memory_limit_mib_ > 0) base_mib_ = resident_mib(0);
    stack_t stack{};
    stack.ss_sp = signal_stack.data();
    stack.ss_size = signal_stack.size();
    ::sigaltstack(&stack, &old_stack_);
    struct sigaction action {};
    action.sa_handler = on_signal;
    // The alarm comes back to the job: a system call it interrupted goes on.
    action.sa_flags = SA_ONSTACK | SA_RESTART;
    sigfillset(&action.sa_mask);
    for (std::size_t k = 0; k < handled(); ++k) {
      ::sigaction(fatal_signals[k], &action, &old_actions_[k]);
    }
    if (watched()) {
      itimerval timer{};
      timer.it_value.tv_usec = static_cast<suseconds_t>(watch_interval * 1e6);
      timer.it_interval = timer.it_value;
      ::setitimer(ITIMER_REAL, &timer, &old_timer_);
    }
  }

  void disarm() {
    if (watched()) ::setitimer(ITIMER_REAL, &old_timer_, nullptr);
    for (std::size_t k = 0; k < handled(); ++k) {
      ::sigaction(fatal_signals[k], &old_actions_[k], nullptr);
    }
    ::sigaltstack(&old_stack_, nullptr);
    active_job = nullptr;
  }

  static inline std::atomic<const in_process_job*> active_job{nullptr};
  static inline std::array<char, 1 << 16> signal_stack{};
  std::array<last_words, fatal_signals.size()> words_;
  last_words memory_words_;
  std::array<struct sigaction, fatal_signals.size()> old_actions_{};
  stack_t old_stack_{};
  itimerval old_timer_{};
  double timeout_ = 0, memory_limit_mib_ = 0;
  double started_ = 0;
  double base_mib_ = 0;  // the memory the process held as the job began
};

}  // namespace

void run_jobs(std::size_t count, const pool_settings& settings,
              const std::function<job_result(std::size_t)>& work,
              const std::function<void(std::size_t, job_result&&)>& deliver,
              const std::function<void(const pool_progress&)>& tick) {
  if (count == 1 && settings.in_process) {
    pool_progress progress;
    tick(progress);
    in_process_job job(settings);
    job_result r = job.run(work);
    progress.done = 1;
    progress.pages = r.pages;
    deliver(0, std::move(r));
    tick(progress);
    return;
  }
  pool p(count, settings, work);
  while (!p.done()) {
    p.start_jobs(tick);
    p.deliver_ready(deliver);
    if (p.done()) break;
    p.read_workers();
    p.stop_overdue();
    tick(p.progress());
  }
}

}  // namespace extract_plan::cli
