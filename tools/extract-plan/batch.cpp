#include "batch.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "output_files.h"
#include "workers.h"

namespace extract_plan::cli {
namespace {

namespace fs = std::filesystem;

std::string extension_of(const batch_settings& s) {
  const std::string kind = s.tables ? ".tables" : "";
  switch (s.format) {
    case framing::listing:
      return kind + ".txt";
    case framing::csv:
      return kind + ".csv";
    default:
      return kind + ".json";
  }
}

// Writes the picture of every page read and the document's review page into `below` (a
// path under `folder`, or ""). Returns an error message, or "".
std::string write_review(const input& in, const document& doc, const options& opts,
                         const output_folder& folder, const std::string& below) {
  auto picture_name = [](int page) {
    char name[32];
    std::snprintf(name, sizeof name, "page-%03d.png", page);
    return std::string(name);
  };
  std::vector<int> drawn;
  std::string problem;
  render_review_pages(
      in.path, doc,
      [&](int page, const std::string& png) {
        if (png.empty() || !problem.empty()) return;
        problem = folder.write_whole((fs::path(below) / picture_name(page)).string(), png);
        drawn.push_back(page);
      },
      opts);
  if (!problem.empty()) return problem;
  auto picture_of = [&](int page) {
    return std::find(drawn.begin(), drawn.end(), page) != drawn.end() ? picture_name(page)
                                                                      : std::string();
  };
  return folder.write_whole((fs::path(below) / "index.html").string(),
                            review_html(doc, picture_of));
}

// The work of one worker: read the document and format it as the batch writes it.
job_result extract_one(const input& in, const batch_settings& s, bool several) {
  job_result r;
  options opts = s.reading;
  // Workers on every core leave none for reading ahead; a lone document has them all.
  if (several && s.workers > 1) opts.read_ahead = false;
  opts.progress = [&r](int done, int) {
    r.pages = done;
    return true;
  };
  try {
    const document doc = read_document(in.path, opts);
    r.ok = true;
    r.records = static_cast<int>(doc.records.size());
    const json_layout layout = s.format == framing::jsonl && s.out_dir.empty()
                                   ? json_layout::one_line
                                   : json_layout::indented;
    switch (s.format) {
      case framing::listing:
        r.payload = to_listing(doc);
        break;
      case framing::csv:
        r.payload = s.tables ? to_tables_csv(doc, in.path, s.cells) : to_csv(doc, in.path, s.cells);
        break;
      default:
        r.payload = s.tables ? to_tables_json(doc, layout) : to_json(doc, layout);
    }
    if (!s.debug_dir.empty()) {
      // Made by the batch before the workers began; entered by its path, as the user named it.
      const output_folder folder(s.debug_dir, false);
      if (std::string problem = write_review(in, doc, s.reading, folder, several ? in.name : "");
          !problem.empty()) {
        r.ok = false;
        r.error_code = "write_failed";
        r.error_message = problem;
      }
    }
  } catch (const error& e) {
    r.ok = false;
    r.error_code = to_string(e.code());
    r.error_message = e.what();
  }
  return r;
}

// The progress line, on a terminal only: files done of all, pages a second, time left, and
// the file being read.
class progress_line {
 public:
  progress_line(const std::vector<input>& inputs, bool shown)
      : inputs_(inputs), shown_(shown), start_(std::chrono::steady_clock::now()) {}

  void update(const pool_progress& p) {
    if (!shown_) return;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(p.pages) / seconds : 0;
    std::string eta = "--:--";
    if (p.done > 0) {
      const long left = static_cast<long>(seconds / static_cast<double>(p.done) *
                                          static_cast<double>(inputs_.size() - p.done));
      char text[32];
      std::snprintf(text, sizeof text, "%ld:%02ld", left / 60, left % 60);
      eta = text;
    }
    char line[160];
    std::snprintf(line, sizeof line, "[%zu/%zu] %.1f pages/s, ETA %s, ", p.done, inputs_.size(),
                  rate, eta.c_str());
    std::cerr << "\r\033[K" << line
              << (p.current < inputs_.size() ? printable(inputs_[p.current].path) : "")
              << std::flush;
  }

  void clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  const std::vector<input>& inputs_;
  bool shown_;
  std::chrono::steady_clock::time_point start_;
};

std::string failure_line(const input& in, const job_result& r) {
  return "extract-plan: " + printable(in.path + ": " + r.error_message) + " (" + r.error_code +
         ")\n";
}

// Indents every line after the first by two spaces, to nest a document in an array.
std::string nest_in_array(const std::string& json) {
  std::string out;
  out.reserve(json.size() + json.size() / 8);
  out += "  ";
  for (const char c : json) {
    out.push_back(c);
    if (c == '\n') out += "  ";
  }
  return out;
}

// Warms up what every worker needs: the deadline grammar's expressions and ICU's data are
// made once here and inherited, not made again in each process. The text meets the needs of
// every form, so that all of them are compiled.
void warm_up() {
  (void)parse_deadline("w/c 1 May 2024, end of spring term 2024/25, summer Q2 2024/25");
  (void)parse_officer("Helen Phillips, Scrutiny & Support Officer");
  std::cout.flush();
  std::cerr.flush();
}

// Writes a batch's results, in input order, in its framing: to one stream, or to a file per
// input under --out-dir.
class batch_writer {
 public:
  /// `folder`: --out-dir's, when there is one.
  batch_writer(const std::vector<input>& inputs, const batch_settings& s, std::ostream& out,
               const output_folder* folder = nullptr)
      : inputs_(inputs),
        s_(s),
        out_(out),
        folder_(folder),
        several_(inputs.size() > 1 || s.as_array) {}

  void begin() {
    if (s_.out_dir.empty()) {
      if (s_.format == framing::csv) out_ << csv_start();
      if (s_.format == framing::json && several_) out_ << "[";
    }
    out_.flush();
  }

  // Writes one result; returns an error message when a file of --out-dir cannot be written.
  std::string write(std::size_t i, const job_result& r) {
    if (!s_.out_dir.empty()) return write_file(inputs_[i], r);
    write_stream(inputs_[i], r);
    // Streamed: each result reaches a downstream tool as soon as it and all before it exist.
    out_.flush();
    return "";
  }

  void end() {
    if (s_.out_dir.empty() && s_.format == framing::json && several_) {
      out_ << (written_ > 0 ? "\n]\n" : "]\n");
    }
    out_.flush();
  }

 private:
  // What a CSV file or stream starts with: a byte-order mark if asked, and the header row.
  std::string csv_start() const {
    return (s_.csv_bom ? "\xEF\xBB\xBF" : "") + (s_.tables ? tables_csv_header() : csv_header());
  }

  // A failed input leaves NAME.error.json, its error entry, so that the folder alone tells
  // what became of every input; a result and an error from an earlier run go, as each would
  // mislead.
  std::string write_file(const input& in, const job_result& r) {
    const std::string target = in.name + extension_of(s_);
    const std::string failure = in.name + ".error.json";
    folder_->remove(r.ok ? failure : target);
    if (!r.ok) {
      return folder_->write_whole(
          failure, error_json(file_name_of(in.path), r.error_code, r.error_message) + "\n");
    }
    std::string bytes;
    if (s_.format == framing::csv) bytes = csv_start();
    bytes += r.payload;
    if (s_.format != framing::csv && s_.format != framing::listing) bytes += '\n';
    return folder_->write_whole(target, bytes);
  }

  void write_stream(const input& in, const job_result& r) {
    const std::string name = file_name_of(in.path);
    switch (s_.format) {
      case framing::listing:
        if (!r.ok) break;
        if (several_) out_ << (written_ > 0 ? "\n" : "") << "== " << in.path << " ==\n";
        out_ << r.payload;
        ++written_;
        break;
      case framing::csv:
        if (r.ok) out_ << r.payload;
        break;
      case framing::jsonl:
        out_ << (r.ok ? r.payload
                      : error_json(name, r.error_code, r.error_message, json_layout::one_line))
             << '\n';
        break;
      case framing::json: {
        const std::string body = r.ok ? r.payload : error_json(name, r.error_code, r.error_message);
        if (several_) {
          out_ << (written_ > 0 ? ",\n" : "\n") << nest_in_array(body);
        } else {
          out_ << body << '\n';
        }
        ++written_;
        break;
      }
    }
  }

  const std::vector<input>& inputs_;
  const batch_settings& s_;
  std::ostream& out_;
  const output_folder* folder_;
  bool several_;
  std::size_t written_ = 0;
};

// DIR/index.html of a batch's reviews: a link to each document's own review page.
std::string write_review_index(const std::vector<input>& inputs, const std::vector<bool>& succeeded,
                               const output_folder& dir) {
  std::vector<review_link> links;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    links.push_back({inputs[i].path, succeeded[i] ? inputs[i].name + "/index.html" : ""});
  }
  return dir.write_whole("index.html", review_index_html(links));
}

// Writes a file whole or not at all in the folder its path names (verify's expected files,
// beside their PDFs). Returns "" or why not.
std::string write_beside(const std::string& path, const std::string& bytes) {
  const fs::path p(path);
  try {
    return output_folder(p.has_parent_path() ? p.parent_path().string() : ".", false)
        .write_whole(p.filename().string(), bytes);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7f) {
      out.push_back(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      const char* hex = "0123456789abcdef";
      out += "\\x";
      out.push_back(hex[u >> 4]);
      out.push_back(hex[u & 15]);
    }
  }
  return out;
}

std::string file_name_of(const std::string& path) { return fs::path(path).filename().string(); }

pool_settings pool_of(const batch_settings& s) {
  pool_settings p;
  p.workers = s.workers;
  // The library ends a document at its time limit by itself, with too_slow; the watchdog
  // stops one that it cannot (a loop inside Poppler), a little after.
  p.timeout_seconds = s.timeout > 0 ? s.timeout * 1.1 + 5 : 0;
  p.memory_limit_mib = s.memory_limit;
  return p;
}

int run_batch(const std::vector<input>& inputs, const batch_settings& s) {
  std::unique_ptr<output_folder> out_dir, debug_dir;
  std::unique_ptr<output_file> file;
  try {
    if (!s.out_dir.empty()) out_dir = std::make_unique<output_folder>(s.out_dir, true);
    if (!s.debug_dir.empty()) debug_dir = std::make_unique<output_folder>(s.debug_dir, true);
  } catch (const std::runtime_error& e) {
    std::cerr << "extract-plan: " << printable(e.what()) << '\n';
    return 1;
  }
  try {
    if (!s.output.empty()) file = std::make_unique<output_file>(s.output);
  } catch (const std::runtime_error& e) {
    std::cerr << "extract-plan: " << printable(s.output)
              << ": cannot write the output file: " << printable(e.what()) << '\n';
    return 1;
  }
  std::ostream& out = file ? file->stream() : std::cout;
  batch_writer writer(inputs, s, out, out_dir.get());
  writer.begin();
  progress_line progress(inputs, !s.quiet && ::isatty(STDERR_FILENO));
  std::size_t failed = 0;
  long records = 0;
  std::vector<bool> succeeded(inputs.size(), false);
  pool_settings pool = pool_of(s);
  if (inputs.size() == 1 && s.out_dir.empty() && s.output.empty()) {
    // One document to standard output: read here, not in a worker. Should it crash or hang,
    // what the batch would have written for it is written as the process ends.
    pool.in_process = [&](const job_result& lost) {
      std::ostringstream words;
      batch_writer(inputs, s, words).write(0, lost);
      return last_words{words.str(), failure_line(inputs[0], lost)};
    };
  }
  if (!pool.in_process) warm_up();  // once, before the workers fork
  run_jobs(
      inputs.size(), pool,
      [&](std::size_t i) { return extract_one(inputs[i], s, inputs.size() > 1); },
      [&](std::size_t i, job_result&& r) {
        progress.clear();
        if (const std::string problem = writer.write(i, r); !problem.empty()) {
          r.ok = false;
          r.error_code = "write_failed";
          r.error_message = problem;
        }
        if (r.ok) {
          records += r.records;
          succeeded[i] = true;
        } else {
          ++failed;
          std::cerr << failure_line(inputs[i], r);
        }
      },
      [&](const pool_progress& p) { progress.update(p); });
  progress.clear();
  writer.end();
  bool written = static_cast<bool>(out);
  if (file) {
    // Renamed into place only when written whole; else no file of that name was touched.
    if (const std::string problem = file->finish(); !problem.empty()) {
      std::cerr << "extract-plan: " << printable(problem) << '\n';
      written = false;
    }
  } else if (!written) {
    std::cerr << "extract-plan: standard output: the output could not be written whole\n";
  }
  if (debug_dir && inputs.size() > 1) {
    const std::string problem = write_review_index(inputs, succeeded, *debug_dir);
    if (!problem.empty()) std::cerr << "extract-plan: " << printable(problem) << '\n';
    written = written && problem.empty();
  }
  if (inputs.size() > 1 && !s.quiet) {
    std::cerr << inputs.size() << " files, " << records << " records, " << failed << " failed\n";
  }
  return failed > 0 || !written ? 1 : 0;
}

namespace {

std::string expected_path_of(const std::string& pdf) {
  const fs::path p(pdf);
  return (p.parent_path() / (p.stem().string() + ".expected.json")).string();
}

// The PDFs verify reads: those with an expected file beside them, and with --update every
// PDF found (its expected file is written). A path that does not exist, or a PDF named by
// itself without an expected file (and no --update), is a failure, reported here; `missing`
// counts them.
std::vector<input> find_verifiable(const std::vector<std::string>& paths, bool update,
                                   std::size_t& missing) {
  std::vector<input> found;
  std::vector<std::string> present;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::exists(path, ec)) {
      present.push_back(path);
    } else {
      std::cout << printable(path) << ": no such file or folder\n";
      ++missing;
    }
  }
  const input_list listed = expand_inputs(present, {});
  for (const std::string& problem : listed.unreadable) {
    std::cout << printable(problem) << '\n';
    ++missing;
  }
  for (const input& in : listed.inputs) {
    std::error_code ec;
    if (update || fs::exists(expected_path_of(in.path), ec)) {
      found.push_back(in);
    } else if (std::find(paths.begin(), paths.end(), in.path) != paths.end()) {
      std::cout << printable(in.path) << ": no " << printable(expected_path_of(in.path)) << '\n';
      ++missing;
    }
  }
  return found;
}

enum class verdict { passed, failed, written };

// Compares one result with its expected file and prints the verdict. A failed input's result
// is its error entry, so that an input expected to fail can be pinned; messages are no part
// of the contract, so diagnostics and errors compare by code and page alone.
verdict verify_one(const input& in, const job_result& r, const verify_settings& v) {
  const std::string expected_path = expected_path_of(in.path);
  const std::string shown = printable(in.path);  // one line a verdict, whatever the name
  const std::string actual =
      r.ok ? r.payload : error_json(file_name_of(in.path), r.error_code, r.error_message);
  std::error_code ec;
  if (!fs::exists(expected_path, ec)) {  // only with --update (find_verifiable)
    if (const std::string problem = write_beside(expected_path, actual + "\n"); !problem.empty()) {
      std::cout << shown << ": " << printable(problem) << '\n';
      return verdict::failed;
    }
    std::cout << shown << ": wrote " << printable(expected_path) << '\n';
    return verdict::written;
  }
  std::ifstream file(expected_path, std::ios::binary);
  std::stringstream expected;
  expected << file.rdbuf();
  std::vector<std::string> ignore = v.ignore;
  ignore.insert(ignore.end(), {"diagnostics[].message", "error.message"});
  std::vector<json_difference> differences;
  try {
    differences = compare_json(expected.str(), actual, ignore);
  } catch (const std::invalid_argument& e) {
    // "the expected text is not JSON", or "... is nested more than 64 deep": named by its path.
    std::string why = e.what();
    const std::string which = "the expected text";
    if (why.compare(0, which.size(), which) == 0) why.replace(0, which.size(), expected_path);
    differences.push_back({"(document)", "JSON", "(" + why + ")"});
  }
  if (differences.empty()) {
    std::cout << shown << ": ok\n";
    return verdict::passed;
  }
  if (!r.ok && !v.update) {
    std::cout << shown << ": " << printable(r.error_message) << " (" << r.error_code << ")\n";
  }
  for (const json_difference& d : differences) {
    std::cout << shown << ": " << d.path << ": expected " << d.expected << ", got " << d.actual
              << '\n';
  }
  if (!v.update) return verdict::failed;
  if (const std::string problem = write_beside(expected_path, actual + "\n"); !problem.empty()) {
    std::cout << shown << ": " << printable(problem) << '\n';
    return verdict::failed;
  }
  std::cout << shown << ": updated " << printable(expected_path) << '\n';
  return verdict::passed;
}

}  // namespace

int run_verify(const std::vector<std::string>& paths, const batch_settings& s,
               const verify_settings& v) {
  std::size_t failed = 0, passed = 0, written = 0;
  const std::vector<input> found = find_verifiable(paths, v.update, failed);
  if (found.empty() && failed == 0) {
    std::cerr << "extract-plan: verify: no NAME.pdf with a NAME.expected.json beside it\n";
    std::cout << "0 passed, 0 failed\n";
    return 1;
  }
  // Each document is read as `--json` reads it.
  batch_settings as_json = s;
  as_json.format = framing::json;
  as_json.tables = false;
  as_json.out_dir.clear();
  as_json.debug_dir.clear();
  warm_up();
  run_jobs(
      found.size(), pool_of(s),
      [&](std::size_t i) { return extract_one(found[i], as_json, false); },
      [&](std::size_t i, job_result&& r) {
        const verdict said = verify_one(found[i], r, v);
        ++(said == verdict::passed ? passed : said == verdict::failed ? failed : written);
        std::cout.flush();
      },
      [](const pool_progress&) {});
  std::cout << passed << " passed, " << failed << " failed";
  if (written > 0) std::cout << ", " << written << " expected files written";
  std::cout << '\n';
  return failed > 0 ? 1 : 0;
}

}  // namespace extract_plan::cli
