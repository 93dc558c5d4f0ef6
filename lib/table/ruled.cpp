#include "table/ruled.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/lines.h"
#include "table/banded.h"
#include "table/grouped.h"

namespace extract_plan::tabular {
namespace {

// Producers draw one border per cell, often a fraction of a point apart, and double borders
// about 1.5pt apart; 2pt treats both as one line yet keeps apart real rows (a line of text,
// 8pt or more).
constexpr double snap = 2.0;
// A line reaching within 3pt of another is taken to meet it: Word and LibreOffice stop cell
// borders half a line width short of the crossing border.
constexpr double meet = 3.0;
// A row band thinner than this holds no text: it is the gap of a double border.
constexpr double min_row_height = 3.0;
// Lines on a page and in one grid beyond which the drawing is not a table (see their use).
constexpr std::size_t max_page_lines = 20000;
constexpr std::size_t max_grid_lines = 400;

std::vector<segment> merge_axis(std::vector<segment> pieces, double tolerance) {
  std::sort(pieces.begin(), pieces.end(),
            [](const segment& a, const segment& b) { return a.pos < b.pos; });
  std::vector<segment> merged;
  std::size_t i = 0;
  while (i < pieces.size()) {
    std::size_t j = i;
    while (j < pieces.size() && pieces[j].pos - pieces[i].pos <= tolerance) ++j;
    std::vector<segment> group(pieces.begin() + static_cast<std::ptrdiff_t>(i),
                               pieces.begin() + static_cast<std::ptrdiff_t>(j));
    double pos_sum = 0;
    for (const segment& s : group) pos_sum += s.pos;
    const double pos = pos_sum / static_cast<double>(group.size());
    std::sort(group.begin(), group.end(),
              [](const segment& a, const segment& b) { return a.from < b.from; });
    segment current{pos, group.front().from, group.front().to, group.front().thickness};
    for (std::size_t k = 1; k < group.size(); ++k) {
      if (group[k].from <= current.to + tolerance) {
        current.to = std::max(current.to, group[k].to);
        current.thickness = std::max(current.thickness, group[k].thickness);
      } else {
        merged.push_back(current);
        current = {pos, group[k].from, group[k].to, group[k].thickness};
      }
    }
    merged.push_back(current);
    i = j;
  }
  return merged;
}

// How far short of a crossing line a segment may stop and still meet it: a thick border is
// drawn up to the near side of the line it meets, so it stops short by up to its own width.
double reach(const segment& s) { return meet + 2 * s.thickness; }

bool meets(const segment& h, const segment& v) {
  return v.pos >= h.from - reach(h) && v.pos <= h.to + reach(h) && h.pos >= v.from - reach(v) &&
         h.pos <= v.to + reach(v);
}

struct union_find {
  std::vector<std::size_t> parent;
  explicit union_find(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// Returns sorted positions with near-equal ones (within snap) collapsed to their first.
std::vector<double> distinct_positions(std::vector<double> values, double apart = snap) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  for (double v : values) {
    if (out.empty() || v - out.back() > apart) out.push_back(v);
  }
  return out;
}

// Returns the index of the interval of `edges` holding `x`, or -1.
int interval_of(const std::vector<double>& edges, double x) {
  for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
    if (x >= edges[i] && x < edges[i + 1]) return static_cast<int>(i);
  }
  return -1;
}

// Groups column-line positions that are one logical boundary drawn at different x in
// different rows (Kent's PowerPoint tables put the last boundary 20pt further right in the
// body than in the header): positions closer than `shift_limit` that no row has both of.
// Returns, for each group, the indices into `xs` it holds.
std::vector<std::vector<std::size_t>> group_boundaries(
    const std::vector<double>& xs, const std::vector<std::vector<bool>>& has_line,
    double shift_limit) {
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t k = 0; k < xs.size(); ++k) {
    bool joins = !groups.empty() && xs[k] - xs[groups.back().back()] < shift_limit;
    for (std::size_t r = 0; joins && r < has_line.size(); ++r) {
      if (!has_line[r][k]) continue;
      for (std::size_t j : groups.back()) joins = joins && !has_line[r][j];
    }
    if (joins) {
      groups.back().push_back(k);
    } else {
      groups.push_back({k});
    }
  }
  return groups;
}

// The lines of one grid, merged.
struct grid_lines {
  std::vector<segment> horizontal, vertical;
};

// Returns the row boundaries of a grid whose column lines stand at xs. A row boundary is a
// horizontal line across at least one whole gap between column lines; shorter ones are
// underlines or strike-through inside a cell.
std::vector<double> row_edges_of(const grid_lines& g, const std::vector<double>& xs) {
  std::vector<double> ys;
  for (const segment& h : g.horizontal) {
    for (std::size_t c = 0; c + 1 < xs.size(); ++c) {
      if (h.from <= xs[c] + reach(h) && h.to >= xs[c + 1] - reach(h)) {
        ys.push_back(h.pos);
        break;
      }
    }
  }
  // Where a row breaks across pages some producers draw no line at the cut: the column lines
  // then run past the last row line, and their ends close the table.
  double top = g.vertical.front().from, bottom = g.vertical.front().to;
  for (const segment& v : g.vertical) {
    top = std::min(top, v.from);
    bottom = std::max(bottom, v.to);
  }
  ys.push_back(top);
  ys.push_back(bottom);
  // Row lines closer than min_row_height are one (a double border, or column lines starting
  // just above the first row line): no band of the grid is too thin for text.
  return distinct_positions(ys, min_row_height);
}

// Returns has_line[r][k]: a column line at xs[k] crosses the middle of row band r. Marked
// from each line's extent, so a dense grid costs its lines times their bands, not a cube.
std::vector<std::vector<bool>> column_lines_by_band(const std::vector<segment>& vertical,
                                                    const std::vector<double>& xs,
                                                    const std::vector<double>& row_edges) {
  const std::size_t bands = row_edges.size() - 1;
  std::vector<std::vector<bool>> has_line(bands, std::vector<bool>(xs.size(), false));
  std::vector<double> mids(bands);
  for (std::size_t r = 0; r < bands; ++r) mids[r] = (row_edges[r] + row_edges[r + 1]) / 2;
  for (const segment& v : vertical) {
    const auto k =
        static_cast<std::size_t>(std::lower_bound(xs.begin(), xs.end(), v.pos - snap) - xs.begin());
    if (k >= xs.size() || std::abs(xs[k] - v.pos) > snap) continue;
    auto r =
        static_cast<std::size_t>(std::lower_bound(mids.begin(), mids.end(), v.from) - mids.begin());
    for (; r < bands && mids[r] <= v.to; ++r) has_line[r][k] = true;
  }
  return has_line;
}

// Returns each column boundary where most rows draw it, of the positions grouped into it.
std::vector<double> boundary_positions(const std::vector<double>& xs,
                                       const std::vector<std::vector<bool>>& has_line,
                                       const std::vector<std::vector<std::size_t>>& groups) {
  std::vector<double> out;
  for (const auto& group : groups) {
    std::size_t best = group.front(), best_count = 0;
    for (std::size_t k : group) {
      std::size_t count = 0;
      for (const std::vector<bool>& band : has_line) count += band[k] ? 1 : 0;
      if (count > best_count) best = k, best_count = count;
    }
    out.push_back(xs[best]);
  }
  return out;
}

// A ruled grid's rows before their words: each cell's box, where each boundary lies in each
// row (edges[r][g]), and the leftmost column of the merged cell holding each column
// (span_start[r][c]: an inner boundary missing across a row merges its cells).
struct grid_rows {
  std::vector<page_row> rows;
  std::vector<std::vector<double>> edges;
  std::vector<std::vector<std::size_t>> span_start;
};

grid_rows lay_out_rows(const std::vector<double>& xs, const std::vector<double>& row_edges,
                       const std::vector<std::vector<bool>>& has_line,
                       const std::vector<std::vector<std::size_t>>& groups,
                       const std::vector<double>& column_edges) {
  const std::size_t bands = row_edges.size() - 1, columns = groups.size() - 1;
  const double left = xs.front(), right = xs.back();
  grid_rows out{std::vector<page_row>(bands), std::vector<std::vector<double>>(bands, column_edges),
                std::vector<std::vector<std::size_t>>(bands, std::vector<std::size_t>(columns, 0))};
  for (std::size_t r = 0; r < bands; ++r) {
    page_row& row = out.rows[r];
    row.bounds = {left, row_edges[r], right, row_edges[r + 1]};
    row.cells.resize(columns);
    std::size_t spans = 1;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      bool drawn = false;
      for (std::size_t k : groups[g]) {
        if (has_line[r][k]) out.edges[r][g] = xs[k], drawn = true;
      }
      if (g == 0 || g + 1 == groups.size()) continue;
      out.span_start[r][g] = drawn ? g : out.span_start[r][g - 1];
      spans += drawn ? 1 : 0;
    }
    row.spans_all = columns > 1 && spans == 1;
    for (std::size_t c = 0; c < columns; ++c) {
      std::size_t end = c + 1;
      while (end < columns && out.span_start[r][end] == out.span_start[r][c]) ++end;
      row.cells[c].bounds = {out.edges[r][out.span_start[r][c]], row_edges[r], out.edges[r][end],
                             row_edges[r + 1]};
    }
  }
  return out;
}

// Merges cells down: a cell with no line along its top continues the cell above (a group
// label merged down over several rows, as the Infected Blood response's "Accepting in full").
// Returns run_top[r][c], the row where the cell holding row r's column c starts.
std::vector<std::vector<std::size_t>> merge_down(const std::vector<segment>& horizontal,
                                                 const std::vector<double>& row_edges,
                                                 grid_rows& grid) {
  const std::size_t bands = grid.rows.size();
  const std::size_t columns = bands == 0 ? 0 : grid.rows.front().cells.size();
  // closed[r][c]: a line runs along the top of row r's cell in column c.
  std::vector<std::vector<bool>> closed(bands, std::vector<bool>(columns, false));
  for (const segment& h : horizontal) {
    const auto r = static_cast<std::size_t>(
        std::lower_bound(row_edges.begin(), row_edges.end(), h.pos - snap) - row_edges.begin());
    if (r == 0 || r >= bands || std::abs(row_edges[r] - h.pos) > snap) continue;
    for (std::size_t c = 0; c < columns; ++c) {
      const box& cell = grid.rows[r].cells[c].bounds;
      if (h.from <= cell.x0 + reach(h) && h.to >= cell.x1 - reach(h)) closed[r][c] = true;
    }
  }
  std::vector<std::vector<std::size_t>> run_top(bands, std::vector<std::size_t>(columns));
  for (std::size_t r = 0; r < bands; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      run_top[r][c] = r;
      const auto& start = grid.span_start;
      if (r == 0 || start[r][c] != c || start[r - 1][c] != c || closed[r][c]) continue;
      run_top[r][c] = run_top[r - 1][c];
      grid.rows[r].cells[c].merged_above = true;
      grid.rows[run_top[r][c]].cells[c].spans_down = true;
      grid.rows[run_top[r][c]].cells[c].bounds.y1 = grid.rows[r].cells[c].bounds.y1;
    }
  }
  return run_top;
}

// Puts each word in the cell holding its centre, and keeps the rows that hold any.
std::vector<page_row> fill_cells(const std::vector<word>& words,
                                 const std::vector<double>& row_edges, grid_rows grid,
                                 const std::vector<std::vector<std::size_t>>& run_top) {
  const std::size_t bands = grid.rows.size();
  const std::size_t columns = bands == 0 ? 0 : grid.rows.front().cells.size();
  std::vector<std::vector<std::vector<word>>> words_at(bands,
                                                       std::vector<std::vector<word>>(columns));
  for (const word& w : words) {
    const int r = interval_of(row_edges, w.bounds.center_y());
    if (r < 0) continue;
    const auto row = static_cast<std::size_t>(r);
    const int c = interval_of(grid.edges[row], w.bounds.center_x());
    if (c < 0) continue;
    const std::size_t column = grid.span_start[row][static_cast<std::size_t>(c)];
    words_at[run_top[row][column]][column].push_back(w);
  }
  std::vector<page_row> out;
  for (std::size_t r = 0; r < bands; ++r) {
    bool any = false;
    for (std::size_t c = 0; c < columns; ++c) {
      grid.rows[r].cells[c].lines = layout::build_lines(std::move(words_at[r][c]));
      any = any || !grid.rows[r].cells[c].is_empty();
    }
    if (any) out.push_back(std::move(grid.rows[r]));
  }
  return out;
}

page_table build_table(const page& p, const grid_lines& g) {
  page_table t;
  t.page = p.number;
  t.is_ruled = true;
  std::vector<double> positions;
  for (const segment& v : g.vertical) positions.push_back(v.pos);
  const std::vector<double> xs = distinct_positions(positions);
  const std::vector<double> row_edges = row_edges_of(g, xs);
  t.bounds = {xs.front(), row_edges.front(), xs.back(), row_edges.back()};
  const auto has_line = column_lines_by_band(g.vertical, xs, row_edges);
  // A shift wider than 3% of the table (28pt on a 16:9 slide) is a narrow column of its own.
  const auto groups =
      group_boundaries(xs, has_line, std::max(snap, 0.03 * (xs.back() - xs.front())));
  t.column_edges = boundary_positions(xs, has_line, groups);
  grid_rows rows = lay_out_rows(xs, row_edges, has_line, groups, t.column_edges);
  const auto run_top = merge_down(g.horizontal, row_edges, rows);
  for (page_row& row : fill_cells(p.words, row_edges, std::move(rows), run_top)) {
    if (!row.spans_all || !is_open_body(row, t.column_edges)) {
      t.rows.push_back(std::move(row));
      continue;
    }
    for (page_row& cut : cut_open_body(row, t.column_edges, p.shades)) {
      t.rows.push_back(std::move(cut));
    }
  }
  return t;
}

// Returns the page's lines grouped into connected grids: each horizontal line paired with the
// vertical ones within its reach, found by x in the verticals sorted by position
// (merge_rules returns them so).
std::vector<grid_lines> connected_grids(const std::vector<segment>& horizontal,
                                        const std::vector<segment>& vertical) {
  const std::size_t nh = horizontal.size(), n = nh + vertical.size();
  union_find groups(n);
  double widest = 0;
  for (const segment& v : vertical) widest = std::max(widest, reach(v));
  for (std::size_t i = 0; i < nh; ++i) {
    const segment& h = horizontal[i];
    const double from = h.from - std::max(reach(h), widest);
    auto j = static_cast<std::size_t>(
        std::lower_bound(vertical.begin(), vertical.end(), from,
                         [](const segment& v, double x) { return v.pos < x; }) -
        vertical.begin());
    for (; j < vertical.size() && vertical[j].pos <= h.to + std::max(reach(h), widest); ++j) {
      if (meets(h, vertical[j])) groups.unite(i, nh + j);
    }
  }
  // One grid per root, in order of the roots, each with its lines in their order.
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < n; ++i) roots.push_back(groups.find(i));
  std::vector<std::size_t> distinct_roots = roots;
  std::sort(distinct_roots.begin(), distinct_roots.end());
  distinct_roots.erase(std::unique(distinct_roots.begin(), distinct_roots.end()),
                       distinct_roots.end());
  std::vector<grid_lines> grids(distinct_roots.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto at = std::lower_bound(distinct_roots.begin(), distinct_roots.end(), roots[i]) -
                    distinct_roots.begin();
    grid_lines& g = grids[static_cast<std::size_t>(at)];
    if (i < nh) {
      g.horizontal.push_back(horizontal[i]);
    } else {
      g.vertical.push_back(vertical[i - nh]);
    }
  }
  return grids;
}

}  // namespace

void merge_rules(const std::vector<rule>& rules, double tolerance, std::vector<segment>& horizontal,
                 std::vector<segment>& vertical) {
  std::vector<segment> h, v;
  for (const rule& r : rules) {
    if (r.is_horizontal()) {
      h.push_back({r.y0, std::min(r.x0, r.x1), std::max(r.x0, r.x1), r.thickness});
    }
    if (r.is_vertical()) {
      v.push_back({r.x0, std::min(r.y0, r.y1), std::max(r.y0, r.y1), r.thickness});
    }
  }
  horizontal = merge_axis(std::move(h), tolerance);
  vertical = merge_axis(std::move(v), tolerance);
}

std::vector<page_table> find_ruled_tables(const page& p, std::vector<diagnostic>& diagnostics) {
  std::vector<segment> horizontal, vertical;
  merge_rules(p.rules, snap, horizontal, vertical);
  auto skip = [&](const std::string& message) {
    diagnostics.push_back({diag::table_too_many_lines, p.number, message});
  };
  // A page of tables has a few hundred lines at most; thousands are a chart, a map or a
  // pattern, and pairing them all would cost far more than reading the page.
  if (horizontal.size() > max_page_lines || vertical.size() > max_page_lines) {
    skip(std::to_string(horizontal.size() + vertical.size()) +
         " ruling lines: too many for tables; the page's lines were ignored");
    return {};
  }
  std::vector<page_table> tables;
  for (const grid_lines& g : connected_grids(horizontal, vertical)) {
    if (g.vertical.size() < 3 || g.horizontal.empty()) continue;  // two columns: three lines
    if (g.vertical.size() > max_grid_lines || g.horizontal.size() > max_grid_lines) {
      skip("a grid of " + std::to_string(g.vertical.size()) + " by " +
           std::to_string(g.horizontal.size()) +
           " lines is drawn, not a table of text; it was ignored");
      continue;
    }
    page_table t = build_table(p, g);
    fold_grouped_header(t);
    if (t.column_count() >= 2 && !t.rows.empty()) tables.push_back(std::move(t));
  }
  std::sort(tables.begin(), tables.end(),
            [](const page_table& a, const page_table& b) { return a.bounds.y0 < b.bounds.y0; });
  return tables;
}

}  // namespace extract_plan::tabular
