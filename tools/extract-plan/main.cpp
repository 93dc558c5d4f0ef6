// extract-plan: the command-line front of the library. Parse arguments, call the library,
// write the output, return the exit status (0 success, 1 an input failed, 2 usage error).
#include <extract_plan/extract_plan.h>

#include <CLI/CLI.hpp>
#include <boost/regex.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
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
    print_text_field(out, "Status", r.status);
    print_text_field(out, "Progress", r.progress);
    for (const auto& [header, value] : r.other) print_text_field(out, header.c_str(), value);
    out << '\n';
  }
  out << doc.records.size() << " records in " << doc.tables.size() << " tables\n";
  for (const extract_plan::diagnostic& d : doc.diagnostics) {
    out << "note: page " << d.page << ": " << d.code << ": " << d.message << '\n';
  }
}

// Reads "autumn=09-01..12-31,spring=01-01..04-30,summer=05-01..07-31" (any of the three).
// Throws CLI::ValidationError on anything else.
extract_plan::school_terms parse_terms(const std::string& spec) {
  extract_plan::school_terms terms;
  static const boost::regex item(R"((autumn|spring|summer)=(\d{2})-(\d{2})\.\.(\d{2})-(\d{2}))");
  std::size_t from = 0;
  while (from <= spec.size()) {
    const std::size_t comma = spec.find(',', from);
    const std::string part =
        spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
    boost::smatch m;
    if (!boost::regex_match(part, m, item)) {
      throw CLI::ValidationError("--school-terms",
                                 "expected TERM=MM-DD..MM-DD, got '" + part + "'");
    }
    const extract_plan::month_day start{std::stoi(m[2].str()), std::stoi(m[3].str())};
    const extract_plan::month_day end{std::stoi(m[4].str()), std::stoi(m[5].str())};
    for (const auto& d : {start, end}) {
      if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
        throw CLI::ValidationError("--school-terms", "no such day in '" + part + "'");
      }
    }
    if (m[1] == "autumn") terms.autumn_start = start, terms.autumn_end = end;
    if (m[1] == "spring") terms.spring_start = start, terms.spring_end = end;
    if (m[1] == "summer") terms.summer_start = start, terms.summer_end = end;
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  return terms;
}

// `extract-plan parse-field FIELD TEXT`: the typed value of one text, as in records.
int print_field(const std::string& field, const std::string& text,
                const extract_plan::school_terms& terms) {
  std::vector<extract_plan::diagnostic> doubts;
  if (field == "deadline") {
    std::cout << extract_plan::to_json(extract_plan::parse_deadline(text, &doubts, terms)) << '\n';
  } else if (field == "lead_officer") {
    std::cout << extract_plan::to_json(extract_plan::parse_officer(text, &doubts)) << '\n';
  } else {
    std::cout << nlohmann::json(extract_plan::parse_number(text)).dump() << '\n';
  }
  for (const extract_plan::diagnostic& d : doubts) {
    std::cerr << "extract-plan: note: " << d.code << ": " << d.message << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Extracts the action-plan tables of council committee PDFs as typed records."};
  app.set_version_flag("--version", std::string("extract-plan ") + EXTRACT_PLAN_VERSION);
  std::string file, terms_spec;
  bool as_json = false, as_tables = false;
  app.add_option("FILE", file, "the PDF to read");
  auto* json_flag =
      app.add_flag("--json", as_json, "write the records as JSON (schema version 1, see README)");
  app.add_flag("--tables", as_tables,
               "write every table found, action plan or not, as JSON grids of cell texts and "
               "boxes (schema version 1, see README)")
      ->excludes(json_flag);
  app.add_option("--school-terms", terms_spec,
                 "the school-term calendar for deadlines such as 'Autumn term 2023', e.g. "
                 "autumn=09-01..12-31,spring=01-01..04-30,summer=05-01..07-31 (the default)");
  std::string field_name, field_text;
  CLI::App* parse_field = app.add_subcommand(
      "parse-field", "print the typed JSON value of one text, as records hold it");
  parse_field->add_option("FIELD", field_name, "deadline, lead_officer or number")
      ->required()
      ->check(CLI::IsMember({"deadline", "lead_officer", "number"}));
  parse_field->add_option("TEXT", field_text, "the text to read")->required();
  parse_field->fallthrough();

  extract_plan::options opts;
  try {
    app.parse(argc, argv);
    if (!terms_spec.empty()) opts.terms = parse_terms(terms_spec);
    if (!parse_field->parsed() && file.empty()) {
      throw CLI::RequiredError("FILE");
    }
  } catch (const CLI::ParseError& e) {
    const int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  if (parse_field->parsed()) return print_field(field_name, field_text, opts.terms);

  try {
    const extract_plan::document doc = extract_plan::extract_file(file, opts);
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
