// The one place that knows the order of the stages:
//   read each page (words + ruling lines, one pass) -> find its tables -> build its lines
//   -> find running headers/footers across pages -> stitch tables across pages
//   -> type the records.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

#include "digest.h"
#include "extract_plan/extract_plan.h"
#include "fields/records.h"
#include "file_bytes.h"
#include "layout/furniture.h"
#include "layout/lines.h"
#include "pdf/pdf_reader.h"
#include "table/aligned.h"
#include "table/ruled.h"
#include "table/stitch.h"
#include "table/stream.h"
#include "text/join.h"

namespace extract_plan {
namespace {

std::string file_name_of(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool inside_any(const box& b, const std::vector<tabular::page_table>& tables) {
  return std::any_of(tables.begin(), tables.end(), [&](const tabular::page_table& t) {
    return t.bounds.contains(b.center_x(), b.center_y());
  });
}

std::vector<std::string> words_of(const text_line& line) {
  std::vector<std::string> out;
  for (const word& w : line.words) out.push_back(w.text);
  return out;
}

// Marks the tables that are the first / last content of their page: only those can continue
// from the previous page or onto the next. Keeps what lies above each table: the text between
// it and the table above (a title), and that table's text (a repeated box), so a title or box
// printed again over each part of a table can be told from a new table's. `tables` are the
// page's tables top to bottom; only those `marked` says are changed.
template <typename marked_fn>
void mark_page_edges(const std::vector<tabular::page_table*>& tables,
                     const layout::page_lines& lines, const std::vector<bool>& furniture,
                     marked_fn marked) {
  auto in_a_table = [&](const box& b) {
    return std::any_of(tables.begin(), tables.end(), [&](const tabular::page_table* t) {
      return t->bounds.contains(b.center_x(), b.center_y());
    });
  };
  for (std::size_t t = 0; t < tables.size(); ++t) {
    tabular::page_table& table = *tables[t];
    if (!marked(table)) continue;
    const double above_from = t > 0 ? tables[t - 1]->bounds.y1 : -1;
    bool content_below = t + 1 < tables.size();
    table.text_above.clear();
    table.line_above.clear();
    table.lines_above = 0;
    table.table_above = t > 0 ? tabular::text_of(*tables[t - 1]) : "";
    for (std::size_t i = 0; i < lines.lines.size(); ++i) {
      const box& b = lines.lines[i].bounds;
      if (furniture[i] || in_a_table(b)) continue;
      if (b.center_y() < table.bounds.y0 && b.center_y() > above_from) {
        if (!table.text_above.empty()) table.text_above.push_back(' ');
        table.line_above = lines.lines[i].text();
        table.text_above += table.line_above;
        ++table.lines_above;
      }
      if (b.center_y() > table.bounds.y1) content_below = true;
    }
    table.at_page_top = t == 0 && table.text_above.empty();
    table.at_page_bottom = !content_below;
  }
}

// Returns pointers to tables, top to bottom.
std::vector<tabular::page_table*> top_down(std::vector<tabular::page_table*> tables) {
  std::sort(tables.begin(), tables.end(),
            [](const tabular::page_table* a, const tabular::page_table* b) {
              return a->bounds.y0 < b->bounds.y0;
            });
  return tables;
}

// Sets a table's usual line height and the room left below its text on the page.
void measure_text(tabular::page_table& t, double body_bottom) {
  std::vector<double> heights;
  double last = t.bounds.y0;
  for (const tabular::page_row& row : t.rows) {
    for (const tabular::page_cell& cell : row.cells) {
      for (const text_line& line : cell.lines) {
        heights.push_back(line.bounds.height());
        last = std::max(last, line.bounds.y1);
      }
    }
  }
  if (!heights.empty()) {
    std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                     heights.end());
    t.line_height = heights[heights.size() / 2];
  }
  t.room_below = std::max(0.0, body_bottom - last);
}

// Returns the 1-based pages a selection names that the document has, in order, each once;
// every page for an empty selection.
std::vector<int> selected_pages(const std::vector<page_span>& selection, int page_count) {
  std::vector<bool> wanted(static_cast<std::size_t>(page_count) + 1, selection.empty());
  for (const page_span& s : selection) {
    for (int n = std::max(s.first, 1); n <= std::min(s.last, page_count); ++n) {
      wanted[static_cast<std::size_t>(n)] = true;
    }
  }
  std::vector<int> pages;
  for (int n = 1; n <= page_count; ++n) {
    if (wanted[static_cast<std::size_t>(n)]) pages.push_back(n);
  }
  return pages;
}

cell_box to_cell_box(int page, const box& b) { return {page, b.x0, b.y0, b.x1, b.y1}; }

part_outline outline_part(const tabular::page_table& t) {
  part_outline out;
  out.kind = t.is_ruled ? part_kind::ruled : t.is_stream ? part_kind::stream : part_kind::aligned;
  out.bounds = to_cell_box(t.page, t.bounds);
  out.column_edges = t.column_edges;
  for (const tabular::page_row& row : t.rows) out.row_edges.push_back(row.bounds.y0);
  if (!t.rows.empty()) out.row_edges.push_back(t.rows.back().bounds.y1);
  return out;
}

// What a page held, for drawing over it: its furniture lines and its table parts (the
// stream tables are the last ones in `stream_parts`, those of this page).
page_outline outline_page(const layout::page_lines& lines, std::pair<double, double> size,
                          const std::vector<bool>& furniture,
                          const std::vector<tabular::page_table>& tables,
                          const std::vector<tabular::page_table>& stream_parts) {
  page_outline out;
  out.page = lines.number;
  out.width = size.first;
  out.height = size.second;
  for (std::size_t j = 0; j < lines.lines.size(); ++j) {
    if (furniture[j]) out.furniture.push_back(to_cell_box(lines.number, lines.lines[j].bounds));
  }
  for (const tabular::page_table& t : tables) out.parts.push_back(outline_part(t));
  for (auto it = stream_parts.rbegin(); it != stream_parts.rend() && it->page == lines.number;
       ++it) {
    out.parts.push_back(outline_part(*it));
  }
  std::sort(out.parts.begin(), out.parts.end(),
            [](const part_outline& a, const part_outline& b) { return a.bounds.y0 < b.bounds.y0; });
  return out;
}

void mark_repeated_headers(const std::vector<tabular::stitched_table>& tables,
                           std::vector<page_outline>& outline) {
  for (const tabular::stitched_table& t : tables) {
    for (const tabular::cell_piece& piece : t.repeated_headers) {
      for (page_outline& p : outline) {
        if (p.page == piece.page)
          p.repeated_headers.push_back(to_cell_box(piece.page, piece.bounds));
      }
    }
  }
}

}  // namespace

std::vector<page_span> parse_page_ranges(std::string_view text) {
  std::vector<page_span> spans;
  auto fail = [&] {
    throw std::invalid_argument("expected pages such as 3, 2-5 or 1,4-6, got '" +
                                std::string(text) + "'");
  };
  auto read_number = [&](std::string_view s) {
    if (s.empty() || s.size() > 9 ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      fail();
    }
    const int n = std::stoi(std::string(s));
    if (n < 1) fail();
    return n;
  };
  std::size_t from = 0;
  while (true) {
    const std::size_t comma = text.find(',', from);
    const std::string_view item =
        text.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from);
    const std::size_t dash = item.find('-');
    page_span span;
    if (dash == std::string_view::npos) {
      span.first = span.last = read_number(item);
    } else {
      span.first = read_number(item.substr(0, dash));
      const std::string_view rest = item.substr(dash + 1);
      span.last = rest.empty() ? std::numeric_limits<int>::max() : read_number(rest);
      if (span.last < span.first) fail();
    }
    spans.push_back(span);
    if (comma == std::string_view::npos) break;
    from = comma + 1;
  }
  return spans;
}

const char* to_string(errc code) noexcept {
  switch (code) {
    case errc::file_not_found:
      return "file_not_found";
    case errc::read_failed:
      return "read_failed";
    case errc::not_a_pdf:
      return "not_a_pdf";
    case errc::damaged:
      return "damaged";
    case errc::encrypted:
      return "encrypted";
    case errc::no_text_layer:
      return "no_text_layer";
    case errc::cancelled:
      return "cancelled";
  }
  return "unknown";
}

error::error(errc code, const std::string& message) : std::runtime_error(message), code_(code) {}

namespace {

document extract_bytes(std::string_view bytes, const std::string& name, const options& opts) {
  document doc;
  pdf::pdf_file pdf(pdf::pdf_bytes{bytes}, opts.password);
  doc.source.file = name;
  doc.source.sha256 = sha256_hex(bytes);
  doc.source.pages = pdf.page_count();
  doc.diagnostics = pdf.opening_diagnostics();

  const std::vector<int> selected = selected_pages(opts.pages, doc.source.pages);
  if (selected.empty()) {
    doc.diagnostics.push_back(
        {diag::pages_none, 0, "the document has none of the pages asked for"});
  }
  std::vector<layout::page_lines> page_lines;
  std::vector<std::pair<double, double>> page_sizes;
  std::vector<std::vector<tabular::page_table>> page_tables;
  std::size_t word_count = 0, rotated_words = 0;
  for (const int n : selected) {
    page p = pdf.read_page(n, doc.diagnostics, opts.page_time_limit);
    word_count += p.words.size();
    rotated_words += static_cast<std::size_t>(p.rotated_words);
    std::vector<tabular::page_table> tables = tabular::find_ruled_tables(p, doc.diagnostics);
    layout::page_lines lines{n, p.height, layout::build_lines(std::move(p.words)), {}};
    for (const tabular::page_table& t : tables) lines.protected_regions.push_back(t.bounds);
    page_lines.push_back(std::move(lines));
    page_sizes.emplace_back(p.width, p.height);
    page_tables.push_back(std::move(tables));
    if (opts.progress &&
        !opts.progress(static_cast<int>(page_tables.size()), static_cast<int>(selected.size()))) {
      throw error(errc::cancelled, "reading was cancelled by the progress callback");
    }
  }
  // No word at all, upright or sideways: a scan, or a PDF of pictures of text.
  if (word_count == 0 && rotated_words == 0 && !selected.empty()) {
    throw error(errc::no_text_layer, "the PDF has no text layer (a scan?); OCR it first");
  }

  const layout::furniture furniture = layout::find_furniture(page_lines, tabular::is_header_line);
  doc.title = furniture.title;

  // The lowest text on pages of each size marks the bottom margin: a table whose text reaches
  // it was cut by the page break.
  std::map<std::pair<long, long>, double> body_bottom;
  auto size_of = [&](std::size_t i) {
    return std::make_pair(std::lround(page_sizes[i].first), std::lround(page_sizes[i].second));
  };
  for (std::size_t i = 0; i < page_lines.size(); ++i) {
    double& bottom = body_bottom[size_of(i)];
    for (std::size_t j = 0; j < page_lines[i].lines.size(); ++j) {
      if (!furniture.furniture_lines[i][j]) {
        bottom = std::max(bottom, page_lines[i].lines[j].bounds.y1);
      }
    }
  }

  text::hyphen_evidence evidence;
  std::vector<tabular::page_table> parts;
  std::vector<tabular::page_table> stream_parts;
  const std::vector<double>* continued_columns = nullptr;
  std::vector<double> previous_columns;
  for (std::size_t i = 0; i < page_tables.size(); ++i) {
    std::vector<tabular::page_table>& tables = page_tables[i];
    // Text outside the ruled tables and the furniture: prose, and tables drawn without rules.
    std::vector<text_line> free_lines;
    for (std::size_t j = 0; j < page_lines[i].lines.size(); ++j) {
      const text_line& line = page_lines[i].lines[j];
      if (furniture.furniture_lines[i][j] || inside_any(line.bounds, tables)) continue;
      free_lines.push_back(line);
    }
    // Columns are lent only to the page that follows: a page left out breaks the table.
    if (i > 0 && page_lines[i - 1].number + 1 != page_lines[i].number) continued_columns = nullptr;
    std::vector<tabular::page_table> aligned =
        tabular::find_aligned_tables(free_lines, page_lines[i].number, continued_columns);
    for (const tabular::page_table& t : aligned) {
      std::vector<text_line> rest;
      for (text_line& line : free_lines) {
        if (!t.bounds.contains(line.bounds.center_x(), line.bounds.center_y())) {
          rest.push_back(std::move(line));
        }
      }
      free_lines = std::move(rest);
    }
    for (const text_line& line : free_lines) evidence.observe_line(words_of(line));
    // Tables with no rules and no action-plan header, for --tables: kept apart from the
    // action plans' parts, and continued on the next page only under their first row printed
    // again (nothing else tells their columns from another table's).
    std::vector<tabular::page_table> stream =
        tabular::find_stream_tables(free_lines, page_lines[i].number);
    tables.insert(tables.end(), std::make_move_iterator(aligned.begin()),
                  std::make_move_iterator(aligned.end()));
    std::sort(tables.begin(), tables.end(),
              [](const auto& a, const auto& b) { return a.bounds.y0 < b.bounds.y0; });
    std::vector<tabular::page_table*> plans;
    for (tabular::page_table& t : tables) plans.push_back(&t);
    mark_page_edges(plans, page_lines[i], furniture.furniture_lines[i],
                    [](const tabular::page_table&) { return true; });
    for (tabular::page_table& t : tables) measure_text(t, body_bottom[size_of(i)]);
    if (!stream.empty()) {
      // Edges of the other tables are judged among all the page's tables, so that only prose
      // counts as content above or below them.
      std::vector<tabular::page_table*> all = plans;
      for (tabular::page_table& t : stream) all.push_back(&t);
      mark_page_edges(top_down(all), page_lines[i], furniture.furniture_lines[i],
                      [](const tabular::page_table& t) { return t.is_stream; });
      for (tabular::page_table& t : stream) {
        measure_text(t, body_bottom[size_of(i)]);
        stream_parts.push_back(std::move(t));
      }
    }
    // An unruled table that ends its page lends its columns to the top of the next.
    continued_columns = nullptr;
    if (!tables.empty() && tables.back().at_page_bottom && !tables.back().is_ruled) {
      previous_columns = tables.back().column_edges;
      continued_columns = &previous_columns;
    }
    if (opts.trace) {
      doc.outline.push_back(outline_page(page_lines[i], page_sizes[i], furniture.furniture_lines[i],
                                         tables, stream_parts));
    }
    for (tabular::page_table& t : tables) {
      for (const tabular::page_row& row : t.rows) {
        for (const tabular::page_cell& cell : row.cells) {
          for (const text_line& line : cell.lines) evidence.observe_line(words_of(line));
        }
      }
      parts.push_back(std::move(t));
    }
  }
  const std::vector<tabular::stitched_table> tables =
      tabular::stitch_tables(parts, doc.diagnostics);
  fields::plan_records plans = fields::build_records(tables, evidence, opts, doc.diagnostics);
  doc.tables = std::move(plans.tables);
  doc.records = std::move(plans.records);
  // Every table for --tables, in the order the pages print them.
  std::vector<tabular::stitched_table> all_tables = tables;
  std::vector<tabular::stitched_table> other_tables =
      tabular::stitch_tables(stream_parts, doc.diagnostics);
  all_tables.insert(all_tables.end(), std::make_move_iterator(other_tables.begin()),
                    std::make_move_iterator(other_tables.end()));
  std::stable_sort(all_tables.begin(), all_tables.end(), [](const auto& a, const auto& b) {
    return a.pages.first != b.pages.first ? a.pages.first < b.pages.first : a.top < b.top;
  });
  doc.grids = fields::build_grids(all_tables, evidence);
  if (opts.trace) mark_repeated_headers(all_tables, doc.outline);
  if (doc.records.empty()) {
    doc.diagnostics.push_back({diag::table_none, 0, "no action-plan table was found"});
  }
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const diagnostic& a, const diagnostic& b) { return a.page < b.page; });
  return doc;
}

}  // namespace

// The version string from the header's numbers, so the two cannot disagree.
#define EXTRACT_PLAN_STRINGIFY_(x) #x
#define EXTRACT_PLAN_STRINGIFY(x) EXTRACT_PLAN_STRINGIFY_(x)
const char* version() noexcept {
  return EXTRACT_PLAN_STRINGIFY(EXTRACT_PLAN_VERSION_MAJOR) "." EXTRACT_PLAN_STRINGIFY(
      EXTRACT_PLAN_VERSION_MINOR) "." EXTRACT_PLAN_STRINGIFY(EXTRACT_PLAN_VERSION_PATCH);
}

document extract_file(const std::string& path, const options& opts) {
  const std::string bytes = read_file_bytes(path);
  return extract_bytes(bytes, file_name_of(path), opts);
}

document extract_buffer(const void* data, std::size_t size, const std::string& name,
                        const options& opts) {
  if (data == nullptr && size > 0) throw error(errc::read_failed, "no bytes to read");
  return extract_bytes(std::string_view(static_cast<const char*>(data), size), name, opts);
}

}  // namespace extract_plan
