// The inputs of a batch: files, folders searched for PDFs, and lists of paths.
#pragma once

#include <string>
#include <vector>

#include "extract_plan/extract_plan.h"

namespace extract_plan::cli {

/// One document to read.
struct input {
  std::string path;  ///< as given, or found under a folder given
  /// The name its own output files take, without extension: the path below the folder it
  /// was found in ("2021/cabinet-03"), or for a file named by itself or in a list its path
  /// below the deepest folder all such files share (a file alone: its own name).
  std::string name;
};

/// What expand_inputs() found.
struct input_list {
  std::vector<input> inputs;
  /// Folders that could not be read to the end, each "FOLDER: why": the batch reports them
  /// and fails, rather than quietly reading part of an archive.
  std::vector<std::string> unreadable;
};

/// Expands the inputs in order: a folder gives every file below it whose name ends in
/// ".pdf" in any letter case, in byte order of path (as `LC_ALL=C sort` orders them);
/// anything else is taken as a file (a missing one fails when it is read). `lists` are files
/// of paths, one a line ("-" is standard input), read after the arguments. Throws
/// std::runtime_error for a list that cannot be read.
input_list expand_inputs(const std::vector<std::string>& arguments,
                         const std::vector<std::string>& lists);

/// Reads one input: "-" or "/dev/stdin" is standard input, read to its end (no more than
/// `opts.memory_limit` bytes: too_large) and named "stdin"; any other path is a file, which
/// the library reads only if it is a regular one. Throws extract_plan::error.
document read_document(const std::string& path, const options& opts);

/// Returns the first two inputs whose output names are the same, as "A and B", or "".
std::string clashing_names(const std::vector<input>& inputs);

}  // namespace extract_plan::cli
