// Runs one job per input in a worker process of its own, a few at a time, and hands the results
// back in input order. A document that crashes Poppler or never ends takes its worker with it,
// not the batch: the others' results are all written.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace extract_plan::cli {

/// What a worker sends back for one job.
struct job_result {
  bool ok = false;
  std::string error_code;     ///< errc name, or "crashed" / "timed_out" / "internal"
  std::string error_message;  ///< for a failed job
  int pages = 0;              ///< pages read, for the progress line
  int records = 0;
  std::string payload;  ///< the job's output, formatted by the worker
};

/// What a process writes as it dies: its last bytes to standard output and to standard error.
struct last_words {
  std::string out, err;
};

/// How to run the jobs.
struct pool_settings {
  int workers = 1;             ///< jobs at once
  double timeout_seconds = 0;  ///< a job still running after this is killed; 0: none
  /// A job whose process takes more memory than this (resident, in MiB, beyond what the
  /// process held as the job began) is killed and fails as "too_large"; 0: none.
  double memory_limit_mib = 0;
  /// When set, a lone job runs in this process rather than in a forked worker: that spares the
  /// fork, about a millisecond, a tenth of a small document's time. Should the job die of a
  /// signal or overrun the time limit, the process writes what this returns for the failed
  /// result that stands for it, and exits with status 1. No other result is lost: there is
  /// none. It is called before the job starts, once for each way of dying.
  std::function<last_words(const job_result&)> in_process;
};

/// What the pool tells as it goes, for a progress line: jobs done, the pages they read, and
/// the input of the job most recently started.
struct pool_progress {
  std::size_t done = 0;
  long pages = 0;
  std::size_t current = 0;
};

/// Runs `work(i)` for every i < count, each in a forked process, at most settings.workers at
/// once, and calls `deliver(i, result)` in order of i, each as soon as it and all before it
/// are done. A worker killed by a signal gives the error "crashed", one over the time limit
/// "timed_out", one over the memory limit "too_large". `tick` is called whenever a job
/// starts or ends and a few times a second between.
/// The calling process must have no other threads (it forks, or for a lone job run in
/// process, it handles the fatal signals and SIGALRM until the job ends).
void run_jobs(std::size_t count, const pool_settings& settings,
              const std::function<job_result(std::size_t)>& work,
              const std::function<void(std::size_t, job_result&&)>& deliver,
              const std::function<void(const pool_progress&)>& tick);

}  // namespace extract_plan::cli
