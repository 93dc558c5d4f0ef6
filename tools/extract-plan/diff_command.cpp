#include "diff_command.h"

#include <filesystem>
#include <iostream>
#include <map>

#include "inputs.h"
#include "workers.h"

namespace extract_plan::cli {
namespace {

namespace fs = std::filesystem;

struct pair_job {
  std::string name;
  std::string old_path, new_path;  // empty on the side that lacks the file
};

// The files of two folders paired by their path below each, in byte order of name.
std::vector<pair_job> pair_folders(const std::string& old_dir, const std::string& new_dir) {
  std::map<std::string, pair_job> by_name;
  for (const input& in : expand_inputs({old_dir}, {}).inputs) {
    by_name[in.name].name = in.name;
    by_name[in.name].old_path = in.path;
  }
  for (const input& in : expand_inputs({new_dir}, {}).inputs) {
    by_name[in.name].name = in.name;
    by_name[in.name].new_path = in.path;
  }
  std::vector<pair_job> out;
  out.reserve(by_name.size());
  for (auto& [name, job] : by_name) out.push_back(std::move(job));
  return out;
}

// The work of one worker: both versions read, compared, and formatted.
job_result diff_pair(const pair_job& job, bool as_json, bool one_line, const options& opts) {
  job_result r;
  if (job.old_path.empty() || job.new_path.empty()) {
    r.ok = true;
    r.records = 1;  // a file only on one side is a change
    const std::string why =
        std::string("only in the ") + (job.old_path.empty() ? "new" : "old") + " folder";
    r.payload = as_json
                    ? error_json(file_name_of(job.old_path.empty() ? job.new_path : job.old_path),
                                 "unpaired", why, json_layout::one_line)
                    : job.name + ": " + why + "\n";
    return r;
  }
  const std::string* failed_path = &job.old_path;
  try {
    const document old_doc = read_document(job.old_path, opts);
    failed_path = &job.new_path;
    const document new_doc = read_document(job.new_path, opts);
    const document_diff d = diff_documents(old_doc, new_doc);
    r.ok = true;
    r.records = static_cast<int>(d.changes.size());
    r.payload = as_json ? to_json(d, one_line ? json_layout::one_line : json_layout::indented)
                        : to_report(d);
  } catch (const error& e) {
    r.error_code = to_string(e.code());
    r.error_message = *failed_path + ": " + e.what();
  }
  return r;
}

}  // namespace

int run_diff(const std::string& old_path, const std::string& new_path, bool as_json,
             const batch_settings& settings) {
  std::error_code ec;
  const bool folders = fs::is_directory(old_path, ec) && fs::is_directory(new_path, ec);
  const std::vector<pair_job> jobs =
      folders ? pair_folders(old_path, new_path)
              : std::vector<pair_job>{{fs::path(new_path).stem().string(), old_path, new_path}};
  bool changed = false, trouble = false;
  std::cout.flush();
  run_jobs(
      jobs.size(), pool_of(settings),
      [&](std::size_t i) { return diff_pair(jobs[i], as_json, folders, settings.reading); },
      [&](std::size_t, job_result&& r) {
        if (!r.ok) {
          std::cerr << "extract-plan: " << printable(r.error_message) << " (" << r.error_code
                    << ")\n";
          trouble = true;
          return;
        }
        changed = changed || r.records > 0;
        std::cout << r.payload
                  << (as_json || r.payload.empty() || r.payload.back() != '\n' ? "\n" : "");
        if (!as_json && folders) std::cout << '\n';
        std::cout.flush();
      },
      [](const pool_progress&) {});
  return trouble ? 2 : changed ? 1 : 0;
}

}  // namespace extract_plan::cli
