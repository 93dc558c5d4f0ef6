#include "inputs.h"

#include <algorithm>
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

std::string stem_of(const fs::path& p) { return (p.parent_path() / p.stem()).generic_string(); }

void add_path(const std::string& arg, std::vector<input>& out) {
  std::error_code ec;
  if (!fs::is_directory(arg, ec)) {
    out.push_back({arg, fs::path(arg).stem().string()});
    return;
  }
  std::vector<fs::path> found;
  // Unreadable folders below are skipped rather than stopping the batch.
  for (auto it =
           fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && is_pdf_name(it->path())) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& p : found) {
    out.push_back({p.string(), stem_of(p.lexically_relative(arg))});
  }
}

void add_list(std::istream& in, std::vector<input>& out) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) add_path(line, out);
  }
}

}  // namespace

std::vector<input> expand_inputs(const std::vector<std::string>& arguments,
                                 const std::vector<std::string>& lists) {
  std::vector<input> out;
  for (const std::string& arg : arguments) add_path(arg, out);
  for (const std::string& list : lists) {
    if (list == "-") {
      add_list(std::cin, out);
      continue;
    }
    std::ifstream in(list);
    if (!in) throw std::runtime_error("cannot read the list of files " + list);
    add_list(in, out);
  }
  return out;
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
