// extract-plan: the command-line front of the library. Parse arguments, call the library,
// write the output, return the exit status (0 success, 1 an input failed, 2 usage error).
#include <extract_plan/extract_plan.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

namespace {

void print_text_field(std::ostream& out, const char* label, const std::string& value) {
  if (!value.empty()) out << "  " << label << ": " << value << '\n';
}

// The human-readable listing: one block per record.
void print_records(std::ostream& out, const extract_plan::document& doc) {
  if (!doc.title.empty()) out << doc.title << "\n\n";
  for (const extract_plan::record& r : doc.records) {
    out << (r.number.empty() ? "-" : r.number) << "  (pages " << r.pages.first << '-'
        << r.pages.last << ")\n";
    if (r.section) print_text_field(out, "Section", *r.section);
    print_text_field(out, "Recommendation", r.recommendation);
    print_text_field(out, "Action", r.action);
    print_text_field(out, "Lead officer", r.lead_officer.text);
    print_text_field(out, "Deadline", r.deadline.text);
    for (const auto& [header, value] : r.other) print_text_field(out, header.c_str(), value);
    out << '\n';
  }
  out << doc.records.size() << " records in " << doc.tables.size() << " tables\n";
  for (const extract_plan::diagnostic& d : doc.diagnostics) {
    out << "note: page " << d.page << ": " << d.code << ": " << d.message << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Extracts the action-plan tables of council committee PDFs as typed records."};
  app.set_version_flag("--version", std::string("extract-plan ") + EXTRACT_PLAN_VERSION);
  std::string file;
  bool as_json = false, as_tables = false;
  app.add_option("FILE", file, "the PDF to read")->required();
  auto* json_flag =
      app.add_flag("--json", as_json, "write the records as JSON (schema version 1, see README)");
  app.add_flag("--tables", as_tables,
               "write every table found, action plan or not, as JSON grids of cell texts and "
               "boxes (schema version 1, see README)")
      ->excludes(json_flag);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }

  try {
    const extract_plan::document doc = extract_plan::extract_file(file);
    if (as_tables) {
      std::cout << extract_plan::to_tables_json(doc) << '\n';
    } else if (as_json) {
      std::cout << extract_plan::to_json(doc) << '\n';
    } else {
      print_records(std::cout, doc);
    }
  } catch (const extract_plan::error& e) {
    std::cerr << "extract-plan: " << file << ": " << e.what() << " ("
              << extract_plan::to_string(e.code()) << ")\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "extract-plan: " << file << ": internal error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
