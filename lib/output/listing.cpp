// The listing extract-plan prints without --json: for an officer reading a plan on a screen.
#include <locale>
#include <sstream>
#include <string>

#include "extract_plan/extract_plan.h"

namespace extract_plan {
namespace {

void print_text_field(std::ostream& out, const char* label, const std::string& value) {
  if (!value.empty()) out << "  " << label << ": " << value << '\n';
}

// "1 record", "7 records".
std::string count_of(std::size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

}  // namespace

std::string to_listing(const document& doc) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // numbers never grouped or decimal-commaed
  if (!doc.title.empty()) out << doc.title << "\n\n";
  for (const record& r : doc.records) {
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
    for (const footnote& f : r.footnotes) {
      print_text_field(out, ("Footnote " + f.marker).c_str(), f.text.empty() ? "-" : f.text);
    }
    out << '\n';
  }
  out << count_of(doc.records.size(), "record") << " in " << count_of(doc.tables.size(), "table")
      << '\n';
  for (const diagnostic& d : doc.diagnostics) {
    out << "note: " << (d.page == 0 ? std::string("document") : "page " + std::to_string(d.page))
        << ": " << d.code << ": " << d.message << '\n';
  }
  return out.str();
}

}  // namespace extract_plan
