// Fuzz target: whole documents through the library under small limits, as a service that
// takes uploads would set them, failing on any call that exceeds them. The time is checked
// here (a call may overrun its time_limit by what is not cut, opening the file and typing the
// records, given a margin for the sanitizers); the memory by libFuzzer's -rss_limit_mb, which
// tests/fuzz/run sets for this target a little above memory_limit and the sanitizers' own.
#include <chrono>
#include <cstddef>
#include <cstdint>

#include "extract_plan/extract_plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace ep = extract_plan;
  ep::options opts;
  opts.time_limit = 2;
  opts.page_time_limit = 0.5;
  opts.memory_limit = std::size_t{256} << 20;
  opts.max_pages = 100;
  opts.max_page_fonts = 200;
  opts.read_ahead = size % 2 == 0;  // both ways of reading, the reading thread's and not
  const auto started = std::chrono::steady_clock::now();
  try {
    (void)ep::to_json(ep::extract_buffer(data, size, "fuzz.pdf", opts));
  } catch (const ep::error&) {
    // A clear error (too_slow, too_large among them) is a right answer.
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  constexpr double margin = 5;
  if (took.count() > 2 * opts.time_limit + margin) __builtin_trap();
  return 0;
}
