#include "inputs.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>

namespace extract_plan::cli {
namespace {

namespace fs = std::filesystem;

bool is_pdf_name(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pdf";
}

// A path without its extension, as the name of output files below an output folder: no
// root and no leading "..", so that it always lands inside that folder.
std::string output_name(const fs::path& p) {
  fs::path out;
  for (const fs::path& part : (p.parent_path() / p.stem()).lexically_normal().relative_path()) {
    if (out.empty() && (part == ".." || part == ".")) continue;
    out /= part;
  }
  return out.generic_string();
}

// Walks a folder and those below it, never through a link to a folder (which may loop back
// up): a subfolder it cannot read is reported, and every entry named .pdf that is not a
// folder is taken, so that a pipe or a device among them fails with its reason when it is
// read rather than vanishing from the batch.
void add_folder(const std::string& folder, input_list& out) {
  std::vector<std::string> found;
  std::vector<fs::path> pending{folder};
  while (!pending.empty()) {
    const fs::path dir = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
        pending.push_back(it->path());
      } else if (is_pdf_name(it->path()) && !it->is_directory(type_ec)) {
        found.push_back(it->path());
      }
    }
    if (ec) out.unreadable.push_back(dir.string() + ": " + ec.message());
  }
  // Byte order of the whole path, as `LC_ALL=C sort` gives a list of them, so that a folder
  // read whole and a sorted list of its files come out in the same order.
  std::sort(found.begin(), found.end());
  std::sort(out.unreadable.begin(), out.unreadable.end());
  for (const std::string& p : found) {
    out.inputs.push_back({p, output_name(fs::path(p).lexically_relative(folder))});
  }
}

// Files named by themselves (not found in a folder) are named below their deepest common
// folder, once all are known (name_named_files).
void add_path(const std::string& arg, input_list& out, std::vector<std::size_t>& named) {
  std::error_code ec;
  if (fs::is_directory(arg, ec)) {
    add_folder(arg, out);
  } else {
    named.push_back(out.inputs.size());
    out.inputs.push_back({arg, output_name(arg)});
  }
}

// The deepest folder holding every one of `paths` (absolute, normal).
fs::path common_folder(const std::vector<fs::path>& paths) {
  fs::path common = paths.front().parent_path();
  for (const fs::path& p : paths) {
    fs::path shared;
    auto a = common.begin();
    auto b = p.begin();
    for (; a != common.end() && b != p.end() && *a == *b; ++a, ++b) shared /= *a;
    common = shared;
  }
  return common;
}

// Names each file named by itself by its path below the deepest folder the named files
// share: "/data/2021/cabinet.pdf" and "/data/2022/cabinet.pdf" become 2021/cabinet and
// 2022/cabinet, a file alone its own name.
void name_named_files(input_list& out, const std::vector<std::size_t>& named) {
  if (named.empty()) return;
  std::vector<fs::path> paths;
  paths.reserve(named.size());
  std::error_code ec;
  for (const std::size_t i : named) {
    paths.push_back(fs::absolute(out.inputs[i].path, ec).lexically_normal());
  }
  const fs::path common = common_folder(paths);
  for (std::size_t k = 0; k < named.size(); ++k) {
    out.inputs[named[k]].name = output_name(paths[k].lexically_relative(common));
  }
}

void add_list(std::istream& in, input_list& out, std::vector<std::size_t>& named) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) add_path(line, out, named);
  }
}

}  // namespace

input_list expand_inputs(const std::vector<std::string>& arguments,
                         const std::vector<std::string>& lists) {
  input_list out;
  std::vector<std::size_t> named;
  for (const std::string& arg : arguments) add_path(arg, out, named);
  for (const std::string& list : lists) {
    if (list == "-") {
      add_list(std::cin, out, named);
      continue;
    }
    std::ifstream in(list);
    if (!in) throw std::runtime_error("cannot read the list of files " + list);
    add_list(in, out, named);
  }
  name_named_files(out, named);
  return out;
}

document read_document(const std::string& path, const options& opts) {
  if (path != "-" && path != "/dev/stdin") return extract_file(path, opts);
  std::string bytes;
  char buffer[1 << 16];
  while (true) {
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      throw error(errc::read_failed,
                  std::string("cannot read standard input: ") + std::strerror(errno));
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
    if (opts.memory_limit > 0 && bytes.size() > opts.memory_limit) {
      throw error(errc::too_large, "standard input holds more than the memory limit of " +
                                       std::to_string(opts.memory_limit >> 20) + " MiB");
    }
  }
  return extract_buffer(bytes.data(), bytes.size(), "stdin", opts);
}

std::string clashing_names(const std::vector<input>& inputs) {
  std::map<std::string, const input*> seen;
  for (const input& in : inputs) {
    const auto [it, fresh] = seen.emplace(in.name, &in);
    if (!fresh) return it->second->path + " and " + in.path;
  }
  return "";
}

}  // namespace extract_plan::cli
