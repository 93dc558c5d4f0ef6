#include "page_reader.h"

#include <signal.h>

#include <cstdio>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <utility>

#include "extract.h"

namespace extract_plan {

namespace {

error too_slow(double seconds) {
  char limit[32];
  std::snprintf(limit, sizeof limit, "%g", seconds);
  return error(errc::too_slow, std::string("reading the document took longer than its time "
                                           "limit of ") +
                                   limit + " s");
}

}  // namespace

page_reader::page_reader(pdf::pdf_file& pdf, std::vector<int> pages, const pdf::page_budget& budget,
                         std::chrono::steady_clock::time_point started, double time_limit,
                         bool ahead)
    : pdf_(pdf), pages_(std::move(pages)), budget_(budget), time_limit_(time_limit) {
  constexpr double a_year = 365.0 * 24 * 3600;
  if (time_limit > 0 && time_limit < a_year) {
    deadline_ = started + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                              std::chrono::duration<double>(time_limit));
  }
  if (ahead && !pages_.empty()) {
    threaded_ = ::pthread_create(&thread_, nullptr, &page_reader::run, this) == 0;
  }
}

page_reader::~page_reader() {
  if (!threaded_) return;
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  ::pthread_join(thread_, nullptr);
}

void* page_reader::run(void* self) {
  // A stack of its own for signal handlers, as the calling thread may have: a host that
  // reports a crash (the CLI writes its error entry and exits) can then do so even when
  // Poppler overflows this thread's stack. Unused unless a handler asks for it.
  constexpr std::size_t signal_stack_size = 1 << 16;
  const std::unique_ptr<char[]> signal_stack(new (std::nothrow) char[signal_stack_size]);
  stack_t stack{};
  stack.ss_sp = signal_stack.get();
  stack.ss_size = signal_stack_size;
  if (signal_stack) ::sigaltstack(&stack, nullptr);
  static_cast<page_reader*>(self)->read_all();
  stack.ss_flags = SS_DISABLE;
  if (signal_stack) ::sigaltstack(&stack, nullptr);
  return nullptr;
}

page_reader::read_page page_reader::read(std::size_t i) {
  read_page r;
  try {
    pdf::page_budget budget = budget_;
    if (deadline_) {
      // A page may take what is left of the document's time, and no page starts after it.
      const std::chrono::duration<double> left = *deadline_ - std::chrono::steady_clock::now();
      if (left.count() <= 0) throw too_slow(time_limit_);
      if (!(budget.seconds > 0) || left.count() < budget.seconds) budget.seconds = left.count();
    }
    r.p = to_page(pdf_.read_page(pages_[i], r.diagnostics, budget, &stop_));
    if (deadline_ && r.p.cut_short && std::chrono::steady_clock::now() >= *deadline_) {
      throw too_slow(time_limit_);
    }
  } catch (...) {
    r.failure = std::current_exception();
  }
  return r;
}

void page_reader::read_all() {
  try {
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return stop_ || ready_.size() < pages_read_ahead; });
        if (stop_) break;
      }
      read_page r = read(i);
      const bool failed = static_cast<bool>(r.failure);
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        ready_.push_back(std::move(r));
      }
      changed_.notify_all();
      if (failed) break;  // next() throws it; nothing after it is read
    }
  } catch (...) {
    // A lock that failed, or no memory for the queue: next() finds the reading ended.
  }
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    ended_ = true;
  }
  changed_.notify_all();
}

std::optional<page> page_reader::next(std::vector<diagnostic>& diagnostics) {
  if (taken_ == pages_.size()) return std::nullopt;
  read_page r;
  if (threaded_) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !ready_.empty() || ended_; });
    if (ready_.empty()) throw std::runtime_error("the reading thread ended before the last page");
    r = std::move(ready_.front());
    ready_.pop_front();
    lock.unlock();
    changed_.notify_all();
  } else {
    r = read(taken_);
  }
  ++taken_;
  if (r.failure) {
    taken_ = pages_.size();
    std::rethrow_exception(r.failure);
  }
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(r.diagnostics.begin()),
                     std::make_move_iterator(r.diagnostics.end()));
  return std::move(r.p);
}

}  // namespace extract_plan
