// extract-plan: the command-line front of the library. Parse arguments, call the library (in
// the batch runner's worker processes), write the output, return the exit status (0 success,
// 1 an input failed, 2 usage error).
#include <extract_plan/extract_plan.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "batch.h"
#include "diff_command.h"
#include "inputs.h"

namespace {

using extract_plan::cli::batch_settings;
using extract_plan::cli::framing;
using extract_plan::cli::printable;

// `extract-plan parse-field FIELD TEXT`: the typed value of one text, as in records.
int print_field(const std::string& field, const std::string& text,
                const extract_plan::school_terms& terms) {
  std::vector<extract_plan::diagnostic> doubts;
  if (field == "deadline") {
    std::cout << extract_plan::to_json(extract_plan::parse_deadline(text, doubts, terms)) << '\n';
  } else if (field == "lead_officer") {
    std::cout << extract_plan::to_json(extract_plan::parse_officer(text, doubts)) << '\n';
  } else if (field == "response") {
    std::cout << extract_plan::to_json(extract_plan::parse_response(text)) << '\n';
  } else if (field == "rag" || field == "state") {
    const auto rag = extract_plan::parse_rag(text);
    const auto state = extract_plan::parse_status(text);
    const nlohmann::json value =
        field == "rag"
            ? (rag ? nlohmann::json(extract_plan::to_string(*rag)) : nlohmann::json())
            : (state ? nlohmann::json(extract_plan::to_string(*state)) : nlohmann::json());
    std::cout << value.dump() << '\n';
  } else {
    std::cout << nlohmann::json(extract_plan::parse_number(text)).dump() << '\n';
  }
  for (const extract_plan::diagnostic& d : doubts) {
    std::cerr << "extract-plan: note: " << d.code << ": " << printable(d.message) << '\n';
  }
  return 0;
}

constexpr const char* examples = R"(
Examples:
  extract-plan appendix1.pdf                      the records, to read
  extract-plan appendix1.pdf --json               the JSON contract (see README)
  extract-plan archive/ --jsonl -j 2 -o all.jsonl a folder, one document a line
  extract-plan archive/ --csv > records.csv       one row a record
  extract-plan archive/ --out-dir results/        results/NAME.json for each NAME.pdf
  extract-plan appendix1.pdf --debug review/      pictures of the pages and review/index.html
  extract-plan verify samples/                    compare with NAME.expected.json files
  extract-plan diff q1.pdf q2.pdf                 what changed between two versions
  extract-plan parse-field deadline "Q2 2024/25"  how one text is typed

Exit status: 0 every input succeeded, 1 an input failed (or verify found a difference),
2 a usage error.
)";

constexpr const char* parse_field_footer = R"(
Fields: deadline (dates, periods and status words), lead_officer (people and roles), number
(an item number cleaned), response (accepted, partially accepted, rejected, noted), rag (the
RAG colour a status names), state (where an action stands).

Examples:
  extract-plan parse-field deadline "End of Spring Term 2025"
  extract-plan parse-field lead_officer "Helen Phillips, Scrutiny & Support Officer"

Exit status: 0 the text was read (doubts go to stderr as notes), 2 a usage error.
)";

constexpr const char* verify_footer = R"(
The reading flags (--timeout, --pages, --password ...) apply; see extract-plan --help.

Diagnostics and errors compare by code and page; an input that fails compares its error
entry. --update rewrites what differs and writes the expected files that are missing.

Examples:
  extract-plan verify samples/
  extract-plan verify archive/ --update          write NAME.expected.json for a new archive
  extract-plan verify archive/ --ignore source.sha256 --ignore 'records[].pages'

Exit status: 0 every expected file matched, 1 a difference (or an input that failed),
2 a usage error.
)";

constexpr const char* diff_footer = R"(
--json (before or after diff) writes the JSON object instead of the listing; the reading
flags (--timeout, --password ...) apply.

Examples:
  extract-plan diff q1.pdf q2.pdf
  extract-plan --json diff 2025/ 2026/

Exit status: 0 no change, 1 changes found, 2 an input could not be read or a usage error.
)";

// A limit's value, said in words when it is none: a finite number, 0 or more.
const CLI::Validator limit_value(
    [](std::string& text) -> std::string {
      char* end = nullptr;
      const double v = std::strtod(text.c_str(), &end);
      const bool number = !text.empty() && end == text.c_str() + text.size();
      if (number && std::isfinite(v) && v >= 0) return "";
      return "expected a number of 0 or more (0 for no limit), got '" + text + "'";
    },
    "NONNEGATIVE");

// How many documents at once, said in words when it is none.
const CLI::Validator jobs_value(
    [](std::string& text) -> std::string {
      const bool digits =
          !text.empty() && text.size() <= 3 &&
          std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      if (digits && std::stoi(text) >= 1 && std::stoi(text) <= 256) return "";
      return "expected a whole number of documents from 1 to 256, got '" + text + "'";
    },
    "1-256");

// Everything the command line says, as parsed.
struct command_line {
  batch_settings settings;
  std::vector<std::string> paths, lists;
  std::string terms_spec, pages_spec;
  bool as_json = false, as_jsonl = false, as_csv = false;
  std::string field_name, field_text;
  std::vector<std::string> verify_paths;
  extract_plan::cli::verify_settings verify;
  std::string diff_old, diff_new;
  CLI::App* parse_field = nullptr;
  CLI::App* verify_command = nullptr;
  CLI::App* diff_command = nullptr;
  extract_plan::cli::input_list inputs;
};

// The flags of extraction: inputs, framings, where output goes, and how to read.
void declare_extraction(CLI::App& app, command_line& c) {
  batch_settings& s = c.settings;
  s.workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  app.add_option(
      "INPUTS", c.paths,
      "PDF files, and folders searched for *.pdf (any letter case) in byte order of path");
  app.add_option("--files-from", c.lists, "read more inputs from FILE, one a line ('-': stdin)")
      ->type_name("FILE");
  auto* json_flag = app.add_flag(
      "--json", c.as_json,
      "write JSON (schema version 1, see README): the document, or an array for several");
  auto* jsonl_flag = app.add_flag("--jsonl", c.as_jsonl,
                                  "write one JSON document a line, each as soon as it is done")
                         ->excludes(json_flag);
  auto* csv_flag =
      app.add_flag("--csv", c.as_csv, "write CSV (RFC 4180): a header row, then one row a record")
          ->excludes(json_flag)
          ->excludes(jsonl_flag);
  app.add_flag_function(
         "--csv-raw", [&s](std::int64_t) { s.cells = extract_plan::csv_cells::raw; },
         "with --csv, write cells beginning with = + - @ as they are (by default they start "
         "with a ', so that a spreadsheet runs no formula from a document)")
      ->needs(csv_flag);
  app.add_flag("--csv-bom", s.csv_bom,
               "with --csv, start with a UTF-8 byte-order mark, so that Excel reads ’ and £ right")
      ->needs(csv_flag);
  app.add_flag("--tables", s.tables,
               "write every table found, action plan or not, as grids of cell texts and boxes, "
               "in the framing chosen (JSON by default)");
  auto* out_dir = app.add_option("--out-dir", s.out_dir,
                                 "write NAME.json (NAME.tables.json, NAME.csv...) per input there")
                      ->type_name("DIR");
  app.add_option("-o,--output", s.output, "write all output to FILE")
      ->type_name("FILE")
      ->excludes(out_dir);
  app.add_option("-j,--jobs", s.workers,
                 "documents read at once, each in a worker process (default: the cores)")
      ->check(jobs_value);
  app.add_flag("-q,--quiet", s.quiet, "no progress line and no closing summary");
  app.add_option("--debug", s.debug_dir,
                 "write a picture of every page read, with what was found drawn on it, and a "
                 "review page DIR/index.html")
      ->type_name("DIR");
}

// The flags of how a document is read, shared with verify.
void declare_reading(CLI::App& app, command_line& c) {
  batch_settings& s = c.settings;
  app.add_option("--pages", c.pages_spec, "read only these pages, e.g. 3, 2-5 or 1,4-6")
      ->type_name("RANGE");
  app.add_option("--password", s.reading.password, "the password of encrypted PDFs")
      ->type_name("PW")
      ->envname("EXTRACT_PLAN_PASSWORD");
  app.add_option("--timeout", s.timeout,
                 "seconds one document may take: reading stops there (too_slow), and a worker "
                 "stuck inside the parser is stopped soon after (timed_out); 0 for no limit")
      ->default_val(600)
      ->check(limit_value);
  app.add_option("--memory-limit", s.memory_limit,
                 "MiB of memory one document may take; its reading is stopped there "
                 "(too_large); 0 for no limit")
      ->default_val(static_cast<double>(extract_plan::options{}.memory_limit >> 20))
      ->check(limit_value);
  app.add_option("--max-pages", s.reading.max_pages,
                 "the most pages a document may have to read (too_large); 0 for no limit")
      ->default_val(10000)
      ->check(limit_value);
  app.add_option("--page-time-limit", s.reading.page_time_limit,
                 "seconds one page may take; a page built to loop is cut short there; 0 for "
                 "no limit")
      ->default_val(20)
      ->check(limit_value);
  app.add_option("--school-terms", c.terms_spec,
                 "the school-term calendar for deadlines such as 'Autumn term 2023', e.g. "
                 "autumn=09-01..12-31,spring=01-01..04-30,summer=05-01..07-31 (the default)");
}

void declare_subcommands(CLI::App& app, command_line& c) {
  c.parse_field = app.add_subcommand("parse-field",
                                     "print the typed JSON value of one text, as records hold it");
  c.parse_field->footer(parse_field_footer);
  c.parse_field
      ->add_option("FIELD", c.field_name, "deadline, lead_officer, number, response, rag or state")
      ->required()
      ->check(CLI::IsMember({"deadline", "lead_officer", "number", "response", "rag", "state"}));
  c.parse_field->add_option("TEXT", c.field_text, "the text to read")->required();
  c.parse_field->fallthrough();

  c.verify_command = app.add_subcommand(
      "verify",
      "extract every NAME.pdf under DIR that has NAME.expected.json beside it and compare; "
      "prints ok or each difference, then 'N passed, M failed'");
  c.verify_command->footer(verify_footer);
  c.verify_command->add_option("DIR", c.verify_paths, "folders (or PDFs) to verify")->required();
  c.verify_command->add_flag("--update", c.verify.update,
                             "rewrite the expected files that differ, write those missing");
  c.verify_command
      ->add_option("--ignore", c.verify.ignore,
                   "a JSON path not compared, e.g. source.sha256 or records[].pages")
      ->type_name("KEY");
  c.verify_command->fallthrough();

  c.diff_command = app.add_subcommand(
      "diff",
      "what changed between two versions of a plan (or the PDFs of two folders, paired by "
      "name): completed, slipped, changed, added, removed; --json for JSON");
  c.diff_command->footer(diff_footer);
  c.diff_command->add_option("OLD", c.diff_old, "the earlier version: a PDF or a folder")
      ->required();
  c.diff_command->add_option("NEW", c.diff_new, "the later version: a PDF or a folder")->required();
  c.diff_command->fallthrough();
}

// Verify reads each document as --json does and prints its own report: the flags that choose
// another output mean nothing to it, and are refused rather than ignored.
void refuse_output_flags(const CLI::App& app, const char* command, bool json_allowed) {
  for (const char* flag :
       {"--json", "--jsonl", "--csv", "--tables", "--out-dir", "--output", "--debug"}) {
    if (app.count(flag) > 0 && !(json_allowed && std::string(flag) == "--json")) {
      throw CLI::ValidationError(flag, std::string(command) +
                                           " prints its own report; it takes no output flags" +
                                           (json_allowed ? " but --json" : ""));
    }
  }
}

// Checks and completes what parsing cannot: the specs, the framing, the inputs. Throws
// CLI::ParseError subclasses, so that a mistake is a usage error.
void complete_arguments(const CLI::App& app, command_line& c) {
  batch_settings& s = c.settings;
  if (!c.terms_spec.empty()) {
    try {
      s.reading.terms = extract_plan::parse_school_terms(c.terms_spec);
    } catch (const std::invalid_argument& e) {
      throw CLI::ValidationError("--school-terms", e.what());
    }
  }
  if (!c.pages_spec.empty()) {
    try {
      s.reading.pages = extract_plan::parse_page_ranges(c.pages_spec);
    } catch (const std::invalid_argument& e) {
      throw CLI::ValidationError("--pages", e.what());
    }
  }
  s.reading.trace = !s.debug_dir.empty();
  // --timeout is the library's own time limit (too_slow), for every command; the watchdog's
  // is a little longer (pool_of).
  s.reading.time_limit = s.timeout;
  // --memory-limit bounds the worker's process and, inside it, what a page's fonts may build.
  s.reading.memory_limit = static_cast<std::size_t>(s.memory_limit * 1024 * 1024);
  // Every table is found only when it is written: --json needs the action plans, and so
  // --debug draws what --json reads.
  s.reading.grids = s.tables;
  if (c.verify_command->parsed()) refuse_output_flags(app, "verify", false);
  if (c.diff_command->parsed()) refuse_output_flags(app, "diff", true);
  if (c.parse_field->parsed() || c.verify_command->parsed() || c.diff_command->parsed()) return;
  if (c.paths.empty() && c.lists.empty()) throw CLI::RequiredError("INPUTS");
  s.format = c.as_json    ? framing::json
             : c.as_jsonl ? framing::jsonl
             : c.as_csv   ? framing::csv
                          : framing::listing;
  // The listing is for reading on a screen; files and --tables are JSON unless told.
  if ((s.tables || !s.out_dir.empty()) && s.format == framing::listing) s.format = framing::json;
  try {
    c.inputs = extract_plan::cli::expand_inputs(c.paths, c.lists);
  } catch (const std::runtime_error& e) {
    throw CLI::ValidationError("--files-from", e.what());
  }
  // An array, not a lone object, whenever the inputs could have been several.
  const std::vector<extract_plan::cli::input>& inputs = c.inputs.inputs;
  s.as_array = c.paths.size() != 1 || !c.lists.empty() ||
               (inputs.size() == 1 && inputs.front().path != c.paths.front());
  if (!s.out_dir.empty() || (!s.debug_dir.empty() && inputs.size() > 1)) {
    const std::string clash = extract_plan::cli::clashing_names(inputs);
    if (!clash.empty()) {
      throw CLI::ValidationError("--out-dir", clash + " would write files of the same name");
    }
  }
}

int run_command(int argc, char** argv) {
  CLI::App app{"Extracts the action-plan tables of council committee PDFs as typed records."};
  app.set_version_flag("--version", std::string("extract-plan ") + EXTRACT_PLAN_VERSION);
  app.footer(examples);
  command_line c;
  declare_extraction(app, c);
  declare_reading(app, c);
  declare_subcommands(app, c);
  try {
    app.parse(argc, argv);
    complete_arguments(app, c);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  if (c.parse_field->parsed()) {
    return print_field(c.field_name, c.field_text, c.settings.reading.terms);
  }
  if (c.verify_command->parsed()) {
    return extract_plan::cli::run_verify(c.verify_paths, c.settings, c.verify);
  }
  if (c.diff_command->parsed()) {
    return extract_plan::cli::run_diff(c.diff_old, c.diff_new, c.as_json, c.settings);
  }
  // A folder that could not be read to the end fails the batch: part of an archive is not it.
  for (const std::string& problem : c.inputs.unreadable) {
    std::cerr << "extract-plan: " << printable(problem) << " (read_failed)\n";
  }
  const bool partial = !c.inputs.unreadable.empty();
  if (c.inputs.inputs.empty()) {
    // Say where was looked; a JSON reader still gets its array.
    std::string where;
    for (const std::string& p : c.paths) where += (where.empty() ? "" : ", ") + p;
    for (const std::string& l : c.lists) where += (where.empty() ? "" : ", ") + l;
    std::cerr << "extract-plan: no PDF found in " << printable(where) << '\n';
    const batch_settings& s = c.settings;
    if (s.format == framing::json && s.out_dir.empty() && s.output.empty()) std::cout << "[]\n";
    return 1;
  }
  try {
    const int status = extract_plan::cli::run_batch(c.inputs.inputs, c.settings);
    return partial ? 1 : status;
  } catch (const std::exception& e) {
    std::cerr << "extract-plan: " << printable(e.what()) << '\n';
    return 1;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // Whatever escapes is one line on stderr and status 1, never an abort.
  try {
    return run_command(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "extract-plan: " << printable(e.what()) << '\n';
  } catch (...) {
    std::cerr << "extract-plan: internal error\n";
  }
  return 1;
}
