// Fuzz target: whole documents, from the bytes of a PDF to the JSON of its records, through
// Poppler. Seeded with the samples and with decompressed copies of them (qpdf --qdf), so that
// mutations reach the content streams and so the words and rules (tests/fuzz/run).
#include <cstddef>
#include <cstdint>

#include "extract_plan/extract_plan.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace ep = extract_plan;
  ep::options opts;
  // A page built to loop is cut at a second, well inside the fuzzer's own time-out; reading
  // on the calling thread keeps each run the same.
  opts.page_time_limit = 1;
  opts.read_ahead = false;
  opts.grids = size % 2 == 0;
  try {
    const ep::document doc = ep::extract_buffer(data, size, "fuzz.pdf", opts);
    (void)ep::to_json(doc);
    if (opts.grids) (void)ep::to_tables_json(doc);
  } catch (const ep::error&) {
    // A clear error is a right answer to a broken file.
  }
  return 0;
}
