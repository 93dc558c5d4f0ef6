// Reading a document in a helper process of its own, for a host that takes untrusted files:
// whatever the PDF does to the reader (a crash, a loop Poppler cannot be stopped in, memory
// past any estimate), the host keeps its memory and its time. The helper
// (tools/extract-plan-helper) is started with posix_spawn, never a bare fork of what may be a
// multi-threaded host, with an address-space limit and a CPU-time limit of its own, and a
// timer here; it gives back the JSON the call would have given, or its error.
#pragma once

#include <string>

#include "extract_plan/extract_plan.h"

namespace extract_plan {

/// What a helper reads: an open regular file (a document's own, or a memfd holding a
/// buffer's bytes), named `name` in the result.
struct isolated_input {
  int fd = -1;
  std::string name;
};

/// Reads `input` in a helper process with `options_json` (the C API's options, "isolate"
/// left out) and returns the JSON text it gives. The helper may take `memory_limit` bytes
/// more than it starts with (0: no limit) and `time_limit` seconds (0: none; a second more
/// before it is stopped). Throws extract_plan::error: the helper's own error, crashed (it
/// died), timed_out (it was stopped at its time), too_large (it ran out of memory), or
/// read_failed (it could not be started: the message says where it was looked for).
std::string read_isolated(const isolated_input& input, const std::string& options_json,
                          std::size_t memory_limit, double time_limit);

/// Returns `opts` as the C API's options JSON, "tables" as asked; what JSON cannot carry
/// (progress, trace) left out.
std::string options_json_of(const options& opts, bool tables);

/// Reads `input` in a helper with `opts` and returns the JSON it gives: to_tables_json()'s
/// text when `tables`, else to_json()'s. Throws as read_isolated() does.
std::string read_json_isolated(const isolated_input& input, const options& opts, bool tables);

/// Reads `input` in a helper, as extract_file() reads a file with options::isolate: the
/// records, and the grids too when opts.grids (a second helper), rebuilt from the JSON.
document read_document_isolated(const isolated_input& input, const options& opts);

/// A memfd (a regular file in memory) holding a buffer's bytes, to hand them to a helper;
/// closed when it goes.
class memory_file {
 public:
  /// Copies `size` bytes at `data` into it. Throws extract_plan::error (read_failed) when
  /// none can be made.
  memory_file(const void* data, std::size_t size);
  ~memory_file();
  memory_file(const memory_file&) = delete;
  memory_file& operator=(const memory_file&) = delete;

  /// Returns its descriptor, which stays the memory_file's.
  int descriptor() const { return fd_; }

 private:
  int fd_ = -1;
};

}  // namespace extract_plan
