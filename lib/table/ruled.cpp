#include "table/ruled.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/lines.h"

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

page_table build_table(const page& p, const std::vector<segment>& horizontal,
                       const std::vector<segment>& vertical) {
  page_table t;
  t.page = p.number;
  t.is_ruled = true;
  std::vector<double> positions;
  for (const segment& v : vertical) positions.push_back(v.pos);
  const std::vector<double> xs = distinct_positions(positions);
  const double left = xs.front(), right = xs.back();

  // A row boundary is a horizontal line across at least one whole gap between column lines;
  // shorter ones are underlines or strike-through inside a cell.
  std::vector<double> ys;
  for (const segment& h : horizontal) {
    for (std::size_t c = 0; c + 1 < xs.size(); ++c) {
      if (h.from <= xs[c] + reach(h) && h.to >= xs[c + 1] - reach(h)) {
        ys.push_back(h.pos);
        break;
      }
    }
  }
  // Where a row breaks across pages some producers draw no line at the cut: the column lines
  // then run past the last row line, and their ends close the table.
  double top = vertical.front().from, bottom = vertical.front().to;
  for (const segment& v : vertical) {
    top = std::min(top, v.from);
    bottom = std::max(bottom, v.to);
  }
  ys.push_back(top);
  ys.push_back(bottom);
  // Row lines closer than min_row_height are one (a double border, or column lines starting
  // just above the first row line): no band of the grid is too thin for text.
  const std::vector<double> row_edges = distinct_positions(ys, min_row_height);
  t.bounds = {left, row_edges.front(), right, row_edges.back()};
  const std::size_t bands = row_edges.size() - 1;

  // has_line[r][k]: a column line at xs[k] crosses the middle of row band r. Marked from
  // each line's extent, so a dense grid costs its lines times their bands, not a cube.
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
  // A shift wider than 3% of the table (28pt on a 16:9 slide) is a narrow column of its own.
  const auto groups = group_boundaries(xs, has_line, std::max(snap, 0.03 * (right - left)));
  const std::size_t columns = groups.size() - 1;
  // Each boundary sits where most rows draw it.
  for (const auto& group : groups) {
    std::size_t best = group.front(), best_count = 0;
    for (std::size_t k : group) {
      std::size_t count = 0;
      for (std::size_t r = 0; r < bands; ++r) count += has_line[r][k] ? 1 : 0;
      if (count > best_count) best = k, best_count = count;
    }
    t.column_edges.push_back(xs[best]);
  }

  std::vector<page_row> rows(bands);
  // edges[r][g]: where boundary g lies in row r; span_start[r][c]: the leftmost column of the
  // merged cell holding column c (an inner boundary missing across a row merges its cells).
  std::vector<std::vector<double>> edges(bands, t.column_edges);
  std::vector<std::vector<std::size_t>> span_start(bands, std::vector<std::size_t>(columns, 0));
  for (std::size_t r = 0; r < bands; ++r) {
    rows[r].bounds = {left, row_edges[r], right, row_edges[r + 1]};
    rows[r].cells.resize(columns);
    std::size_t spans = 1;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      bool drawn = false;
      for (std::size_t k : groups[g]) {
        if (has_line[r][k]) edges[r][g] = xs[k], drawn = true;
      }
      if (g == 0 || g + 1 == groups.size()) continue;
      span_start[r][g] = drawn ? g : span_start[r][g - 1];
      spans += drawn ? 1 : 0;
    }
    rows[r].spans_all = columns > 1 && spans == 1;
    for (std::size_t c = 0; c < columns; ++c) {
      std::size_t end = c + 1;
      while (end < columns && span_start[r][end] == span_start[r][c]) ++end;
      rows[r].cells[c].bounds = {edges[r][span_start[r][c]], row_edges[r], edges[r][end],
                                 row_edges[r + 1]};
    }
  }

  // closed[r][c]: a line runs along the top of row r's cell in column c. A cell with no line
  // along its top continues the cell above (a group label merged down over several rows, as
  // the Infected Blood response's "Accepting in full").
  std::vector<std::vector<bool>> closed(bands, std::vector<bool>(columns, false));
  for (const segment& h : horizontal) {
    const auto r = static_cast<std::size_t>(
        std::lower_bound(row_edges.begin(), row_edges.end(), h.pos - snap) - row_edges.begin());
    if (r == 0 || r >= bands || std::abs(row_edges[r] - h.pos) > snap) continue;
    for (std::size_t c = 0; c < columns; ++c) {
      const box& cell = rows[r].cells[c].bounds;
      if (h.from <= cell.x0 + reach(h) && h.to >= cell.x1 - reach(h)) closed[r][c] = true;
    }
  }
  std::vector<std::vector<std::size_t>> run_top(bands, std::vector<std::size_t>(columns));
  for (std::size_t r = 0; r < bands; ++r) {
    for (std::size_t c = 0; c < columns; ++c) {
      run_top[r][c] = r;
      if (r == 0 || span_start[r][c] != c || span_start[r - 1][c] != c || closed[r][c]) continue;
      run_top[r][c] = run_top[r - 1][c];
      rows[r].cells[c].merged_above = true;
      rows[run_top[r][c]].cells[c].spans_down = true;
      rows[run_top[r][c]].cells[c].bounds.y1 = rows[r].cells[c].bounds.y1;
    }
  }

  std::vector<std::vector<std::vector<word>>> words_at(bands,
                                                       std::vector<std::vector<word>>(columns));
  for (const word& w : p.words) {
    const double cx = w.bounds.center_x(), cy = w.bounds.center_y();
    const int r = interval_of(row_edges, cy);
    if (r < 0) continue;
    const auto row = static_cast<std::size_t>(r);
    const int c = interval_of(edges[row], cx);
    if (c < 0) continue;
    const std::size_t column = span_start[row][static_cast<std::size_t>(c)];
    words_at[run_top[row][column]][column].push_back(w);
  }
  for (std::size_t r = 0; r < bands; ++r) {
    bool any = false;
    for (std::size_t c = 0; c < columns; ++c) {
      rows[r].cells[c].lines = layout::build_lines(std::move(words_at[r][c]));
      any = any || !rows[r].cells[c].is_empty();
    }
    if (any) t.rows.push_back(std::move(rows[r]));
  }
  return t;
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
  const std::size_t nh = horizontal.size(), n = nh + vertical.size();
  union_find groups(n);
  // Pair each horizontal line with the vertical ones within its reach, found by x in the
  // verticals sorted by position (merge_rules returns them so).
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
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < n; ++i) roots.push_back(groups.find(i));
  std::vector<std::size_t> distinct_roots = roots;
  std::sort(distinct_roots.begin(), distinct_roots.end());
  distinct_roots.erase(std::unique(distinct_roots.begin(), distinct_roots.end()),
                       distinct_roots.end());

  std::vector<page_table> tables;
  for (std::size_t root : distinct_roots) {
    std::vector<segment> h, v;
    for (std::size_t i = 0; i < n; ++i) {
      if (roots[i] != root) continue;
      if (i < nh) {
        h.push_back(horizontal[i]);
      } else {
        v.push_back(vertical[i - nh]);
      }
    }
    if (v.size() < 3 || h.empty()) continue;  // two columns need three column lines
    if (v.size() > max_grid_lines || h.size() > max_grid_lines) {
      skip("a grid of " + std::to_string(v.size()) + " by " + std::to_string(h.size()) +
           " lines is drawn, not a table of text; it was ignored");
      continue;
    }
    page_table t = build_table(p, h, v);
    if (t.column_count() >= 2 && !t.rows.empty()) tables.push_back(std::move(t));
  }
  std::sort(tables.begin(), tables.end(),
            [](const page_table& a, const page_table& b) { return a.bounds.y0 < b.bounds.y0; });
  return tables;
}

}  // namespace extract_plan::tabular
