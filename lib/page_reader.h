// Reading pages ahead: Poppler reads the next pages on a thread of its own while the stages
// work on this one, so that a document takes about as long as Poppler alone takes to read
// it. Only that thread calls Poppler while it runs, and each page is handed over in order
// with the doubts its reading raised: the result is the same as reading the pages in turn.
#pragma once

#include <pthread.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "page.h"
#include "pdf/pdf_reader.h"

namespace extract_plan {

/// How many pages the reading thread may be ahead of the stages: enough that a page harder
/// to read than the one before never leaves the stages waiting, and few enough that the
/// pages in flight cost little memory.
inline constexpr std::size_t pages_read_ahead = 2;

/// Reads the pages of a document in order, each as the stages take it (to_page).
class page_reader {
 public:
  /// Starts reading `pages` of `pdf`, which must outlive the reader, each within `budget`
  /// and all within `time_limit` seconds of `started` (none for 0 or less, or infinity): on a
  /// thread of its own when `ahead` (and the system gives one), else each page as next()
  /// asks for it.
  page_reader(pdf::pdf_file& pdf, std::vector<int> pages, const pdf::page_budget& budget,
              std::chrono::steady_clock::time_point started, double time_limit, bool ahead);
  /// Stops the reading thread: at once if it waits, when its page ends if it reads.
  ~page_reader();
  page_reader(const page_reader&) = delete;
  page_reader& operator=(const page_reader&) = delete;

  /// Returns the next page, the doubts its reading raised appended to `diagnostics`; nothing
  /// after the last. Throws what reading it threw, and error(errc::too_slow) once the
  /// deadline has passed.
  std::optional<page> next(std::vector<diagnostic>& diagnostics);

 private:
  struct read_page {
    page p;
    std::vector<diagnostic> diagnostics;
    std::exception_ptr failure;
  };
  read_page read(std::size_t i);
  void read_all();               // what the reading thread does
  static void* run(void* self);  // its start

  pdf::pdf_file& pdf_;
  std::vector<int> pages_;
  pdf::page_budget budget_;
  std::optional<std::chrono::steady_clock::time_point> deadline_;
  double time_limit_;
  std::size_t taken_ = 0;  // pages handed over by next()

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<read_page> ready_;  // read, not yet taken
  bool ended_ = false;           // the reading thread has returned
  std::atomic<bool> stop_{false};
  // A POSIX thread, not a std::thread: one that cannot be made leaves the pages to be read in
  // turn, where std::thread would throw.
  pthread_t thread_{};
  bool threaded_ = false;
};

}  // namespace extract_plan
