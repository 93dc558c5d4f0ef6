#include "workers.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

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
// then the payload's bytes. A worker that dies before the end leaves a short message.
std::string encode(const job_result& r) {
  nlohmann::json head = {{"ok", r.ok},       {"code", r.error_code}, {"message", r.error_message},
                         {"pages", r.pages}, {"records", r.records}, {"payload", r.payload.size()}};
  const std::string h = head.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return std::to_string(h.size()) + "\n" + h + r.payload;
}

std::optional<job_result> decode(const std::string& bytes) {
  const std::size_t newline = bytes.find('\n');
  if (newline == std::string::npos || newline > 20) return std::nullopt;
  const std::size_t head_size = std::stoul(bytes.substr(0, newline));
  if (bytes.size() < newline + 1 + head_size) return std::nullopt;
  const nlohmann::json head =
      nlohmann::json::parse(bytes.substr(newline + 1, head_size), nullptr, false);
  if (head.is_discarded()) return std::nullopt;
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

job_result failure(const char* code, std::string message) {
  job_result r;
  r.error_code = code;
  r.error_message = std::move(message);
  return r;
}

struct running {
  pid_t pid = -1;
  int fd = -1;
  std::string bytes;
  clock_type::time_point started;
  bool killed = false;
};

// The result of a finished worker, from what it wrote and how it ended.
job_result finish(running& w, double timeout_seconds) {
  int status = 0;
  while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (w.killed) {
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", timeout_seconds);
    return failure("timed_out",
                   std::string("still running after ") + limit + " s; the worker was stopped");
  }
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return failure("crashed", std::string("the worker reading it died: ") + strsignal(sig));
  }
  if (std::optional<job_result> r = decode(w.bytes)) return std::move(*r);
  return failure("crashed", "the worker reading it exited without a result (status " +
                                std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ")");
}

}  // namespace

void run_jobs(std::size_t count, const pool_settings& settings,
              const std::function<job_result(std::size_t)>& work,
              const std::function<void(std::size_t, job_result&&)>& deliver,
              const std::function<void(const pool_progress&)>& tick) {
  const std::size_t workers = static_cast<std::size_t>(std::max(settings.workers, 1));
  // Results wait here until all before them are delivered; a job starts only this far ahead
  // of the first undelivered one, so a slow document never makes the others pile up.
  const std::size_t lookahead = 4 * workers + 4;
  std::map<std::size_t, running> active;
  std::map<std::size_t, job_result> finished;
  std::size_t next_job = 0, next_delivery = 0;
  pool_progress progress;

  auto start = [&](std::size_t job) {
    int fds[2];
    if (::pipe(fds) != 0) {
      finished[job] = failure("internal", std::string("cannot make a pipe: ") + strerror(errno));
      return;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      finished[job] = failure("internal", std::string("cannot fork: ") + strerror(errno));
      return;
    }
    if (pid == 0) {
      // A worker that faults dies of it, whatever handlers the parent installed (a test
      // runner's, a host's crash reporter): its death is how the parent knows.
      for (const int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) ::signal(sig, SIG_DFL);
      ::close(fds[0]);
      for (const auto& [other, w] : active) ::close(w.fd);
      job_result r;
      try {
        r = work(job);
      } catch (const std::exception& e) {
        r = failure("internal", std::string("internal error: ") + e.what());
      } catch (...) {
        r = failure("internal", "internal error");
      }
      const bool sent = write_all(fds[1], encode(r));
      ::_exit(sent ? 0 : 3);
    }
    ::close(fds[1]);
    running w;
    w.pid = pid;
    w.fd = fds[0];
    w.started = clock_type::now();
    active.emplace(job, std::move(w));
    progress.current = job;
  };

  while (next_delivery < count) {
    while (active.size() < workers && next_job < count && next_job < next_delivery + lookahead) {
      start(next_job++);
      tick(progress);
    }
    // Deliver what is ready, in order.
    for (auto it = finished.find(next_delivery); it != finished.end();
         it = finished.find(next_delivery)) {
      deliver(next_delivery, std::move(it->second));
      finished.erase(it);
      ++next_delivery;
    }
    if (active.empty()) continue;

    std::vector<pollfd> fds;
    std::vector<std::size_t> jobs;
    for (const auto& [job, w] : active) {
      fds.push_back({w.fd, POLLIN, 0});
      jobs.push_back(job);
    }
    const int ready = ::poll(fds.data(), fds.size(), 500);
    if (ready < 0 && errno != EINTR) break;
    for (std::size_t k = 0; k < fds.size(); ++k) {
      if (fds[k].revents == 0) continue;
      running& w = active[jobs[k]];
      char buffer[65536];
      const ssize_t n = ::read(w.fd, buffer, sizeof buffer);
      if (n > 0) {
        w.bytes.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
      ::close(w.fd);
      job_result r = finish(w, settings.timeout_seconds);
      ++progress.done;
      progress.pages += r.pages;
      finished[jobs[k]] = std::move(r);
      active.erase(jobs[k]);
    }
    // The watchdog: a worker past its time is killed; its pipe then closes and it is reaped
    // above, as timed out.
    if (settings.timeout_seconds > 0) {
      const auto now = clock_type::now();
      for (auto& [job, w] : active) {
        const std::chrono::duration<double> ran = now - w.started;
        if (!w.killed && ran.count() > settings.timeout_seconds) {
          ::kill(w.pid, SIGKILL);
          w.killed = true;
        }
      }
    }
    tick(progress);
  }
}

}  // namespace extract_plan::cli
