#include "table/aligned.h"

#include <algorithm>
#include <cmath>

#include "stats.h"
#include "table/cells.h"
#include "text/header_map.h"

namespace extract_plan::tabular {
namespace {

// The narrowest gutter in points, for tiny fonts.
constexpr double min_gutter = 2.0;
// Lines further apart than three times the table's usual line pitch are not one table: Word
// puts at most a blank paragraph (about two pitches) between rows.
constexpr double max_pitches_between_lines = 3.0;
// A section heading takes at most 60% of the table's width; wider lines are prose.
constexpr double max_heading_share = 0.6;
// The second line of a two-line header sits less than 1.6 line heights below the first.
constexpr double header_pitch_limit = 1.6;

struct gutter {
  double lo = 0, hi = 0;
};

// Returns true when a line's text runs on over gutter k into the column to its right as a
// spreadsheet's does into an empty neighbour: one run of words (no gap wider than a space)
// starts left of the gutter and ends before the next, nothing else of the line is in the
// column it runs into, and the line has text in two other columns, so it is a row.
bool runs_over(const std::vector<chunk>& runs, const std::vector<gutter>& gutters, std::size_t k) {
  const gutter& g = gutters[k];
  const double next = k + 1 < gutters.size() ? gutters[k + 1].lo : 1e300;
  const auto over = std::find_if(runs.begin(), runs.end(), [&](const chunk& r) {
    return r.bounds.x0 < g.lo && r.bounds.x1 > g.hi && r.bounds.x1 < next;
  });
  if (over == runs.end() || runs.size() < 3) return false;
  return std::none_of(runs.begin(), runs.end(), [&](const chunk& r) {
    return &r != &*over && r.bounds.x1 > g.lo && r.bounds.x0 < next;
  });
}

// Narrows the gutters by the words of a line. Returns false, leaving them as they were,
// when the line crosses a column boundary: a word covers a gutter, or the space the line
// leaves around a gutter is no wider than a space between words; unless, given the line's
// runs of words, its text only runs on into an empty neighbour (runs_over), where that
// gutter is left as it was.
bool narrow_gutters(std::vector<gutter>& gutters, const text_line& line,
                    const std::vector<chunk>* runs) {
  std::vector<gutter> narrowed = gutters;
  for (std::size_t k = 0; k < narrowed.size(); ++k) {
    gutter& g = narrowed[k];
    if (runs != nullptr && runs_over(*runs, gutters, k)) continue;
    double free_from = -1e9, free_to = 1e9, size = 0;
    for (const word& w : line.words) {
      size = std::max(size, w.font_size);
      if (w.bounds.x1 <= g.lo) {
        free_from = std::max(free_from, w.bounds.x1);
        continue;
      }
      if (w.bounds.x0 >= g.hi) {
        free_to = std::min(free_to, w.bounds.x0);
        continue;
      }
      const double left = w.bounds.x0 - g.lo, right = g.hi - w.bounds.x1;
      if (left >= right) {
        g.hi = w.bounds.x0;
        free_to = std::min(free_to, w.bounds.x0);
      } else {
        g.lo = w.bounds.x1;
        free_from = std::max(free_from, w.bounds.x1);
      }
    }
    const double needed = std::max(min_gutter, min_gutter_em * size);
    if (g.hi - g.lo < min_gutter || free_to - free_from < needed) return false;
  }
  gutters = std::move(narrowed);
  return true;
}

// Narrows the gutters by a line, as narrow_gutters does, letting its text run on.
bool fit_line(std::vector<gutter>& gutters, const text_line& line) {
  if (narrow_gutters(gutters, line, nullptr)) return true;
  // Only a line that crosses a gutter is asked whether its text runs on over it.
  const std::vector<chunk> runs = split_chunks(line, min_gutter_em);
  return narrow_gutters(gutters, line, &runs);
}

struct header_match {
  std::vector<chunk> cells;
  std::size_t lines = 0;  // how many lines the header takes
  // Per cell, the group of columns a two-row header names over it, or "".
  std::vector<std::string> groups = std::vector<std::string>(cells.size());
};

// How sure a header must be: a table's first header may name fields loosely ("Draft KCC
// Response"); a header row inside a table's body, which ends the table, must name them
// exactly, or a row reading "Second finding | Second action" would cut the table.
enum class header_evidence { loose, exact };

int known_fields(const std::vector<chunk>& cells, header_evidence evidence) {
  int known = 0;
  for (const chunk& c : cells) {
    const bool named = evidence == header_evidence::exact
                           ? text::match_header_exactly(c.text()).has_value()
                           : text::match_header(c.text()).has_value();
    known += named ? 1 : 0;
  }
  return known;
}

// Merges the chunks of a header's second line into the first's by horizontal overlap
// ("LEAD" over "OFFICER").
std::vector<chunk> stack_chunks(std::vector<chunk> top, const std::vector<chunk>& below) {
  for (const chunk& b : below) {
    auto it = std::find_if(top.begin(), top.end(), [&](const chunk& t) {
      return b.bounds.x0 < t.bounds.x1 && b.bounds.x1 > t.bounds.x0;
    });
    if (it == top.end()) {
      top.push_back(b);
    } else {
      it->words.insert(it->words.end(), b.words.begin(), b.words.end());
      it->bounds = it->bounds.united(b.bounds);
    }
  }
  std::sort(top.begin(), top.end(),
            [](const chunk& a, const chunk& b) { return a.bounds.x0 < b.bounds.x0; });
  return top;
}

// The lower row of a grouped header sits less than three line heights below the upper: a
// rule and the cells' padding lie between them.
constexpr double group_pitch_limit = 3.0;
// A group's label is set in the header's type, a tenth larger at most (bold); a title above
// a table is larger.
constexpr double max_group_size = 1.1;

// Splits the lower chunks (left to right) into one run for each label over them, each label
// centred over its run's columns: labels are centred over the cells they head. A column
// reaches from where its name starts to where the next one starts (names are set flush left
// in their cells, as the cells' text is), the last as far right as its label's centre puts
// it. Returns where each label's run starts, or nothing when there are fewer chunks than
// labels.
std::optional<std::vector<std::size_t>> runs_under(const std::vector<chunk>& labels,
                                                   const std::vector<chunk>& lower) {
  const std::size_t k = labels.size(), n = lower.size();
  if (k == 0 || n < k) return std::nullopt;
  auto cost = [&](std::size_t label, std::size_t from, std::size_t to) {
    const box& l = labels[label].bounds;
    const double start = lower[from].bounds.x0;
    // A label that starts before its first column is over another column.
    const double overhang = std::max(0.0, start - l.x0);
    if (to < n) return overhang + std::abs((start + lower[to].bounds.x0) / 2 - l.center_x());
    return overhang + std::max(0.0, lower[n - 1].bounds.x1 - (2 * l.center_x() - start));
  };
  // best[j][e]: the least cost of labels 0..j-1 over chunks 0..e-1; from[j][e] its last start.
  constexpr double none = 1e300;
  std::vector<std::vector<double>> best(k + 1, std::vector<double>(n + 1, none));
  std::vector<std::vector<std::size_t>> from(k + 1, std::vector<std::size_t>(n + 1, 0));
  best[0][0] = 0;
  for (std::size_t j = 1; j <= k; ++j) {
    for (std::size_t e = j; e <= n; ++e) {
      for (std::size_t s = j - 1; s < e; ++s) {
        if (best[j - 1][s] >= none) continue;
        const double c = best[j - 1][s] + cost(j - 1, s, e);
        if (c < best[j][e]) best[j][e] = c, from[j][e] = s;
      }
    }
  }
  std::vector<std::size_t> starts(k);
  for (std::size_t j = k, e = n; j > 0; e = from[j][e], --j) starts[j - 1] = from[j][e];
  return starts;
}

// Reads an upper line of group names over a lower line of column names ("Delivery" over
// "Action  Owner  Due date"): the upper chunks left of the lower line name columns of their
// own, merged down over both rows ("Ref", "Recommendation"); those over it name groups, each
// over the run of lower chunks centred under it. None unless a group has two columns.
std::optional<header_match> grouped_reading(const std::vector<chunk>& upper,
                                            const std::vector<chunk>& lower) {
  // No header has more columns than this; a line of more runs is a chart's labels or worse,
  // and the split below costs the square of its runs.
  constexpr std::size_t max_header_cells = 40;
  if (lower.size() < 2 || lower.size() > max_header_cells || upper.size() > max_header_cells) {
    return std::nullopt;
  }
  // The names below must name fields themselves, two at least: a header's lower row does.
  const auto named = std::count_if(lower.begin(), lower.end(), [](const chunk& c) {
    return text::match_header(c.text()).has_value();
  });
  if (named < 2) return std::nullopt;
  header_match out{{}, 2};
  out.groups.clear();
  std::vector<chunk> labels;
  for (const chunk& u : upper) {
    if (u.bounds.x1 <= lower.front().bounds.x0) {
      out.cells.push_back(u);
      out.groups.emplace_back();
    } else if (u.bounds.x0 >= lower.front().bounds.x0 - 1) {
      labels.push_back(u);
    } else {
      return std::nullopt;  // a chunk across the lower line's start: no grouped header
    }
  }
  // One label over every column, with none named beside it, is a title over the table
  // ("Action Plan 2024/25"), not a group; so is a label in larger type than the names.
  if (labels.size() == 1 && out.cells.empty()) return std::nullopt;
  const double name_size = lower.front().words.front().font_size;
  for (const chunk& l : labels) {
    if (l.words.front().font_size > max_group_size * name_size) return std::nullopt;
  }
  const auto starts = runs_under(labels, lower);
  if (!starts) return std::nullopt;
  bool grouped = false;
  for (std::size_t j = 0; j < labels.size(); ++j) {
    const std::size_t end = j + 1 < labels.size() ? (*starts)[j + 1] : lower.size();
    // Centred over its run: its middle inside the run's columns, and far enough right of
    // their start to reach over the last of them (a line of prose above a header row, set
    // flush left, is over none but the first).
    const double start = lower[(*starts)[j]].bounds.x0, middle = labels[j].bounds.center_x();
    const double reach = end < lower.size() ? lower[end].bounds.x0 : 2 * middle - start;
    if (middle < start || middle > reach || reach < lower[end - 1].bounds.x0) return std::nullopt;
    grouped = grouped || end - (*starts)[j] >= 2;
    for (std::size_t c = (*starts)[j]; c < end; ++c) {
      out.cells.push_back(lower[c]);
      out.groups.push_back(end - (*starts)[j] >= 2 ? labels[j].text() : "");
    }
  }
  if (!grouped) return std::nullopt;
  return out;
}

bool is_grouped(const header_match& m) {
  return std::any_of(m.groups.begin(), m.groups.end(), [](const auto& g) { return !g.empty(); });
}

// Finds a header row at line i: split at the gutter width, or finer (tight tables leave less
// than an em between headers: "Completion  Resources"), alone or stacked with the line below
// it ("Completion" over "date"), or as names under group labels ("Delivery" over "Action
// Owner"). The reading naming the most fields wins; on a tie, the grouped reading (only a
// header laid out so gives one), then the finer split, then the single line.
std::optional<header_match> header_at(const std::vector<text_line>& lines, std::size_t i,
                                      header_evidence evidence = header_evidence::loose) {
  std::optional<header_match> best;
  int best_known = 0;
  const bool has_next =
      i + 1 < lines.size() && lines[i + 1].bounds.y0 - lines[i].bounds.y0 > 0 &&
      lines[i + 1].bounds.y0 - lines[i].bounds.y0 < header_pitch_limit * lines[i].bounds.height();
  const bool has_group_row =
      i + 1 < lines.size() && lines[i + 1].bounds.y0 - lines[i].bounds.y0 > 0 &&
      lines[i + 1].bounds.y0 - lines[i].bounds.y0 < group_pitch_limit * lines[i].bounds.height();
  for (const double gap_em : {0.9, 0.5}) {
    std::vector<header_match> readings;
    std::vector<chunk> one = split_chunks(lines[i], gap_em);
    readings.push_back({one, 1});
    // Groups over the names below first: of readings naming as many fields, the first wins.
    if (has_group_row) {
      if (auto grouped = grouped_reading(one, split_chunks(lines[i + 1], gap_em))) {
        readings.push_back(std::move(*grouped));
      }
    }
    if (has_next) readings.push_back({stack_chunks(one, split_chunks(lines[i + 1], gap_em)), 2});
    for (header_match& reading : readings) {
      if (reading.cells.size() < 2) continue;
      const int known = known_fields(reading.cells, evidence);
      if (!text::names_enough_fields(known, static_cast<int>(reading.cells.size()))) continue;
      const bool grouped = is_grouped(reading), best_grouped = best && is_grouped(*best);
      const bool better =
          !best || known > best_known ||
          (known == best_known &&
           (grouped != best_grouped ? grouped : reading.cells.size() > best->cells.size()));
      if (better) {
        best_known = known;
        best = std::move(reading);
      }
    }
  }
  return best;
}

// A line of a table's body: it fits the columns, or it is a section heading across them.
struct body_line {
  const text_line* line = nullptr;
  bool section = false;
};

std::vector<const text_line*> lines_of(const std::vector<body_line>& body) {
  std::vector<const text_line*> out;
  for (const body_line& b : body) {
    if (!b.section) out.push_back(b.line);
  }
  return out;
}

// Returns a part's frame: its box, around its body and header, and its column edges, at the
// outer text and the middle of each gutter.
page_table frame_part(int page_number, const std::vector<body_line>& body,
                      const std::vector<gutter>& gutters, const std::vector<chunk>* header) {
  page_table t;
  t.page = page_number;
  std::optional<box> around;
  auto extend = [&](const box& b) { around = around ? around->united(b) : b; };
  for (const body_line& b : body) extend(b.line->bounds);
  if (header != nullptr) {
    for (const chunk& c : *header) extend(c.bounds);
  }
  const box bounds = around.value_or(box{});
  t.column_edges.push_back(bounds.x0);
  for (const gutter& g : gutters) t.column_edges.push_back((g.lo + g.hi) / 2);
  t.column_edges.push_back(bounds.x1);
  t.bounds = bounds;
  return t;
}

page_row header_row_of(const header_match& header, const std::vector<double>& edges) {
  page_row row;
  row.cells.resize(edges.size() - 1);
  for (std::size_t k = 0; k < header.cells.size(); ++k) {
    const chunk& c = header.cells[k];
    page_cell& cell = row.cells[column_at(edges, c.bounds.center_x())];
    cell.lines.push_back(c);
    if (k < header.groups.size() && !header.groups[k].empty()) cell.group = header.groups[k];
    row.bounds = row.bounds.height() > 0 ? row.bounds.united(c.bounds) : c.bounds;
  }
  return row;
}

page_row section_row_of(const text_line& line, std::size_t columns) {
  page_row row;
  row.cells.resize(columns);
  row.bounds = line.bounds;
  row.spans_all = true;
  row.cells[0].lines.push_back(line);
  return row;
}

// Cuts a fitted line into its columns' pieces, each run of words whole in the column it
// starts in: text that runs on into an empty neighbour stays its own cell's. (Every other
// run of a fitted line lies inside one column.)
std::vector<text_line> cut_runs(const text_line& line, const std::vector<double>& edges) {
  std::vector<text_line> pieces(edges.size() < 2 ? 0 : edges.size() - 1);
  if (pieces.empty()) return pieces;
  for (const chunk& run : split_chunks(line, min_gutter_em)) {
    text_line& piece = pieces[column_at(edges, run.words.front().bounds.center_x())];
    for (const word& w : run.words) add_to_piece(piece, w);
  }
  return pieces;
}

// Returns true when the first column is a column of keys: on every line where it has text,
// one short word written as a key, left-aligned with the others. Each key then starts a row,
// whatever its form.
bool keys_first_column(const std::vector<body_line>& body, const std::vector<double>& edges) {
  constexpr std::size_t max_key_bytes = 12;
  constexpr double aligned_within = 2.0;  // points
  std::size_t keys = 0;
  double left = 1e300, right = -1e300;
  for (const body_line& b : body) {
    if (b.section) continue;
    const text_line first = cut_runs(*b.line, edges).front();
    if (first.words.empty()) continue;
    const std::string& w = first.words[0].text;
    if (first.words.size() != 1 || w.size() > max_key_bytes || !is_key(w)) return false;
    ++keys;
    left = std::min(left, first.bounds.x0);
    right = std::max(right, first.bounds.x0);
  }
  return keys >= 2 && right - left <= aligned_within;
}

// Cuts the fitted lines into cells and rows.
page_table build_part(int page_number, const std::vector<body_line>& body,
                      const std::vector<gutter>& gutters, bool numbered_key,
                      const header_match* header) {
  page_table t = frame_part(page_number, body, gutters, header ? &header->cells : nullptr);
  const std::size_t columns = t.column_count();
  if (header != nullptr) t.rows.push_back(header_row_of(*header, t.column_edges));
  const double pitch = median_pitch(lines_of(body));
  const bool keyed = keys_first_column(body, t.column_edges);
  const text_line* previous = nullptr;
  for (const body_line& b : body) {
    const text_line* line = b.line;
    if (b.section) {
      t.rows.push_back(section_row_of(*line, columns));
      previous = nullptr;  // the next line starts a row of its own
      continue;
    }
    std::vector<text_line> cells = cut_runs(*line, t.column_edges);
    // The first line starts a row; a continued part's first row may be the rest of the row
    // above, which the stitcher sees from its empty first cell.
    bool new_row = previous == nullptr || t.rows.empty();
    if (previous != nullptr) {
      const double gap = line->bounds.y0 - previous->bounds.y0;
      // Without numbers, a row starts after a wider gap at a line with text in the first
      // column: a gap before a line that leaves the first column empty is a paragraph break
      // in another cell.
      const bool first_cell = !cells[0].words.empty();
      new_row = keyed          ? first_cell
                : numbered_key ? first_cell && text::looks_like_number(cells[0].text())
                               : gap > row_gap_pitches * pitch && first_cell;
    }
    add_line(t, std::move(cells), line->bounds, new_row);
    previous = line;
  }
  bound_cells(t);
  return t;
}

// Returns the gutter of an unlabelled first column of item numbers left of the first header,
// when the lines below show one.
std::optional<gutter> number_column_gutter(const std::vector<text_line>& lines, std::size_t from,
                                           const chunk& first_header) {
  std::optional<gutter> g;
  // Forty lines cover the first rows of a table on any page; the number column shows there.
  const std::size_t end = std::min(lines.size(), from + 40);
  for (std::size_t i = from; i < end; ++i) {
    const std::vector<chunk> chunks = split_chunks(lines[i]);
    if (chunks.size() < 2) continue;
    const chunk& first = chunks.front();
    if (first.bounds.x1 >= first_header.bounds.x0 || !text::looks_like_number(first.text())) {
      continue;
    }
    const double lo = first.bounds.x1, hi = chunks[1].bounds.x0;
    g = g ? gutter{std::max(g->lo, lo), std::min(g->hi, hi)} : gutter{lo, hi};
  }
  if (g && g->hi - g->lo < min_gutter) return std::nullopt;
  return g;
}

}  // namespace

bool is_header_line(const text_line& line) {
  const std::vector<text_line> one = {line};
  return header_at(one, 0).has_value();
}

namespace {

// Returns true when line j is a section heading: one run of words starting at the table's
// left edge, across the columns or in bold type, with a line that fits the columns after it.
bool is_section_line(const std::vector<text_line>& lines, std::size_t j,
                     const std::vector<gutter>& gutters, double left_edge, double right_edge,
                     bool crosses) {
  const text_line& line = lines[j];
  if (line.words.empty() || j + 1 >= lines.size()) return false;
  const double em = std::max(line.words.front().font_size, 1.0);
  if (std::abs(line.bounds.x0 - left_edge) > em || split_chunks(line).size() != 1) return false;
  // A heading is a short title; a line running most of the table's width is prose.
  if (line.bounds.x1 - left_edge > max_heading_share * (right_edge - left_edge)) return false;
  // A heading that fits inside the first column is told from a row by its bold type.
  const bool bold =
      std::all_of(line.words.begin(), line.words.end(), [](const word& w) { return w.bold; });
  if (!crosses && !bold) return false;
  std::vector<gutter> trial = gutters;
  return !header_at(lines, j + 1, header_evidence::exact) && fit_line(trial, lines[j + 1]);
}

// Returns true when line j is a bold heading followed by a line that does not fit the
// columns: the title of the prose after a table ("3. Next steps").
bool is_heading_before_prose(const std::vector<text_line>& lines, std::size_t j,
                             const std::vector<gutter>& gutters) {
  const text_line& line = lines[j];
  const bool bold = !line.words.empty() && std::all_of(line.words.begin(), line.words.end(),
                                                       [](const word& w) { return w.bold; });
  if (!bold || split_chunks(line).size() != 1 || j + 1 >= lines.size()) return false;
  std::vector<gutter> trial = gutters;
  return !fit_line(trial, lines[j + 1]);
}

// Returns true when most words of the lines from `from` on are set in bold type.
bool mostly_bold(const std::vector<text_line>& lines, std::size_t from) {
  std::size_t bold = 0, all = 0;
  // Thirty lines, about half a page, show the body's type.
  for (std::size_t i = from; i < lines.size() && i < from + 30; ++i) {
    for (const word& w : lines[i].words) {
      bold += w.bold ? 1 : 0;
      ++all;
    }
  }
  return 2 * bold > all;
}

// Collects the body of a table from line `from`: lines that fit the gutters (narrowing them),
// and section headings between them, until a line fits neither, a new header row begins, or
// a gap wider than a few line pitches opens. Returns the index of the first line not taken.
std::size_t collect_body(const std::vector<text_line>& lines, std::size_t from,
                         std::vector<gutter>& gutters, double left_edge, double right_edge,
                         std::vector<body_line>& body) {
  std::size_t j = from;
  // Bold marks headings only where the body is not itself bold.
  const bool bold_body = mostly_bold(lines, from);
  std::vector<const text_line*> fitted = lines_of(body);  // the body's lines that fit
  while (j < lines.size() && !header_at(lines, j, header_evidence::exact)) {
    if (fitted.size() >= 2) {
      const double gap = lines[j].bounds.y0 - body.back().line->bounds.y0;
      if (gap > max_pitches_between_lines * median_pitch(fitted)) break;
    }
    std::vector<gutter> trial = gutters;
    const bool fits = fit_line(trial, lines[j]);
    if (is_section_line(lines, j, gutters, left_edge, right_edge, !fits) && (!fits || !bold_body)) {
      body.push_back({&lines[j], true});
      ++j;
      continue;
    }
    // A line that fits goes in, unless it is the heading of what follows the table.
    if (!fits || (!bold_body && is_heading_before_prose(lines, j, gutters))) break;
    gutters = std::move(trial);
    body.push_back({&lines[j], false});
    fitted.push_back(&lines[j]);
    left_edge = std::min(left_edge, lines[j].bounds.x0);
    ++j;
  }
  return j;
}

}  // namespace

std::vector<page_table> find_aligned_tables(const std::vector<text_line>& lines, int page_number,
                                            const std::vector<double>* continued) {
  std::vector<page_table> tables;
  std::size_t i = 0;
  if (continued != nullptr && continued->size() >= 3) {
    std::vector<gutter> gutters;
    for (std::size_t e = 1; e + 1 < continued->size(); ++e) {
      gutters.push_back({(*continued)[e] - min_gutter, (*continued)[e] + min_gutter});
    }
    std::vector<body_line> body;
    i = collect_body(lines, i, gutters, continued->front(), continued->back(), body);
    if (!lines_of(body).empty()) {
      const bool numbered = std::any_of(body.begin(), body.end(), [&](const body_line& b) {
        if (b.section) return false;
        text_line first_cell;
        for (const word& w : b.line->words) {
          if (w.bounds.center_x() < (*continued)[1]) first_cell.words.push_back(w);
        }
        return !first_cell.words.empty() && text::looks_like_number(first_cell.text());
      });
      page_table part = build_part(page_number, body, gutters, numbered, nullptr);
      part.column_edges = *continued;
      tables.push_back(std::move(part));
    }
  }
  while (i < lines.size()) {
    const std::optional<header_match> header = header_at(lines, i);
    if (!header) {
      ++i;
      continue;
    }
    std::vector<gutter> gutters;
    for (std::size_t c = 1; c < header->cells.size(); ++c) {
      gutters.push_back({header->cells[c - 1].bounds.x1, header->cells[c].bounds.x0});
    }
    const std::size_t first_body = i + header->lines;
    const std::optional<gutter> number_gutter =
        number_column_gutter(lines, first_body, header->cells.front());
    if (number_gutter) gutters.insert(gutters.begin(), *number_gutter);
    std::vector<body_line> body;
    const std::size_t j = collect_body(lines, first_body, gutters, header->cells.front().bounds.x0,
                                       header->cells.back().bounds.x1, body);
    if (!lines_of(body).empty()) {
      const bool numbered = number_gutter.has_value() ||
                            text::match_header(header->cells.front().text()) == field::number;
      tables.push_back(build_part(page_number, body, gutters, numbered, &*header));
    }
    i = std::max(j, i + 1);
  }
  return tables;
}

}  // namespace extract_plan::tabular
