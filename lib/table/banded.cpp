#include "table/banded.h"

#include <algorithm>
#include <cmath>

#include "layout/lines.h"
#include "table/cells.h"
#include "text/header_map.h"

namespace extract_plan::tabular {
namespace {

// A fill counts as a band when it runs across nine tenths of the table, or from one column
// line to another within this many points (a cell's own fill, as LibreOffice paints Word's
// bands cell by cell). A highlight behind a few words does neither.
constexpr double edge_snap = 2.0;
constexpr double across_share = 0.9;

std::vector<text_line> lines_of(const page_row& row) {
  std::vector<word> words;
  for (const page_cell& cell : row.cells) {
    for (const text_line& line : cell.lines) {
      words.insert(words.end(), line.words.begin(), line.words.end());
    }
  }
  return layout::build_lines(std::move(words));
}

bool near_an_edge(double x, const std::vector<double>& edges) {
  return std::any_of(edges.begin(), edges.end(),
                     [&](double e) { return std::abs(e - x) <= edge_snap; });
}

// Returns the y of the top and bottom edges of the bands of fill inside the body.
std::vector<double> band_edges(const box& body, const std::vector<double>& edges,
                               const std::vector<shade>& shades) {
  std::vector<double> ys;
  const double width = body.width();
  for (const shade& s : shades) {
    const box& b = s.bounds;
    if (b.y1 <= body.y0 || b.y0 >= body.y1 || b.x1 <= body.x0 || b.x0 >= body.x1) continue;
    const double overlap = std::min(b.x1, body.x1) - std::max(b.x0, body.x0);
    const bool across = overlap >= across_share * width;
    const bool cell = near_an_edge(b.x0, edges) && near_an_edge(b.x1, edges);
    if (!across && !cell) continue;
    for (double y : {b.y0, b.y1}) {
      if (y > body.y0 && y < body.y1) ys.push_back(y);
    }
  }
  std::sort(ys.begin(), ys.end());
  return ys;
}

// Returns true when an edge lies between the middles of two lines.
bool edge_between(const std::vector<double>& ys, const text_line& above, const text_line& below) {
  const auto it = std::upper_bound(ys.begin(), ys.end(), above.bounds.center_y());
  return it != ys.end() && *it < below.bounds.center_y();
}

// Returns true when a line of an open body is a section heading across it: one run of words
// from the first column over into the next, where a cell's own lines wrap inside it.
bool is_section_line(const text_line& line, const std::vector<double>& edges) {
  const std::vector<chunk> runs = split_chunks(line, min_gutter_em);
  return runs.size() == 1 && edges.size() >= 3 &&
         column_at(edges, runs[0].words.front().bounds.center_x()) == 0 &&
         runs[0].bounds.x1 > edges[1] + edge_snap;
}

// Returns true when every line with text in the first column starts it with one key, the
// section headings aside.
bool keyed_first_column(const std::vector<std::vector<text_line>>& pieces,
                        const std::vector<bool>& section) {
  std::size_t keys = 0;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (section[i]) continue;
    const text_line& first = pieces[i].front();
    if (first.words.empty()) continue;
    if (first.words.size() != 1 || !is_key(first.words.front().text)) return false;
    ++keys;
  }
  return keys >= 2;
}

// Returns, for each line, whether it starts a row.
std::vector<bool> row_starts(const std::vector<text_line>& lines,
                             const std::vector<std::vector<text_line>>& pieces,
                             const std::vector<double>& bands, const std::vector<bool>& section) {
  std::vector<bool> starts(lines.size(), false);
  if (lines.empty()) return starts;
  starts[0] = true;
  // Bands count where an edge falls between two lines: a header's fill reaching a hair into
  // the body separates nothing. Keys start rows too, where a fill (a RAG cell's) leaves rows
  // between its edges; the gap only in a body with neither.
  std::vector<bool> edge(lines.size(), false);
  bool banded = false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    edge[i] = edge_between(bands, lines[i - 1], lines[i]);
    banded = banded || edge[i];
  }
  const bool keyed = keyed_first_column(pieces, section);
  std::vector<const text_line*> all;
  all.reserve(lines.size());
  for (const text_line& line : lines) all.push_back(&line);
  const double pitch = median_pitch(all);
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const bool first_cell = !pieces[i].front().words.empty();
    const bool gap = lines[i].bounds.y0 - lines[i - 1].bounds.y0 > row_gap_pitches * pitch;
    starts[i] = edge[i] || (keyed ? first_cell : !banded && first_cell && gap);
  }
  return starts;
}

// Returns true when two points show one fill colour, or none, within a hundredth.
bool same_fill(const shade* a, const shade* b) {
  constexpr double close = 0.01;
  if (a == nullptr || b == nullptr) return a == b;
  return std::abs(a->fill.red - b->fill.red) < close &&
         std::abs(a->fill.green - b->fill.green) < close &&
         std::abs(a->fill.blue - b->fill.blue) < close;
}

// Merges cells down where a fill runs on behind a column while the row's other fills change:
// a cell merged down over several rows (a number and recommendation answered by two or three
// actions) keeps the band of its first row (painted once, or row by row in one colour; white
// where that band is white), while the rows beside it take their own bands: the band must
// change behind half the row's columns or more. Only where no new key starts the row: its
// first cell is empty.
void merge_down_by_fill(page_table& t, const std::vector<shade>& shades) {
  const std::size_t columns = t.column_count();
  auto fills = [&](std::size_t r) {
    std::vector<const shade*> out(columns);
    for (std::size_t c = 0; c < columns; ++c) {
      out[c] = shade_at(shades, (t.column_edges[c] + t.column_edges[c + 1]) / 2,
                        t.rows[r].bounds.center_y());
    }
    return out;
  };
  std::vector<std::vector<const shade*>> seen;
  for (std::size_t r = 0; r < t.rows.size(); ++r) seen.push_back(fills(r));
  std::vector<std::size_t> top(columns, 0);  // the row where column c's cell starts
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    if (t.rows[r].spans_all || t.rows[r - 1].spans_all) {
      std::fill(top.begin(), top.end(), r);
      continue;
    }
    // The band changes behind most of the row: one cell's own colour changing (a RAG
    // rating's) while the rest stay white is no band.
    std::size_t changed = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      changed += same_fill(seen[r][c], seen[r - 1][c]) ? 0 : 1;
    }
    const bool changes = changed > 0 && 2 * changed >= columns;
    const bool new_key = t.rows[r].cells.empty() || !t.rows[r].cells[0].is_empty();
    for (std::size_t c = 0; c < columns; ++c) {
      if (!changes || new_key || !same_fill(seen[r][c], seen[r - 1][c])) {
        top[c] = r;
        continue;
      }
      page_cell& cell = t.rows[r].cells[c];
      page_cell& run = t.rows[top[c]].cells[c];
      run.lines.insert(run.lines.end(), cell.lines.begin(), cell.lines.end());
      run.bounds = run.bounds.united(cell.bounds);
      run.spans_down = true;
      cell.lines.clear();
      cell.merged_above = true;
    }
  }
}

}  // namespace

bool is_open_body(const page_row& row, const std::vector<double>& edges) {
  if (edges.size() < 3) return false;
  for (const text_line& line : lines_of(row)) {
    std::vector<std::size_t> columns;
    for (const chunk& run : split_chunks(line, min_gutter_em)) {
      columns.push_back(column_at(edges, run.words.front().bounds.center_x()));
    }
    std::sort(columns.begin(), columns.end());
    if (std::unique(columns.begin(), columns.end()) - columns.begin() >= 2) return true;
  }
  return false;
}

std::vector<page_row> cut_open_body(const page_row& row, const std::vector<double>& edges,
                                    const std::vector<shade>& shades) {
  const std::vector<text_line> lines = lines_of(row);
  std::vector<std::vector<text_line>> pieces;
  pieces.reserve(lines.size());
  std::vector<bool> section;
  for (const text_line& line : lines) {
    pieces.push_back(cut_line(line, edges));
    section.push_back(is_section_line(line, edges));
  }
  const std::vector<bool> starts =
      row_starts(lines, pieces, band_edges(row.bounds, edges, shades), section);
  page_table t;
  t.column_edges = edges;
  bool after_section = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (section[i]) {
      page_row heading;
      heading.cells.resize(edges.size() - 1);
      heading.cells[0].lines.push_back(lines[i]);
      heading.bounds = lines[i].bounds;
      heading.spans_all = true;
      t.rows.push_back(std::move(heading));
      after_section = true;
      continue;
    }
    add_line(t, std::move(pieces[i]), lines[i].bounds, starts[i] || after_section);
    after_section = false;
  }
  // Each row reaches down to the next, the first from the body's top, the last to its
  // bottom, so that the cells tile the body as ruled cells tile their grid.
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    page_row& out = t.rows[r];
    out.bounds.x0 = row.bounds.x0;
    out.bounds.x1 = row.bounds.x1;
    out.bounds.y0 = r == 0 ? row.bounds.y0 : t.rows[r - 1].bounds.y1;
    out.bounds.y1 =
        r + 1 == t.rows.size() ? row.bounds.y1 : (out.bounds.y1 + t.rows[r + 1].bounds.y0) / 2;
  }
  bound_cells(t);
  merge_down_by_fill(t, shades);
  return std::move(t.rows);
}

}  // namespace extract_plan::tabular
