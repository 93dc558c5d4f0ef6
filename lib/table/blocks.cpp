#include "table/blocks.h"

#include <algorithm>

#include "table/cells.h"
#include "text/header_map.h"
#include "text/normalize.h"

namespace extract_plan::tabular {
namespace {

// A heading over a block is a short line: "Recommendation 12", "Rec. 4:", "Action 2.1".
constexpr std::size_t max_heading_words = 4;

std::string key_of(const std::string& label) {
  std::string key = text::fold_key(label);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

std::size_t index_of(const std::vector<std::string>& keys, const std::string& key) {
  return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
}

bool is_number_label(const page_row& row) {
  return row.cells.size() == 2 && !row.cells[0].is_empty() &&
         text::match_header(plain_text(row.cells[0])) == field::number;
}

}  // namespace

label_count count_labels(const page_table& part) {
  label_count out;
  if (part.column_count() != 2) return out;
  for (const page_row& row : part.rows) {
    if (row.spans_all || row.cells.size() != 2 || row.cells[0].is_empty()) continue;
    ++out.labels;
    out.known += text::match_header(plain_text(row.cells[0])).has_value() ? 1 : 0;
  }
  return out;
}

bool is_key_value_block(const page_table& part) {
  const label_count n = count_labels(part);
  return n.known >= 2 && 2 * n.known >= n.labels;
}

std::string number_from_heading(const std::string& line) {
  std::vector<std::string> words;
  std::string w;
  for (char c : line + ' ') {
    if (c != ' ') {
      w += c;
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (words.empty() || words.size() > max_heading_words) return "";
  std::string last = words.back();
  while (!last.empty() && (last.back() == ':' || last.back() == '.')) last.pop_back();
  return text::looks_like_number(last) ? last : "";
}

std::vector<page_part> block_gatherer::add_page(std::vector<page_part> parts) {
  std::vector<page_part> rest;
  for (page_part& part : parts) {
    // A page break may leave one label of a block at the foot of a page, or a value's last
    // lines alone at the top of the next: pieces of blocks when every label they have is one.
    const label_count n = count_labels(part.table);
    const bool cut_at_top =
        open_ && block_ends_page_ && last_page_ + 1 == part.table.page && part.context.at_page_top;
    const bool piece = part.table.column_count() == 2 && n.known == n.labels &&
                       ((n.known >= 1 && part.context.at_page_bottom) || cut_at_top);
    if (is_key_value_block(part.table) || piece) {
      add_block(part);
    } else {
      open_ = false;  // another plan between blocks ends their run
      rest.push_back(std::move(part));
    }
  }
  return rest;
}

void block_gatherer::add_block(const page_part& part) {
  const page_table& t = part.table;
  block head{number_from_heading(part.context.line_above), {}, {t.page, t.page}, {}, {}, {}};
  std::string number_label;
  std::size_t first = 0;
  if (!t.rows.empty() && is_number_label(t.rows[0])) {
    number_label = plain_text(t.rows[0].cells[0]);
    head.number = plain_text(t.rows[0].cells[1]);
    head.number_pieces.push_back({t.page, t.rows[0].cells[1].bounds, t.rows[0].cells[1].fill});
    first = 1;
  }
  std::vector<std::string> keys;
  for (std::size_t r = first; r < t.rows.size(); ++r) {
    if (!t.rows[r].spans_all && !t.rows[r].cells[0].is_empty()) {
      keys.push_back(key_of(plain_text(t.rows[r].cells[0])));
    }
  }
  place_block(part, std::move(head), keys);
  run& current = runs_.back();
  if (!number_label.empty() && current.number_label.empty()) current.number_label = number_label;
  current.blocks.back().pages.last = t.page;
  take_rows(t, first, current);
  open_ = true;
  block_ends_page_ = part.context.at_page_bottom;
  last_page_ = t.page;
}

void block_gatherer::place_block(const page_part& part, block head,
                                 const std::vector<std::string>& keys) {
  auto any_in = [&](const std::vector<std::string>& seen) {
    return std::any_of(keys.begin(), keys.end(),
                       [&](const std::string& k) { return index_of(seen, k) < seen.size(); });
  };
  const bool repeats = open_ && any_in(runs_.back().blocks.back().keys);
  const bool continues = open_ && head.number.empty() && !repeats && block_ends_page_ &&
                         last_page_ + 1 == part.table.page && part.context.at_page_top;
  if (continues) return;
  if (!open_ || !any_in(runs_.back().keys)) {
    runs_.push_back(run{{}, {}, {}, {}, part.table.bounds.y0, {}});
  }
  runs_.back().blocks.push_back(std::move(head));
}

void block_gatherer::take_rows(const page_table& t, std::size_t first, run& current) {
  block& b = current.blocks.back();
  const std::vector<double> limits = text_limits(t);
  for (std::size_t r = first; r < t.rows.size(); ++r) {
    table_row row = make_row(t.rows[r], t.page, limits);
    if (row.is_section) {
      // A heading inside the grid, across both columns.
      if (b.number.empty() && !row.cells[0].empty()) {
        b.number = number_from_heading(plain_text(row.cells[0]));
      }
      continue;
    }
    const std::string label = plain_text(row.cells[0]);
    if (label.empty()) {
      // The rest of the value above, carried over a page break.
      if (b.values.empty()) continue;
      b.values.back().insert(b.values.back().end(), row.cells[1].begin(), row.cells[1].end());
      b.pieces.back().insert(b.pieces.back().end(), row.pieces[1].begin(), row.pieces[1].end());
      continue;
    }
    const std::string key = key_of(label);
    b.keys.push_back(key);
    b.values.push_back(std::move(row.cells[1]));
    b.pieces.push_back(std::move(row.pieces[1]));
    if (index_of(current.keys, key) < current.keys.size()) continue;
    // A label not seen before goes after the label printed before it in this block.
    const std::size_t at =
        b.keys.size() < 2 ? 0 : index_of(current.keys, b.keys[b.keys.size() - 2]) + 1;
    const auto offset = static_cast<std::ptrdiff_t>(std::min(at, current.keys.size()));
    current.keys.insert(current.keys.begin() + offset, key);
    current.labels.insert(current.labels.begin() + offset, label);
    current.label_pieces.insert(current.label_pieces.begin() + offset, row.pieces[0].front());
  }
}

stitched_table block_gatherer::to_table(run r) const {
  stitched_table t;
  const bool numbered = std::any_of(r.blocks.begin(), r.blocks.end(),
                                    [](const block& b) { return !b.number.empty(); });
  const std::size_t offset = numbered ? 1 : 0, columns = offset + r.labels.size();
  if (numbered) t.headers.push_back(r.number_label);
  t.headers.insert(t.headers.end(), r.labels.begin(), r.labels.end());
  t.has_header = true;
  t.header.cells.resize(columns);
  t.header.pieces.resize(columns);
  for (std::size_t c = 0; c < r.labels.size(); ++c) {
    const cell_piece& piece = r.label_pieces[c];
    t.header.cells[offset + c].push_back({r.labels[c], piece.page, 0, 0, {}});
    t.header.pieces[offset + c].push_back(piece);
  }
  t.pages = {r.blocks.front().pages.first, r.blocks.back().pages.last};
  t.header.pages = {t.pages.first, t.pages.first};
  t.top = r.top;
  for (block& b : r.blocks) {
    table_row row;
    row.cells.resize(columns);
    row.pieces.resize(columns);
    row.pages = b.pages;
    if (numbered && !b.number.empty()) {
      row.cells[0].push_back({b.number, b.pages.first, 0, 0, {}});
      row.pieces[0] = b.number_pieces;
    }
    for (std::size_t k = 0; k < b.keys.size(); ++k) {
      const std::size_t c = offset + index_of(r.keys, b.keys[k]);
      row.cells[c].insert(row.cells[c].end(), b.values[k].begin(), b.values[k].end());
      row.pieces[c].insert(row.pieces[c].end(), b.pieces[k].begin(), b.pieces[k].end());
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<stitched_table> block_gatherer::finish() {
  std::vector<stitched_table> out;
  for (run& r : runs_) out.push_back(to_table(std::move(r)));
  runs_.clear();
  return out;
}

}  // namespace extract_plan::tabular
