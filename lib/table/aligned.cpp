#include "table/aligned.h"

#include <algorithm>
#include <cmath>

#include "fields/header_map.h"

namespace extract_plan::tabular {
namespace {

// A free strip narrower than half an em is a space between two words (a quarter to a third
// of an em), not the gutter between columns (Word's cell margins alone leave 10.8pt).
constexpr double min_gutter_em = 0.5;
// The narrowest gutter in points, for tiny fonts.
constexpr double min_gutter = 2.0;
// Lines further apart than three times the table's usual line pitch are not one table: Word
// puts at most a blank paragraph (about two pitches) between rows.
constexpr double max_pitches_between_lines = 3.0;
// A gap wider than 1.5 pitches between lines starts a new row when the first column holds
// no numbers to say so: paragraph spacing inside a cell is usually half a line at most.
constexpr double row_gap_pitches = 1.5;

struct gutter {
  double lo = 0, hi = 0;
};

// Narrows the gutters by the words of a line. Returns false, leaving them as they were,
// when a word covers one completely (the line crosses the column boundary).
bool fit_line(std::vector<gutter>& gutters, const text_line& line) {
  std::vector<gutter> narrowed = gutters;
  for (gutter& g : narrowed) {
    for (const word& w : line.words) {
      if (w.bounds.x1 <= g.lo || w.bounds.x0 >= g.hi) continue;
      const double left = w.bounds.x0 - g.lo, right = g.hi - w.bounds.x1;
      if (left >= right) {
        g.hi = w.bounds.x0;
      } else {
        g.lo = w.bounds.x1;
      }
      if (g.hi - g.lo < std::max(min_gutter, min_gutter_em * w.font_size)) return false;
    }
  }
  gutters = std::move(narrowed);
  return true;
}

struct header_match {
  std::vector<chunk> cells;
  std::size_t lines = 0;  // how many lines the header takes
};

int known_fields(const std::vector<chunk>& cells) {
  int known = 0;
  for (const chunk& c : cells) known += fields::match_header(c.text()) ? 1 : 0;
  return known;
}

bool is_header(const std::vector<chunk>& cells) {
  const int known = known_fields(cells);
  return known >= 2 && 2 * known >= static_cast<int>(cells.size());
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

std::optional<header_match> header_at(const std::vector<text_line>& lines, std::size_t i) {
  std::vector<chunk> one = split_chunks(lines[i]);
  if (one.size() >= 2 && is_header(one)) return header_match{one, 1};
  if (i + 1 < lines.size()) {
    const double pitch = lines[i + 1].bounds.y0 - lines[i].bounds.y0;
    if (pitch > 0 && pitch < 2 * lines[i].bounds.height()) {
      std::vector<chunk> two = stack_chunks(one, split_chunks(lines[i + 1]));
      if (two.size() >= 2 && is_header(two) && known_fields(two) > known_fields(one)) {
        return header_match{two, 2};
      }
    }
  }
  return std::nullopt;
}

double median_pitch(const std::vector<const text_line*>& lines) {
  std::vector<double> pitches;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    pitches.push_back(lines[i]->bounds.y0 - lines[i - 1]->bounds.y0);
  }
  if (pitches.empty()) return lines.empty() ? 0 : lines.front()->bounds.height() * 1.2;
  std::nth_element(pitches.begin(),
                   pitches.begin() + static_cast<std::ptrdiff_t>(pitches.size() / 2),
                   pitches.end());
  return pitches[pitches.size() / 2];
}

// Cuts the fitted lines into cells and rows.
page_table build_part(int page_number, const std::vector<const text_line*>& body,
                      const std::vector<gutter>& gutters, bool numbered_key,
                      const std::vector<chunk>* header) {
  page_table t;
  t.page = page_number;
  double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
  auto extend = [&](const box& b) {
    left = std::min(left, b.x0);
    right = std::max(right, b.x1);
    top = std::min(top, b.y0);
    bottom = std::max(bottom, b.y1);
  };
  for (const text_line* l : body) extend(l->bounds);
  if (header != nullptr) {
    for (const chunk& c : *header) extend(c.bounds);
  }
  t.column_edges.push_back(left);
  for (const gutter& g : gutters) t.column_edges.push_back((g.lo + g.hi) / 2);
  t.column_edges.push_back(right);
  t.bounds = {left, top, right, bottom};
  const std::size_t columns = t.column_count();
  auto column_of = [&](double x) {
    std::size_t c = 0;
    while (c + 1 < columns && x >= t.column_edges[c + 1]) ++c;
    return c;
  };

  if (header != nullptr) {
    page_row row;
    row.cells.resize(columns);
    for (const chunk& c : *header) {
      text_line l;
      l.words = c.words;
      l.bounds = c.bounds;
      row.cells[column_of(c.bounds.center_x())].lines.push_back(l);
      row.bounds = row.bounds.height() > 0 ? row.bounds.united(c.bounds) : c.bounds;
    }
    t.rows.push_back(std::move(row));
  }
  const double pitch = median_pitch(body);
  const text_line* previous = nullptr;
  for (const text_line* line : body) {
    std::vector<text_line> cells(columns);
    for (const word& w : line->words) {
      text_line& cell = cells[column_of(w.bounds.center_x())];
      cell.bounds = cell.words.empty() ? w.bounds : cell.bounds.united(w.bounds);
      cell.words.push_back(w);
    }
    // The first line starts a row; a continued part's first row may be the rest of the row
    // above, which the stitcher sees from its empty first cell.
    bool new_row = previous == nullptr;
    if (previous != nullptr) {
      const double gap = line->bounds.y0 - previous->bounds.y0;
      new_row = numbered_key ? !cells[0].words.empty() &&
                                   fields::looks_like_number(cells[0].words.front().text)
                             : gap > row_gap_pitches * pitch;
    }
    if (new_row) {
      page_row row;
      row.cells.resize(columns);
      row.bounds = line->bounds;
      t.rows.push_back(std::move(row));
    }
    page_row& row = t.rows.back();
    row.bounds = row.bounds.united(line->bounds);
    for (std::size_t c = 0; c < columns; ++c) {
      if (!cells[c].words.empty()) row.cells[c].lines.push_back(std::move(cells[c]));
    }
    previous = line;
  }
  for (page_row& row : t.rows) {
    for (std::size_t c = 0; c < columns; ++c) {
      row.cells[c].bounds = {t.column_edges[c], row.bounds.y0, t.column_edges[c + 1],
                             row.bounds.y1};
    }
  }
  return t;
}

// Returns the gutter of an unlabelled first column of item numbers left of the first header,
// when the lines below show one.
std::optional<gutter> number_column_gutter(const std::vector<text_line>& lines, std::size_t from,
                                           const chunk& first_header) {
  std::optional<gutter> g;
  const std::size_t end = std::min(lines.size(), from + 40);
  for (std::size_t i = from; i < end; ++i) {
    const std::vector<chunk> chunks = split_chunks(lines[i]);
    if (chunks.size() < 2) continue;
    const chunk& first = chunks.front();
    if (first.bounds.x1 >= first_header.bounds.x0 || !fields::looks_like_number(first.text())) {
      continue;
    }
    const double lo = first.bounds.x1, hi = chunks[1].bounds.x0;
    g = g ? gutter{std::max(g->lo, lo), std::min(g->hi, hi)} : gutter{lo, hi};
  }
  if (g && g->hi - g->lo < min_gutter) return std::nullopt;
  return g;
}

}  // namespace

std::string chunk::text() const {
  std::string out;
  for (const word& w : words) out += (out.empty() ? "" : " ") + w.text;
  return out;
}

std::vector<chunk> split_chunks(const text_line& line, double gap_em) {
  std::vector<chunk> out;
  for (const word& w : line.words) {
    const double gap_limit = gap_em * std::max(w.font_size, 1.0);
    if (out.empty() || w.bounds.x0 - out.back().bounds.x1 > gap_limit) {
      out.push_back({w.bounds, {w}});
    } else {
      out.back().words.push_back(w);
      out.back().bounds = out.back().bounds.united(w.bounds);
    }
  }
  return out;
}

std::vector<page_table> find_aligned_tables(const std::vector<text_line>& lines, int page_number,
                                            const std::vector<double>* continued) {
  std::vector<page_table> tables;
  std::size_t i = 0;
  if (continued != nullptr && continued->size() >= 3) {
    std::vector<gutter> gutters;
    for (std::size_t e = 1; e + 1 < continued->size(); ++e) {
      gutters.push_back({(*continued)[e] - min_gutter, (*continued)[e] + min_gutter});
    }
    std::vector<const text_line*> body;
    while (i < lines.size() && !header_at(lines, i) && fit_line(gutters, lines[i])) {
      body.push_back(&lines[i]);
      ++i;
    }
    if (!body.empty()) {
      const bool numbered = std::any_of(body.begin(), body.end(), [&](const text_line* l) {
        return !l->words.empty() && l->words.front().bounds.center_x() < (*continued)[1] &&
               fields::looks_like_number(l->words.front().text);
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
    std::vector<const text_line*> body;
    std::size_t j = first_body;
    double pitch = 0;
    while (j < lines.size() && !header_at(lines, j)) {
      if (!body.empty()) {
        pitch = median_pitch(body);
        const double gap = lines[j].bounds.y0 - body.back()->bounds.y0;
        if (body.size() >= 2 && gap > max_pitches_between_lines * pitch) break;
      }
      if (!fit_line(gutters, lines[j])) break;
      body.push_back(&lines[j]);
      ++j;
    }
    if (!body.empty()) {
      const bool numbered = number_gutter.has_value() ||
                            fields::match_header(header->cells.front().text()) == field::number;
      tables.push_back(build_part(page_number, body, gutters, numbered, &header->cells));
    }
    i = std::max(j, i + 1);
  }
  return tables;
}

}  // namespace extract_plan::tabular
