// The commands of the CLI over many documents: extracting a batch, and verifying a folder of
// archived papers against their expected results.
#pragma once

#include <extract_plan/extract_plan.h>

#include <string>
#include <string_view>
#include <vector>

#include "inputs.h"
#include "workers.h"

namespace extract_plan::cli {

/// How each document of a batch is written.
enum class framing {
  listing,  ///< the readable listing
  json,     ///< a document object, or an array of them for several inputs
  jsonl,    ///< one document object a line
  csv,      ///< one row a record (or a cell, with --tables)
};

/// Settings shared by the batch commands.
struct batch_settings {
  options reading;  ///< how the library reads each document
  framing format = framing::listing;
  bool tables = false;    ///< every table as grids, not the action-plan records
  bool as_array = false;  ///< --json writes an array even of one document
  /// --csv-raw: cells a spreadsheet would run as formulas are written as they are
  csv_cells cells = csv_cells::safe;
  bool csv_bom = false;   ///< --csv-bom: CSV starts with a UTF-8 byte-order mark
  std::string out_dir;    ///< one file per input there, instead of one stream
  std::string output;     ///< -o FILE; empty for standard output
  std::string debug_dir;  ///< --debug DIR; empty for none
  int workers = 1;
  /// Seconds a document may take in all: the library stops there (too_slow), and the
  /// watchdog a little later should the library not (timed_out).
  double timeout = 600;
  double memory_limit = 1024;  ///< MiB a document's process may hold (too_large); 0: none
  bool quiet = false;          ///< no progress line or summary
};

/// Returns `text` with its control characters written as escapes (\n, \r, \t, \x1b ...),
/// so that a file name or a message quoting a document can never make one message two lines,
/// nor move the terminal's cursor.
std::string printable(std::string_view text);

/// Returns the file name of a path, without its folders: what source.file holds.
std::string file_name_of(const std::string& path);

/// Returns the worker pool's settings: -j workers, and the watchdog's limits per job: the
/// --timeout with a grace after it, the --memory-limit.
pool_settings pool_of(const batch_settings& s);

/// Extracts every input and writes the results in input order. Returns the exit status: 0
/// when every input succeeded, 1 when any failed.
int run_batch(const std::vector<input>& inputs, const batch_settings& settings);

/// `extract-plan verify`: what verify needs besides the batch settings.
struct verify_settings {
  bool update = false;              ///< rewrite the expected files
  std::vector<std::string> ignore;  ///< JSON paths not compared
};

/// Finds every NAME.pdf under `paths` with NAME.expected.json beside it (a PDF named itself
/// needs its expected file), extracts it, compares, and prints "ok" or each difference, then
/// "N passed, M failed". A failed input compares its error entry; diagnostics and errors
/// compare by code and page, not message. With `update`, a differing expected file is
/// rewritten and a missing one written (", K expected files written"). Returns 0 when all
/// passed (or were written), else 1.
int run_verify(const std::vector<std::string>& paths, const batch_settings& settings,
               const verify_settings& verify);

}  // namespace extract_plan::cli
