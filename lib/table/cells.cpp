#include "table/cells.h"

#include <algorithm>

#include "stats.h"
#include "text/header_map.h"
#include "text/normalize.h"

namespace extract_plan::tabular {

// Returns the column of `edges` holding x; x beyond the outer edges counts in the outer columns.
std::size_t column_at(const std::vector<double>& edges, double x) {
  std::size_t c = 0;
  while (c + 2 < edges.size() && x >= edges[c + 1]) ++c;
  return c;
}

std::vector<text_line> cut_line(const text_line& line, const std::vector<double>& edges) {
  const std::size_t columns = edges.size() < 2 ? 0 : edges.size() - 1;
  std::vector<text_line> pieces(columns);
  if (columns == 0) return pieces;
  for (const word& w : line.words) add_to_piece(pieces[column_at(edges, w.bounds.center_x())], w);
  return pieces;
}

void add_to_piece(text_line& piece, const word& w) {
  piece.bounds = piece.words.empty() ? w.bounds : piece.bounds.united(w.bounds);
  piece.words.push_back(w);
}

void add_line(page_table& t, std::vector<text_line> pieces, const box& bounds, bool new_row) {
  if (new_row || t.rows.empty()) {
    page_row row;
    row.cells.resize(pieces.size());
    row.bounds = bounds;
    t.rows.push_back(std::move(row));
  }
  page_row& row = t.rows.back();
  row.bounds = row.bounds.united(bounds);
  for (std::size_t c = 0; c < pieces.size() && c < row.cells.size(); ++c) {
    if (!pieces[c].words.empty()) row.cells[c].lines.push_back(std::move(pieces[c]));
  }
}

void bound_cells(page_table& t) {
  for (page_row& row : t.rows) {
    for (std::size_t c = 0; c < row.cells.size() && c + 1 < t.column_edges.size(); ++c) {
      row.cells[c].bounds = {t.column_edges[c], row.bounds.y0, t.column_edges[c + 1],
                             row.bounds.y1};
    }
  }
}

std::vector<chunk> split_chunks(const text_line& line, double gap_em) {
  std::vector<chunk> out;
  for (const word& w : line.words) {
    const double gap_limit = gap_em * std::max(w.font_size, 1.0);
    if (out.empty() || w.bounds.x0 - out.back().bounds.x1 > gap_limit) {
      out.push_back({{w}, w.bounds});
    } else {
      out.back().words.push_back(w);
      out.back().bounds = out.back().bounds.united(w.bounds);
    }
  }
  return out;
}

bool is_key(const std::string& w) {
  const bool figure = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool capitals =
      w.size() <= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return figure || capitals || text::looks_like_number(w);
}

std::optional<std::vector<std::string>> header_texts(const page_row& row) {
  if (row.spans_all) return std::nullopt;
  std::vector<std::string> texts;
  int known = 0, non_empty = 0;
  for (const page_cell& cell : row.cells) {
    texts.push_back(plain_text(cell));
    if (texts.back().empty()) continue;
    ++non_empty;
    if (text::match_header(texts.back())) ++known;
  }
  if (text::names_enough_fields(known, non_empty)) return texts;
  return std::nullopt;
}

double median_pitch(const std::vector<const text_line*>& lines) {
  std::vector<double> pitches;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    pitches.push_back(lines[i]->bounds.y0 - lines[i - 1]->bounds.y0);
  }
  if (pitches.empty()) return lines.empty() ? 0 : lines.front()->bounds.height() * 1.2;
  return median_of(std::move(pitches));
}

std::string header_key(const std::string& header) {
  std::string key = text::fold_key(header);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

std::string plain_text(const page_cell& cell) {
  std::string out;
  for (const text_line& l : cell.lines) out += (out.empty() ? "" : " ") + l.text();
  return text::collapse_spaces(out);
}

std::string text_of(const page_table& part) {
  std::string out;
  for (const page_row& row : part.rows) {
    for (const page_cell& cell : row.cells) {
      if (!cell.is_empty()) out += (out.empty() ? "" : " ") + plain_text(cell);
    }
  }
  return out;
}

const shade* shade_at(const std::vector<shade>& shades, double x, double y) {
  for (auto it = shades.rbegin(); it != shades.rend(); ++it) {
    if (it->bounds.contains(x, y)) return &*it;
  }
  return nullptr;
}

void shade_cells(page_table& t, const std::vector<shade>& shades) {
  if (shades.empty()) return;
  for (page_row& row : t.rows) {
    for (page_cell& cell : row.cells) {
      if (const shade* s = shade_at(shades, cell.bounds.center_x(), cell.bounds.center_y())) {
        cell.fill = s->fill;
      }
    }
  }
}

}  // namespace extract_plan::tabular
