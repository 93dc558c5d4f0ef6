// CSV, RFC 4180: a field is quoted when it holds a comma, a quote or a line break, with its
// quotes doubled; lines end in CRLF; text is UTF-8 as in the JSON; a cell a spreadsheet would
// run as a formula starts with a ' unless asked for raw. One row per record, so a
// spreadsheet or a database loader takes the records of a whole archive in one file.
#include <algorithm>
#include <string>

#include "extract_plan/extract_plan.h"
#include "output/json_text.h"

namespace extract_plan {
namespace {

// Returns true for a cell a spreadsheet would read as a formula (or, after a tab or a
// carriage return it skips, as one).
bool is_formula_like(std::string_view value) {
  return !value.empty() &&
         std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
}

void append_field(std::string& out, std::string_view value, csv_cells cells) {
  const bool quoted = value.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quoted) out.push_back('"');
  if (cells == csv_cells::safe && is_formula_like(value)) out.push_back('\'');
  for (const char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  if (quoted) out.push_back('"');
}

// Appends one CSV line from its fields.
template <typename... fields>
void append_row(std::string& out, csv_cells cells, const fields&... values) {
  bool first = true;
  auto one = [&](std::string_view v) {
    if (!first) out.push_back(',');
    first = false;
    append_field(out, v, cells);
  };
  (one(values), ...);
  out += "\r\n";
}

// The names of the people in a lead-officer cell, joined by "; ".
std::string names_of(const officer& o) {
  std::string out;
  for (const person& p : o.people) {
    if (!p.name) continue;
    if (!out.empty()) out += "; ";
    out += *p.name;
  }
  return out;
}

// The first start and the last end among a deadline's dates: the whole span it names.
std::pair<std::string, std::string> span_of(const deadline_value& d) {
  std::optional<calendar_date> start, end;
  auto key = [](const calendar_date& c) { return c.year * 10000 + c.month * 100 + c.day; };
  for (const date_span& s : d.dates) {
    if (s.start && (!start || key(*s.start) < key(*start))) start = s.start;
    if (s.end && (!end || key(*s.end) > key(*end))) end = s.end;
  }
  return {start ? to_iso(*start) : "", end ? to_iso(*end) : ""};
}

// The columns of no known field, as one JSON object of header to text in the table's order
// ({"RAG rating": "Green"}); "" when there are none, so that the column count never varies.
std::string other_of(const record& r) {
  if (r.other.empty()) return "";
  nlohmann::ordered_json other = nlohmann::ordered_json::object();
  for (const auto& [header, text] : r.other) other[header] = text;
  return json_text(other, json_layout::one_line);
}

}  // namespace

std::string csv_header() {
  std::string out;
  append_row(out, csv_cells::raw, "file", "table", "index", "number", "section", "recommendation",
             "action", "lead_officer", "lead_officer_names", "deadline", "deadline_status",
             "deadline_start", "deadline_end", "status", "progress", "pages_first", "pages_last",
             "response", "response_value", "state", "rag", "other");
  return out;
}

std::string to_csv(const document& doc, std::string_view file, csv_cells cells) {
  std::string out;
  for (const record& r : doc.records) {
    const auto [start, end] = span_of(r.deadline);
    append_row(out, cells, file, std::to_string(r.table), std::to_string(r.index), r.number,
               r.section.value_or(""), r.recommendation, r.action, r.lead_officer.text,
               names_of(r.lead_officer), r.deadline.text,
               r.deadline.status ? to_string(*r.deadline.status) : "", start, end, r.status,
               r.progress, std::to_string(r.pages.first), std::to_string(r.pages.last),
               r.response.text, r.response.value ? to_string(*r.response.value) : "",
               r.state ? to_string(*r.state) : "", r.rag ? to_string(*r.rag) : "", other_of(r));
  }
  return out;
}

std::string tables_csv_header() {
  std::string out;
  append_row(out, csv_cells::raw, "file", "table", "row", "column", "header", "text", "pages_first",
             "pages_last");
  return out;
}

std::string to_tables_csv(const document& doc, std::string_view file, csv_cells cells) {
  std::string out;
  for (std::size_t t = 0; t < doc.grids.size(); ++t) {
    const grid& g = doc.grids[t];
    for (std::size_t r = 0; r < g.rows.size(); ++r) {
      for (std::size_t c = 0; c < g.rows[r].size(); ++c) {
        const grid_cell& cell = g.rows[r][c];
        int first = 0, last = 0;
        for (const cell_box& b : cell.boxes) {
          first = first == 0 ? b.page : std::min(first, b.page);
          last = std::max(last, b.page);
        }
        append_row(out, cells, file, std::to_string(t), std::to_string(r), std::to_string(c),
                   static_cast<int>(r) < g.header_rows ? "true" : "false", cell.text,
                   std::to_string(first), std::to_string(last));
      }
    }
  }
  return out;
}

}  // namespace extract_plan
