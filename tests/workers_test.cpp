// The batch runner's worker pool: results in input order, and a job that crashes or hangs
// its worker costs only its own result. The crash and the hang are real: a job here raises
// SIGSEGV or loops, in a forked worker, as a document that breaks Poppler would.
#include "workers.h"

#include <doctest/doctest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
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
                            std::vector<std::size_t>* order = nullptr) {
  std::vector<job_result> out(count);
  run_jobs(
      count, pool_settings{workers, timeout}, work,
      [&](std::size_t i, job_result&& r) {
        if (order) order->push_back(i);
        out[i] = std::move(r);
      },
      [](const auto&) {});
  return out;
}

}  // namespace

TEST_SUITE("workers") {
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
