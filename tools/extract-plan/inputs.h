// The inputs of a batch: files, directories searched for PDFs, and lists of paths.
#pragma once

#include <string>
#include <vector>

namespace extract_plan::cli {

/// One document to read.
struct input {
  std::string path;  ///< as given, or found under a directory given
  /// The name its own output files take, without extension: the path below the directory it
  /// was found in ("2021/cabinet-03"), or the file's name for a file given by itself.
  std::string name;
};

/// Expands the inputs in order: a directory gives every file below it whose name ends in
/// ".pdf" in any letter case, in sorted order of path; anything else is taken as a file
/// (a missing one fails when it is read). `lists` are files of paths, one a line ("-" is
/// standard input), read after the arguments. Throws std::runtime_error for a list that
/// cannot be read.
std::vector<input> expand_inputs(const std::vector<std::string>& arguments,
                                 const std::vector<std::string>& lists);

/// Returns the first two inputs whose output names are the same, as "A and B", or "".
std::string clashing_names(const std::vector<input>& inputs);

}  // namespace extract_plan::cli
