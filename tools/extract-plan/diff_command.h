// `extract-plan diff OLD NEW`: what changed between two versions of a plan, or between the
// files of the same names in two folders.
#pragma once

#include <string>

#include "batch.h"

namespace extract_plan::cli {

/// Compares OLD and NEW (two PDFs, or two folders whose PDFs are paired by name) and writes
/// the report, or JSON (one object; JSON Lines for folders) with `as_json`. Returns 0 when
/// nothing changed, 1 when something did, 2 when a file could not be read.
int run_diff(const std::string& old_path, const std::string& new_path, bool as_json,
             const batch_settings& settings);

}  // namespace extract_plan::cli
