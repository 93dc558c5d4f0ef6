#include "table/stream.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "stats.h"
#include "table/cells.h"
#include "text/join.h"
#include "text/normalize.h"

namespace extract_plan::tabular {
namespace {

// Lines further apart than two and a half pitches are not one table: a blank line and more.
constexpr double max_gap_pitches = 2.5;
// A single run of words wider than 60% of the block is a sentence, not a cell.
constexpr double max_cell_share = 0.6;
// A table has at least three lines of two or more runs, and two columns.
constexpr std::size_t min_table_lines = 3;

struct block {
  std::size_t from = 0, to = 0;  // lines [from, to)
};

double median_size(const std::vector<text_line>& lines, const block& b) {
  std::vector<double> sizes;
  for (std::size_t i = b.from; i < b.to; ++i) {
    for (const word& w : lines[i].words) sizes.push_back(w.font_size);
  }
  if (sizes.empty()) return 10;
  return median_of(std::move(sizes));
}

// Returns the free x-intervals running down the block's body lines: gutters. The body lines
// are those breaking into the most common number of runs (a table's rows); header lines,
// whose labels stretch over several columns, would close gutters the rows leave open. With
// fewer than three such lines, every line of two runs or more counts.
std::vector<std::pair<double, double>> gutters_of(const std::vector<text_line>& lines,
                                                  const block& b, double min_width) {
  std::map<std::size_t, std::size_t> by_count;
  std::vector<std::size_t> counts(b.to - b.from);
  for (std::size_t i = b.from; i < b.to; ++i) {
    counts[i - b.from] = split_chunks(lines[i]).size();
    if (counts[i - b.from] >= 2) ++by_count[counts[i - b.from]];
  }
  std::size_t body_count = 0, most = 0;
  for (const auto& [count, n] : by_count) {
    if (n >= most) body_count = count, most = n;  // ties go to more runs
  }
  const bool by_body = most >= min_table_lines;
  std::vector<std::pair<double, double>> spans;
  // The gutters start right of the leftmost word of the lines that count.
  std::optional<double> left;
  for (std::size_t i = b.from; i < b.to; ++i) {
    const std::size_t count = counts[i - b.from];
    if (count < 2 || (by_body && count != body_count)) continue;
    for (const word& w : lines[i].words) {
      spans.emplace_back(w.bounds.x0, w.bounds.x1);
      left = std::min(left.value_or(w.bounds.x0), w.bounds.x0);
    }
  }
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<double, double>> gutters;
  if (!left) return gutters;
  double reach = *left;
  for (const auto& [x0, x1] : spans) {
    if (x0 - reach >= min_width) gutters.emplace_back(reach, x0);
    reach = std::max(reach, x1);
  }
  return gutters;
}

// Returns true when a block is text set in columns rather than a table: a column holding
// nothing but bullet glyphs (a list), or every column filled to its width by lines of many
// words (two-column prose).
bool reads_as_prose(const page_table& t) {
  const std::size_t columns = t.column_count();
  std::size_t full_columns = 0;
  for (std::size_t c = 0; c < columns; ++c) {
    bool any_text = false;
    std::size_t lines = 0, full = 0;
    const double width = t.column_edges[c + 1] - t.column_edges[c];
    for (const page_row& row : t.rows) {
      for (const text_line& l : row.cells[c].lines) {
        ++lines;
        // A line of five words or more across 60% of its column is running text.
        full += l.words.size() >= 5 && l.bounds.width() > 0.6 * width ? 1 : 0;
        for (const word& w : l.words) any_text = any_text || !text::is_bullet(w.text);
      }
    }
    if (!any_text) return true;
    if (lines > 0 && 2 * full > lines) ++full_columns;
  }
  return full_columns == columns;
}

// Returns the blocks of consecutive lines that break into runs, closely spaced.
std::vector<block> find_blocks(const std::vector<text_line>& lines) {
  std::vector<block> blocks;
  std::size_t i = 0;
  while (i < lines.size()) {
    if (split_chunks(lines[i]).size() < 2) {
      ++i;
      continue;
    }
    block b{i, i + 1};
    while (b.to < lines.size()) {
      const text_line& last = lines[b.to - 1];
      const text_line& next = lines[b.to];
      // A line's pitch is about 1.2 times its height's font size; allow a blank line more.
      const double pitch = 1.2 * std::max(last.bounds.height(), 1.0);
      if (next.bounds.y0 - last.bounds.y0 > max_gap_pitches * pitch) break;
      if (split_chunks(next).size() < 2) {
        // One run: a wrapped cell, unless it is a sentence across the block.
        const double width = std::max(1.0, lines[b.from].bounds.width());
        if (next.bounds.width() > max_cell_share * width) break;
      }
      ++b.to;
    }
    std::size_t multi = 0;
    for (std::size_t k = b.from; k < b.to; ++k) multi += split_chunks(lines[k]).size() >= 2 ? 1 : 0;
    if (multi >= min_table_lines) blocks.push_back(b);
    i = b.to;
  }
  return blocks;
}

// Cuts a block into a table at its gutters: columns between them, rows at the lines that
// start one.
page_table cut_block(const std::vector<text_line>& lines, const block& b,
                     const std::vector<std::pair<double, double>>& gutters, int page_number) {
  page_table t;
  t.page = page_number;
  t.is_stream = true;
  box bounds = lines[b.from].bounds;
  for (std::size_t k = b.from; k < b.to; ++k) bounds = bounds.united(lines[k].bounds);
  t.column_edges.push_back(bounds.x0);
  for (const auto& [lo, hi] : gutters) t.column_edges.push_back((lo + hi) / 2);
  t.column_edges.push_back(bounds.x1);
  t.bounds = bounds;
  const std::size_t columns = t.column_count();
  for (std::size_t k = b.from; k < b.to; ++k) {
    std::vector<text_line> cells = cut_line(lines[k], t.column_edges);
    const auto filled = static_cast<std::size_t>(std::count_if(
        cells.begin(), cells.end(), [](const text_line& c) { return !c.words.empty(); }));
    // A line with text in the first column, or in at least half of three or more columns,
    // starts a row; others carry on the cells of the row above (wrapped text).
    const bool new_row =
        t.rows.empty() || !cells[0].words.empty() || (columns > 2 && 2 * filled >= columns);
    add_line(t, std::move(cells), lines[k].bounds, new_row);
  }
  bound_cells(t);
  return t;
}

}  // namespace

// Returns true when a row reads as a line of contents: words, then dots leading to a page
// number and nothing else ("Summary of findings ........ 12"). Figures set along dots
// ("0.99 ........ 800  880") are a table's.
bool is_contents_line(const std::string& text) {
  std::size_t dots = text.rfind("....");
  const std::size_t ellipsis = text.rfind("\u2026\u2026");
  if (dots == std::string::npos || (ellipsis != std::string::npos && ellipsis > dots)) {
    dots = ellipsis;
  }
  if (dots == std::string::npos) return false;
  if (std::none_of(text.begin(), text.begin() + static_cast<long>(dots), text::is_ascii_letter)) {
    return false;
  }
  std::string rest;
  for (std::size_t i = dots; i < text.size(); ++i) {
    if (text.compare(i, 3, "\u2026") == 0) {
      i += 2;  // the ellipsis, three bytes
    } else if (static_cast<unsigned char>(text[i]) >= 0x80) {
      return false;
    } else if (text[i] != '.' && text[i] != ' ') {
      rest.push_back(text[i]);
    }
  }
  return !rest.empty() && rest.size() <= 3 &&
         std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Returns the first page a contents line points to: a page number, or a range of them
// ("5 - 6", "14 – 15"); nothing for any other text.
std::optional<long> page_of(const std::string& text) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0;
  while (i < text.size() && digit(text[i])) ++i;
  constexpr std::size_t max_digits = 3;
  if (i == 0 || i > max_digits) return std::nullopt;
  const long first = std::stol(text.substr(0, i));
  std::string rest = text.substr(i);
  for (const char* dash : {"\u2013", "\u2014", "-", " "}) {
    for (std::size_t at = rest.find(dash); at != std::string::npos; at = rest.find(dash)) {
      rest.erase(at, std::string(dash).size());
    }
  }
  const bool range =
      !rest.empty() && rest.size() <= max_digits && std::all_of(rest.begin(), rest.end(), digit);
  if (!rest.empty() && !range) return std::nullopt;
  return first;
}

// Returns true when a block is a table of contents: most of its rows are lines of contents,
// or it is two columns, titles (most of several words) and page numbers or ranges, four rows
// or more under a row naming them, if any, the pages always going up and jumping somewhere
// (figures counting one by one are a ranking's, and figures that repeat or go back are a
// register's).
bool reads_as_contents(const page_table& t) {
  std::size_t led = 0, numbered = 0, titled = 0;
  long previous = -1;
  bool ascending = true, jumps = false;
  const auto letters = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(),
                         [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
  };
  // A first row with no figure in its last cell names the columns ("Contents | Page").
  const std::string head = t.rows.empty() ? "" : plain_text(t.rows.front().cells.back());
  const bool named =
      std::none_of(head.begin(), head.end(), [](char c) { return c >= '0' && c <= '9'; });
  for (std::size_t r = named ? 1 : 0; r < t.rows.size(); ++r) {
    const page_row& row = t.rows[r];
    std::string text;
    for (const page_cell& cell : row.cells) text += plain_text(cell) + " ";
    led += is_contents_line(text::collapse_spaces(text));
    const std::optional<long> page = page_of(plain_text(row.cells.back()));
    const std::string title = plain_text(row.cells.front());
    if (!page || letters(title) < 4) continue;
    ++numbered;
    titled += title.find(' ') != std::string::npos;
    ascending = ascending && *page > previous;
    jumps = jumps || (previous >= 0 && *page > previous + 1);
    previous = *page;
  }
  constexpr std::size_t min_contents_rows = 4;
  const std::size_t rows = t.rows.size() - (named ? 1 : 0);
  return 2 * led > rows || (t.column_count() == 2 && rows >= min_contents_rows &&
                            numbered == rows && 2 * titled >= rows && ascending && jumps);
}

std::vector<page_table> find_stream_tables(const std::vector<text_line>& lines, int page_number) {
  std::vector<page_table> tables;
  for (const block& b : find_blocks(lines)) {
    const auto gutters = gutters_of(lines, b, min_gutter_em * median_size(lines, b));
    if (gutters.empty()) continue;
    page_table t = cut_block(lines, b, gutters, page_number);
    if (t.rows.size() >= min_table_lines && t.column_count() >= 2 && !reads_as_prose(t) &&
        !reads_as_contents(t)) {
      tables.push_back(std::move(t));
    }
  }
  return tables;
}

}  // namespace extract_plan::tabular
