// The batch runner's worker pool: results in input order, and a job that crashes or hangs
// its worker costs only its own result. The crash and the hang are real: a job here raises
// SIGSEGV or loops, in a forked worker, as a document that breaks Poppler would.
#include "workers.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <thread>

using extract_plan::cli::job_result;
using extract_plan::cli::pool_settings;
using extract_plan::cli::run_jobs;

namespace {

job_result ok_result(std::size_t i) {
  job_result r;
  r.ok = true;
  r.records = static_cast<int>(i);
  r.pages = 1;
  r.payload = "job " + std::to_string(i) + std::string(100000 * (i % 3), 'x');
  return r;
}

std::vector<job_result> run(std::size_t count, int workers, double timeout,
                            const std::function<job_result(std::size_t)>& work,
                            std::vector<std::size_t>* order = nullptr, double memory_mib = 0) {
  std::vector<job_result> out(count);
  run_jobs(
      count, pool_settings{workers, timeout, memory_mib, {}}, work,
      [&](std::size_t i, job_result&& r) {
        if (order) order->push_back(i);
        out[i] = std::move(r);
      },
      [](const auto&) {});
  return out;
}

// What a lone job run in process left: what it delivered, or the last words written as it
// died, and how the process ended. It runs in a forked child, so that its real crash ends the
// child and not the test runner.
struct lone_run {
  std::string out;  ///< standard output, then a line, then standard error
  int status = 0;
};

lone_run run_in_process(double timeout, const std::function<job_result(std::size_t)>& work,
                        double memory_mib = 0) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fds[1], STDOUT_FILENO);
    ::dup2(fds[1], STDERR_FILENO);
    pool_settings settings{1, timeout, memory_mib, {}};
    settings.in_process = [](const job_result& lost) {
      return extract_plan::cli::last_words{"out: " + lost.error_code + "\n",
                                           "err: " + lost.error_message + "\n"};
    };
    run_jobs(
        1, settings, work,
        [](std::size_t, job_result&& r) {
          const std::string said = "delivered: " + r.payload + "\n";
          (void)!::write(STDOUT_FILENO, said.data(), said.size());
        },
        [](const auto&) {});
    // Past the time limit, so that an alarm left armed would still go off.
    std::this_thread::sleep_for(std::chrono::duration<double>(2 * timeout + 0.3));
    ::_exit(0);
  }
  ::close(fds[1]);
  lone_run run;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) {
    run.out.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  ::waitpid(pid, &run.status, 0);
  return run;
}

// Takes memory a megabyte at a time, touching every byte, as a page that holds ever more
// text would: two gigabytes in two seconds unless stopped.
job_result hog(std::size_t i) {
  std::vector<std::unique_ptr<char[]>> held;
  for (int k = 0; k < 2000; ++k) {
    held.emplace_back(new char[1 << 20]);
    std::memset(held.back().get(), 1, 1 << 20);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return ok_result(i + held.size());
}

}  // namespace

TEST_SUITE("workers") {
  TEST_CASE("a worker over its memory limit is stopped as too_large, and the others succeed") {
    const auto results = run(
        3, 2, 0, [](std::size_t i) { return i == 1 ? hog(i) : ok_result(i); }, nullptr, 100);
    CHECK(results[0].ok);
    CHECK(results[1].error_code == "too_large");
    CHECK(results[1].error_message == "it took more than 100 MiB of memory; stopped");
    CHECK(results[2].ok);
  }

  TEST_CASE("a lone job in process over its memory limit writes too_large and exits 1") {
    const lone_run run = run_in_process(0, hog, 100);
    CHECK(run.out == "out: too_large\nerr: it took more than 100 MiB of memory; stopped\n");
    REQUIRE(WIFEXITED(run.status));
    CHECK(WEXITSTATUS(run.status) == 1);
  }

  TEST_CASE("a lone job in process within its limits is delivered, the watchdog never seen") {
    const lone_run run = run_in_process(
        1,
        [](std::size_t i) {
          // Sleeps and reads across many of the watchdog's alarms.
          for (int k = 0; k < 5; ++k) std::this_thread::sleep_for(std::chrono::milliseconds(100));
          return ok_result(i);
        },
        4096);
    CHECK(run.out == "delivered: job 0\n");
    REQUIRE(WIFEXITED(run.status));  // not killed by an alarm left armed
    CHECK(WEXITSTATUS(run.status) == 0);
  }

  TEST_CASE("a lone job in process delivers its result, in the same process") {
    const pid_t self = ::getpid();
    std::vector<job_result> out(1);
    pool_settings settings{4, 0, 0, {}};
    settings.in_process = [](const job_result&) { return extract_plan::cli::last_words{}; };
    run_jobs(
        1, settings,
        [self](std::size_t i) {
          job_result r = ok_result(i);
          r.ok = ::getpid() == self;  // not forked
          return r;
        },
        [&](std::size_t i, job_result&& r) { out[i] = std::move(r); }, [](const auto&) {});
    CHECK(out[0].ok);
    CHECK(out[0].payload == ok_result(0).payload);
  }

  TEST_CASE("a lone job in process that crashes writes its last words and exits 1") {
    const lone_run run = run_in_process(0, [](std::size_t) -> job_result {
      ::raise(SIGSEGV);
      return {};
    });
    CHECK(run.out == "out: crashed\nerr: the process reading it died: Segmentation fault\n");
    REQUIRE(WIFEXITED(run.status));
    CHECK(WEXITSTATUS(run.status) == 1);
  }

  TEST_CASE("a lone job in process whose stack overflows is still reported as crashed") {
    const lone_run run = run_in_process(0, [](std::size_t) -> job_result {
      // Unbounded recursion that the optimiser cannot turn into a loop.
      std::function<int(int)> deeper = [&](int depth) {
        volatile char frame[512];
        frame[0] = static_cast<char>(depth);
        return deeper(depth + 1) + frame[0];
      };
      return ok_result(static_cast<std::size_t>(deeper(0)));
    });
    CHECK(run.out.rfind("out: crashed\n", 0) == 0);
    REQUIRE(WIFEXITED(run.status));
    CHECK(WEXITSTATUS(run.status) == 1);
  }

  TEST_CASE("a lone job in process that hangs is stopped at the time limit as timed_out") {
    const auto started = std::chrono::steady_clock::now();
    const lone_run run = run_in_process(0.3, [](std::size_t i) {
      for (;;) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      return ok_result(i);
    });
    CHECK(run.out == "out: timed_out\nerr: still running after 0.3 s; stopped\n");
    CHECK(WEXITSTATUS(run.status) == 1);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  }

  TEST_CASE("a lone job in process that ends in time is delivered, and the alarm is off") {
    const lone_run run = run_in_process(0.2, [](std::size_t i) { return ok_result(i); });
    CHECK(run.out == "delivered: job 0\n");
    REQUIRE(WIFEXITED(run.status));  // not killed by an alarm left armed
    CHECK(WEXITSTATUS(run.status) == 0);
  }

  TEST_CASE("delivers every result in input order, whatever the number of workers") {
    for (const int workers : {1, 2, 5}) {
      std::vector<std::size_t> order;
      // Later jobs finish first: the pool must still deliver job 0 first.
      const auto results = run(
          9, workers, 0,
          [](std::size_t i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5 * (9 - i)));
            return ok_result(i);
          },
          &order);
      CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6, 7, 8});
      for (std::size_t i = 0; i < results.size(); ++i) {
        CHECK(results[i].ok);
        CHECK(results[i].records == static_cast<int>(i));
        CHECK(results[i].payload == ok_result(i).payload);  // 200 KB crosses the pipe whole
      }
    }
  }

  TEST_CASE("a worker that crashes fails its own job as crashed, and the others succeed") {
    const auto results = run(4, 2, 0, [](std::size_t i) {
      if (i == 1) ::raise(SIGSEGV);
      return ok_result(i);
    });
    CHECK(results[0].ok);
    CHECK_FALSE(results[1].ok);
    CHECK(results[1].error_code == "crashed");
    CHECK(results[2].ok);
    CHECK(results[3].ok);
  }

  TEST_CASE("a worker that hangs is stopped at the time limit as timed_out") {
    const auto started = std::chrono::steady_clock::now();
    const auto results = run(3, 2, 0.5, [](std::size_t i) {
      while (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      return ok_result(i);
    });
    CHECK(results[0].error_code == "timed_out");
    CHECK(results[1].ok);
    CHECK(results[2].ok);
    // Stopped at the limit, not waited for: the others take no time at all.
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  }

  TEST_CASE("an exception in a job is its own failure") {
    const auto results = run(2, 1, 0, [](std::size_t i) -> job_result {
      if (i == 0) throw std::runtime_error("boom");
      return ok_result(i);
    });
    CHECK(results[0].error_code == "internal");
    CHECK(results[1].ok);
  }

  TEST_CASE("a worker that finishes just as the watchdog fires keeps its result") {
    const auto results = run(1, 1, 0.2, [](std::size_t i) {
      job_result r = ok_result(i);
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
      return r;
    });
    CHECK(results[0].ok);
  }

  TEST_CASE("a worker that exits without a word is crashed") {
    const auto results = run(1, 1, 0, [](std::size_t) -> job_result { ::_exit(0); });
    CHECK(results[0].error_code == "crashed");
  }
}
