#include "workers.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <sys/wait.h>
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

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

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
  bool killed = false;
};

// Waits for a worker whose pipe has closed and returns its result, from what it wrote and
// how it ended.
job_result reap_worker(worker& w, double timeout_seconds) {
  int status = 0;
  while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  // A worker that finished its result just as the watchdog fired still counts.
  if (std::optional<job_result> r = decode_result(w.bytes)) return std::move(*r);
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

  // Reads what the workers have written, for up to half a second, and reaps those done.
  void read_workers() {
    if (running_.empty()) return;
    std::vector<pollfd> fds;
    std::vector<std::size_t> jobs;
    for (const auto& [job, w] : running_) {
      fds.push_back({w.fd, POLLIN, 0});
      jobs.push_back(job);
    }
    if (::poll(fds.data(), fds.size(), 500) < 0) {
      if (errno != EINTR)
        stop_all("the batch cannot watch its workers: " + std::string(strerror(errno)));
      return;
    }
    for (std::size_t k = 0; k < fds.size(); ++k) {
      if (fds[k].revents != 0) read_worker(jobs[k]);
    }
  }

  // The watchdog: a worker past its time is killed; its pipe then closes, and it is reaped
  // as timed out.
  void stop_overdue() {
    if (settings_.timeout_seconds <= 0) return;
    const auto now = clock_type::now();
    for (auto& [job, w] : running_) {
      const std::chrono::duration<double> ran = now - w.started;
      if (!w.killed && ran.count() > settings_.timeout_seconds) {
        ::kill(w.pid, SIGKILL);
        w.killed = true;
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
    job_result r = reap_worker(w, settings_.timeout_seconds);
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
// reported.
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
    timeout_ = settings.timeout_seconds;
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

  // Runs on whichever thread the signal is for (the page-reading thread too, which has an
  // alternate stack of its own: lib/page_reader). Every signal is blocked while it runs, and
  // only the first of several writes: a result is whole or none.
  static void on_signal(int sig) {
    static std::atomic_flag spoken = ATOMIC_FLAG_INIT;
    if (spoken.test_and_set()) {
      for (;;) ::pause();  // the first will end the process
    }
    const in_process_job* job = active_job.load();
    for (std::size_t k = 0; k < fatal_signals.size() && job != nullptr; ++k) {
      if (fatal_signals[k] != sig) continue;
      // write_all only writes: it is safe in a signal handler.
      (void)write_all(STDOUT_FILENO, job->words_[k].out);
      (void)write_all(STDERR_FILENO, job->words_[k].err);
    }
    ::_exit(1);
  }

  // The watchdog's alarm, within what setitimer takes: at least a microsecond, at most a
  // year.
  static itimerval alarm_after(double seconds) {
    const double clamped = std::min(std::max(seconds, 1e-6), 365.0 * 24 * 3600);
    itimerval timer{};
    timer.it_value.tv_sec = static_cast<time_t>(clamped);
    timer.it_value.tv_usec =
        static_cast<suseconds_t>((clamped - static_cast<double>(timer.it_value.tv_sec)) * 1e6);
    if (timer.it_value.tv_sec == 0 && timer.it_value.tv_usec == 0) timer.it_value.tv_usec = 1;
    return timer;
  }

  // The signals handled: the fatal ones, and the alarm only with a time limit.
  std::size_t handled() const {
    return timeout_ > 0 ? fatal_signals.size() : fatal_signals.size() - 1;
  }

  void arm() {
    active_job = this;
    stack_t stack{};
    stack.ss_sp = signal_stack.data();
    stack.ss_size = signal_stack.size();
    ::sigaltstack(&stack, &old_stack_);
    struct sigaction action {};
    action.sa_handler = on_signal;
    action.sa_flags = SA_ONSTACK;
    sigfillset(&action.sa_mask);
    for (std::size_t k = 0; k < handled(); ++k) {
      ::sigaction(fatal_signals[k], &action, &old_actions_[k]);
    }
    if (timeout_ > 0) {
      const itimerval timer = alarm_after(timeout_);
      ::setitimer(ITIMER_REAL, &timer, &old_timer_);
    }
  }

  void disarm() {
    if (timeout_ > 0) ::setitimer(ITIMER_REAL, &old_timer_, nullptr);
    for (std::size_t k = 0; k < handled(); ++k) {
      ::sigaction(fatal_signals[k], &old_actions_[k], nullptr);
    }
    ::sigaltstack(&old_stack_, nullptr);
    active_job = nullptr;
  }

  static inline std::atomic<const in_process_job*> active_job{nullptr};
  static inline std::array<char, 1 << 16> signal_stack{};
  std::array<last_words, fatal_signals.size()> words_;
  std::array<struct sigaction, fatal_signals.size()> old_actions_{};
  stack_t old_stack_{};
  itimerval old_timer_{};
  double timeout_ = 0;
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
