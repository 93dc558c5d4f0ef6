#include "fields/records.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "fields/officer.h"
#include "fields/status.h"
#include "table/cells.h"
#include "text/header_map.h"
#include "text/normalize.h"

namespace extract_plan {

const char* to_string(field f) noexcept {
  switch (f) {
    case field::number:
      return "number";
    case field::recommendation:
      return "recommendation";
    case field::action:
      return "action";
    case field::lead_officer:
      return "lead_officer";
    case field::deadline:
      return "deadline";
    case field::status:
      return "status";
    case field::progress:
      return "progress";
    case field::other:
      return "other";
    case field::response:
      return "response";
  }
  return "other";
}

namespace fields {
namespace {

std::string join_cell(const std::vector<tabular::cell_line>& lines,
                      const text::hyphen_evidence& evidence) {
  std::vector<text::printed_line> printed;
  printed.reserve(lines.size());
  for (const tabular::cell_line& l : lines) {
    printed.push_back({text::clean_text(l.text), l.room_after, l.first_word_width});
  }
  return text::join_lines(printed, evidence);
}

}  // namespace

namespace {

// A column's claim on a field, and how directly its header makes it.
struct claim {
  std::optional<field> role;
  int directness = 0;
};

// Returns what a column claims: the field its header names; or, unlabelled, `number` when
// every non-empty cell of it is an item number.
claim claim_of(const tabular::stitched_table& t, std::size_t c, const std::string& header) {
  if (const std::optional<field> role = text::match_header(header)) {
    return {role, text::header_directness(header)};
  }
  if (!header.empty()) return {};
  bool any = false, all_numbers = true;
  for (const tabular::table_row& row : t.rows) {
    if (row.is_section || c >= row.cells.size() || row.cells[c].empty()) continue;
    any = true;
    all_numbers = all_numbers && text::looks_like_number(tabular::plain_text(row.cells[c]));
  }
  return any && all_numbers ? claim{field::number, 1} : claim{};
}

// Returns the column each field goes to: the most direct claim, the leftmost of equals.
std::map<field, std::size_t> winners_of(const std::vector<claim>& claims) {
  std::map<field, std::size_t> winners;
  for (std::size_t c = 0; c < claims.size(); ++c) {
    if (!claims[c].role) continue;
    const auto it = winners.find(*claims[c].role);
    if (it == winners.end() || claims[c].directness > claims[it->second].directness) {
      winners[*claims[c].role] = c;
    }
  }
  return winners;
}

}  // namespace

std::vector<column> map_columns(const tabular::stitched_table& t) {
  std::vector<column> columns(t.headers.size());
  std::vector<claim> claims;
  for (std::size_t c = 0; c < t.headers.size(); ++c) {
    // The header row's lines joined as cells' are: "Shared Outcom" / "e" is "Shared Outcome".
    const bool printed = t.has_header && c < t.header.cells.size() && !t.header.cells[c].empty();
    columns[c].header = printed ? join_cell(t.header.cells[c], text::hyphen_evidence{})
                                : text::collapse_spaces(text::clean_text(t.headers[c]));
    claims.push_back(claim_of(t, c, columns[c].header));
  }
  std::map<field, std::size_t> winners = winners_of(claims);
  for (const auto& [role, c] : winners) columns[c].role = role;
  // Two columns named as actions and none as the recommendation, a later one saying how
  // ("Improvement actions", "How we will do this"): a plan puts what is to be done before
  // how, so the leftmost is the recommendation, unless it is a synonym of the action itself
  // ("Agreed action"), and the most direct of the others the action.
  std::vector<claim> other_actions(claims.size());
  std::optional<std::size_t> leftmost;
  bool says_how = false;
  for (std::size_t c = 0; c < claims.size(); ++c) {
    if (claims[c].role != field::action || text::is_response_header(columns[c].header)) continue;
    if (leftmost) {
      other_actions[c] = claims[c];
      const std::string key = " " + text::fold_key(columns[c].header) + " ";
      says_how = says_how || key.find(" how ") != std::string::npos ||
                 key.find(" will ") != std::string::npos;
    } else {
      leftmost = c;
    }
  }
  const std::map<field, std::size_t> next = winners_of(other_actions);
  if (winners.count(field::recommendation) == 0 && next.count(field::action) != 0 && says_how &&
      claims[*leftmost].directness < 2) {
    columns[winners[field::action]].role = field::other;
    columns[*leftmost].role = field::recommendation;
    columns[next.at(field::action)].role = field::action;
    winners[field::recommendation] = *leftmost;
    winners[field::action] = next.at(field::action);
  }
  // A response that lost the action to a closer header is the response, if none is.
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const bool lost_action = claims[c].role == field::action && winners[field::action] != c;
    if (lost_action && text::is_response_header(columns[c].header) &&
        winners.count(field::response) == 0) {
      columns[c].role = field::response;
      winners[field::response] = c;
    }
  }
  // Every decision above took the name alone; the group a two-row header prints over it
  // stays in the header.
  for (std::size_t c = 0; c < columns.size() && c < t.header_groups.size(); ++c) {
    if (!t.header_groups[c].empty()) {
      columns[c].header = t.header_groups[c] + " / " + columns[c].header;
    }
  }
  return columns;
}

namespace {

// The key of an `other` column: its header; an unlabelled column, or a second column of the
// same header, is told apart by its 1-based position.
std::string other_key(const std::vector<column>& columns, std::size_t c) {
  const std::string& header = columns[c].header;
  const bool repeated = std::count_if(columns.begin(), columns.begin() + static_cast<long>(c),
                                      [&](const column& x) { return x.header == header; }) > 0;
  const std::string position = "column " + std::to_string(c + 1);
  return header.empty() ? position : repeated ? header + " (" + position + ")" : header;
}

// The typed values of a document's texts, each parsed once: a plan repeats its deadlines and
// officers row after row ("Mar 2026", "Director of Public Health"), and the parsers are pure
// functions of the text (and of the options, fixed for a document).
class parse_cache {
 public:
  explicit parse_cache(const options& opts) : opts_(opts) {}

  deadline_value deadline(const std::string& text, std::vector<diagnostic>& doubts) {
    return lookup(deadlines_, text, doubts, [this](const std::string& t, auto& d) {
      return parse_deadline(t, d, opts_.terms);
    });
  }

  officer lead_officer(const std::string& text, std::vector<diagnostic>& doubts) {
    return lookup(officers_, text, doubts,
                  [](const std::string& t, auto& d) { return parse_officer(t, d); });
  }

 private:
  template <typename value>
  struct parsed {
    value typed;
    std::vector<diagnostic> doubts;
  };

  template <typename value, typename parser>
  static value lookup(std::unordered_map<std::string, parsed<value>>& cache,
                      const std::string& text, std::vector<diagnostic>& doubts, parser parse) {
    auto it = cache.find(text);
    if (it == cache.end()) {
      parsed<value> p;
      p.typed = parse(text, p.doubts);
      it = cache.emplace(text, std::move(p)).first;
    }
    doubts.insert(doubts.end(), it->second.doubts.begin(), it->second.doubts.end());
    return it->second.typed;
  }

  const options& opts_;
  std::unordered_map<std::string, parsed<deadline_value>> deadlines_;
  std::unordered_map<std::string, parsed<officer>> officers_;
};

// Puts one cell's text in the record's field for its column, typed; doubts to `doubts`.
void set_field(record& r, const std::vector<column>& columns, std::size_t c,
               const std::string& value, parse_cache& parsed, std::vector<diagnostic>& doubts) {
  switch (columns[c].role) {
    case field::number:
      r.number = parse_number(value);
      break;
    case field::recommendation:
      r.recommendation = value;
      break;
    case field::action:
      r.action = value;
      break;
    case field::lead_officer:
      r.lead_officer = parsed.lead_officer(value, doubts);
      break;
    case field::deadline:
      r.deadline = parsed.deadline(value, doubts);
      break;
    case field::status:
      r.status = value;
      break;
    case field::progress:
      r.progress = value;
      break;
    case field::response:
      r.response = parse_response(value);
      break;
    case field::other:
      r.other.emplace_back(other_key(columns, c), value);
      break;
  }
}

std::vector<std::vector<cell_box>> boxes_of(const tabular::table_row& row) {
  std::vector<std::vector<cell_box>> out;
  for (const std::vector<tabular::cell_piece>& pieces : row.pieces) {
    std::vector<cell_box>& boxes = out.emplace_back();
    for (const tabular::cell_piece& p : pieces) {
      boxes.push_back({p.page, p.bounds.x0, p.bounds.y0, p.bounds.x1, p.bounds.y1});
    }
  }
  return out;
}

// Returns the rating a cell's colour shows: its first piece's fill.
std::optional<rag_rating> colour_rating(const tabular::table_row& row, std::size_t c) {
  if (c >= row.pieces.size()) return std::nullopt;
  for (const tabular::cell_piece& p : row.pieces[c]) {
    if (p.fill) return fields::rag_of_colour(*p.fill);
  }
  return std::nullopt;
}

// Returns the columns a RAG rating is read from, in order: the Status column, then the RAG
// columns among the others.
std::vector<std::size_t> rated_columns(const std::vector<column>& columns) {
  std::vector<std::size_t> rated;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c].role == field::status) rated.insert(rated.begin(), c);
    if (columns[c].role == field::other && text::match_header(columns[c].header) == field::status) {
      rated.push_back(c);
    }
  }
  return rated;
}

// Sets a record's RAG rating and state from its cells: the rating from the words of the
// Status cell, then of a RAG column that lost the status field to a closer header ("Status"
// and "RAG rating" both), then from those cells' colours; the state from the Status cell's
// status words, else from the deadline's, a blue rating counting as done.
// `rated` is rated_columns() of the row's table.
void rate(record& r, const tabular::table_row& row, const std::vector<std::size_t>& rated) {
  for (const std::size_t c : rated) {
    if (!r.rag && c < row.cells.size()) r.rag = parse_rag(tabular::plain_text(row.cells[c]));
  }
  for (const std::size_t c : rated) {
    if (!r.rag) r.rag = colour_rating(row, c);
  }
  r.state = parse_status(r.status);
  if (!r.state && r.rag == rag_rating::blue) r.state = deadline_status::completed;
  if (!r.state) r.state = r.deadline.status;
}

// Adds the footnote markers printed in a cell to its record, each marker once; their texts
// are tied to them once the whole document is read (tie_footnotes).
void add_markers(record& r, const std::vector<tabular::cell_line>& cell) {
  for (const tabular::cell_line& line : cell) {
    for (const std::string& m : line.marks) {
      const bool seen = std::any_of(r.footnotes.begin(), r.footnotes.end(),
                                    [&](const footnote& f) { return f.marker == m; });
      if (!seen) r.footnotes.push_back({m, line.page, ""});
    }
  }
}

// Returns a row's record, or nothing for a row whose cells are all empty. A doubt about a
// cell is about the page where the cell starts.
std::optional<record> build_record(const tabular::table_row& row,
                                   const std::vector<column>& columns,
                                   const std::vector<std::size_t>& rated,
                                   const text::hyphen_evidence& evidence, parse_cache& parsed,
                                   std::vector<diagnostic>& diagnostics) {
  record r;
  r.pages = row.pages;
  r.cells = boxes_of(row);
  bool any = false;
  for (std::size_t c = 0; c < columns.size() && c < row.cells.size(); ++c) {
    const std::string value = join_cell(row.cells[c], evidence);
    any = any || !value.empty();
    add_markers(r, row.cells[c]);
    if (c < row.filled.size() && row.filled[c] && !value.empty()) {
      r.filled.push_back(columns[c].role == field::other ? columns[c].header
                                                         : to_string(columns[c].role));
    }
    std::vector<diagnostic> doubts;
    set_field(r, columns, c, value, parsed, doubts);
    const int cell_page = row.cells[c].empty() ? row.pages.first : row.cells[c].front().page;
    for (diagnostic& d : doubts) {
      d.page = cell_page;
      diagnostics.push_back(std::move(d));
    }
  }
  if (!any) return std::nullopt;
  rate(r, row, rated);
  return r;
}

}  // namespace

plan_records build_records(const std::vector<tabular::stitched_table>& tables,
                           const text::hyphen_evidence& evidence, const options& opts,
                           std::vector<diagnostic>& diagnostics) {
  plan_records out;
  parse_cache parsed(opts);
  for (const tabular::stitched_table& t : tables) {
    if (!t.has_header) continue;
    const int table_index = static_cast<int>(out.tables.size());
    out.tables.push_back({t.pages, map_columns(t)});
    judge_columns_by_content(t, out.tables.back().columns, opts, diagnostics);
    const std::vector<column>& columns = out.tables.back().columns;
    const std::vector<std::size_t> rated = rated_columns(columns);
    // Rows spanning all columns head the records below them.
    std::optional<std::string> section;
    int index = 0;
    for (const tabular::table_row& row : t.rows) {
      if (row.is_section) {
        section = join_cell(row.cells.front(), evidence);
        continue;
      }
      std::optional<record> r = build_record(row, columns, rated, evidence, parsed, diagnostics);
      if (!r) continue;
      r->table = table_index;
      r->section = section;
      r->index = ++index;
      out.records.push_back(std::move(*r));
    }
  }
  return out;
}

std::vector<grid> build_grids(const std::vector<tabular::stitched_table>& tables,
                              const text::hyphen_evidence& evidence) {
  std::vector<grid> grids;
  auto grid_row = [&](const tabular::table_row& row) {
    std::vector<grid_cell> cells(row.cells.size());
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      cells[c].text = join_cell(row.cells[c], evidence);
      if (c >= row.pieces.size()) continue;
      for (const tabular::cell_piece& piece : row.pieces[c]) {
        cells[c].boxes.push_back(
            {piece.page, piece.bounds.x0, piece.bounds.y0, piece.bounds.x1, piece.bounds.y1});
      }
    }
    return cells;
  };
  for (const tabular::stitched_table& t : tables) {
    grid g;
    g.pages = t.pages;
    // Rows in print order: title rows above the header count as header rows too.
    for (std::size_t r = 0; r < t.banner_rows && r < t.rows.size(); ++r) {
      g.rows.push_back(grid_row(t.rows[r]));
    }
    if (t.has_header) g.rows.push_back(grid_row(t.header));
    g.header_rows = static_cast<int>(g.rows.size());
    for (std::size_t r = t.banner_rows; r < t.rows.size(); ++r)
      g.rows.push_back(grid_row(t.rows[r]));
    grids.push_back(std::move(g));
  }
  return grids;
}

void tie_footnotes(std::vector<record>& records, const std::vector<layout::footnote_text>& texts) {
  // The texts by marker, each marker's in page order (the document's order).
  std::map<std::string, std::vector<const layout::footnote_text*>> by_marker;
  for (const layout::footnote_text& t : texts) by_marker[t.marker].push_back(&t);
  for (record& r : records) {
    for (footnote& f : r.footnotes) {
      const auto found = by_marker.find(f.marker);
      if (found == by_marker.end()) continue;
      const auto& list = found->second;
      // The marker's own page or the first after it, else the last before it.
      const auto at =
          std::lower_bound(list.begin(), list.end(), f.page,
                           [](const layout::footnote_text* t, int page) { return t->page < page; });
      f.text = at != list.end() ? (*at)->text : list.back()->text;
    }
  }
}

namespace {

// Compares two keys as a reader orders them: runs of digits by their value ("K2" before
// "K10", "1.2" before "1.10"), everything else by its bytes.
bool key_before(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && is_digit(a[ei])) ++ei;
      while (ej < b.size() && is_digit(b[ej])) ++ej;
      const std::string_view x = std::string_view(a).substr(i, ei - i);
      const std::string_view y = std::string_view(b).substr(j, ej - j);
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = ei, j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i, ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

// Returns the field a column's cells show, when four in five of its non-empty cells, two at
// least, show it; checked in the order deadline, number, lead officer.
std::optional<field> field_by_content(const tabular::stitched_table& t, std::size_t c,
                                      const options& opts) {
  // A deadline's cell is short: "Ongoing. Estimated date of impact report 28 February 2023"
  // is among the longest; a paragraph that names a year is something else.
  constexpr std::size_t max_deadline_words = 12;
  std::size_t cells = 0, numbers = 0, dates = 0, officers = 0;
  bool in_order = true;  // the keys go up, each new: item numbers, not codes that repeat
  std::string last_key;
  for (const tabular::table_row& row : t.rows) {
    if (row.is_section || c >= row.cells.size() || row.cells[c].empty()) continue;
    const std::string text = tabular::plain_text(row.cells[c]);
    ++cells;
    bool dated = false;
    if (text::split_words(text).size() <= max_deadline_words) {
      const deadline_value d = parse_deadline(text, opts.terms);
      dated = !d.dates.empty() || d.status.has_value();
    }
    dates += dated ? 1 : 0;
    // An item number, or one word written as a key ("K1", "HR-03"); not a period ("Q1",
    // "2024/25"), which is a date.
    const bool key = text.find(' ') == std::string::npos && tabular::is_key(text);
    numbers += !dated && (text::looks_like_number(text) || key) ? 1 : 0;
    in_order = in_order && (last_key.empty() || key_before(last_key, text));
    last_key = text;
    officers += names_officers(text) ? 1 : 0;
  }
  constexpr std::size_t min_cells = 2;
  auto most = [&](std::size_t n) { return cells >= min_cells && 5 * n >= 4 * cells; };
  if (most(dates)) return field::deadline;
  if (cells >= min_cells && numbers == cells && in_order) return field::number;
  if (most(officers)) return field::lead_officer;
  return std::nullopt;
}

}  // namespace

void judge_columns_by_content(const tabular::stitched_table& t, std::vector<column>& columns,
                              const options& opts, std::vector<diagnostic>& diagnostics) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    // Only a column its header gives no field: an `other` column named by nothing known (its
    // name under a group's, which map_columns read alone).
    const bool grouped = c < t.header_groups.size() && !t.header_groups[c].empty();
    const std::string name =
        grouped ? columns[c].header.substr(t.header_groups[c].size() + 3) : columns[c].header;
    if (columns[c].role != field::other || text::match_header(name)) continue;
    const std::optional<field> role = field_by_content(t, c, opts);
    const bool taken = role && std::any_of(columns.begin(), columns.end(),
                                           [&](const column& o) { return o.role == *role; });
    if (!role || taken) continue;
    columns[c].role = *role;
    const std::string said = columns[c].header.empty()
                                 ? "an unlabelled column"
                                 : "the column headed '" + columns[c].header + "'";
    diagnostics.push_back({diag::columns_from_content, t.pages.first,
                           said + " is read as the " + to_string(*role) +
                               " from what its cells hold: its header names no field"});
  }
}

}  // namespace fields
}  // namespace extract_plan
