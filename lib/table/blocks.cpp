#include "table/blocks.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "table/cells.h"
#include "text/header_map.h"
#include "text/join.h"

namespace extract_plan::tabular {
namespace {

// A heading over a block is a short line: "Recommendation 12", "Rec. 4:", "Action 2.1".
constexpr std::size_t max_heading_words = 4;

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
    const std::optional<field> f = text::match_header(plain_text(row.cells[0]));
    out.known += f ? 1 : 0;
    out.says_what_is_done =
        out.says_what_is_done || f == field::action || f == field::response || f == field::progress;
  }
  return out;
}

namespace {

// A block has a label for each field and a few more; a two-column list of hundreds of labels
// is a glossary or an index, and would make a plan of as many columns.
bool labels_a_block(const label_count& n) {
  constexpr int max_labels = 40;
  return n.known >= 2 && 2 * n.known >= n.labels && n.labels <= max_labels && n.says_what_is_done;
}

}  // namespace

bool is_key_value_block(const page_table& part) { return labels_a_block(count_labels(part)); }

std::string number_from_heading(const std::string& line) {
  const std::vector<std::string> words = text::split_words(line);
  if (words.empty() || words.size() > max_heading_words) return "";
  std::string last = words.back();
  while (!last.empty() && (last.back() == ':' || last.back() == '.')) last.pop_back();
  return text::looks_like_number(last) ? last : "";
}

namespace {

// A label's edge and its value's indent are each one position, within this many points.
constexpr double same_edge = 2.0;
// A label is a short header: four words at most ("Date of next update").
constexpr std::size_t max_label_words = 4;
// Lines further apart than this many of the block's line heights are not one block.
constexpr double max_pitch_heights = 2.5;

// A block of label lines being read: where its labels start and its values are indented.
struct label_block {
  double label_x = 0, value_x = 0;
  page_table table;
};

// Returns the label and the value of a line that starts with a known field's name: none when
// it does not. A label alone on its line has an empty value; it is a field's very name, not
// a heading ("Recommendation 2") or a line of prose.
std::optional<std::pair<chunk, std::optional<chunk>>> label_of(const text_line& line) {
  std::vector<chunk> runs = split_chunks(line);
  if (runs.empty() || runs.size() > 2 || runs[0].words.size() > max_label_words ||
      !text::match_header(runs[0].text()) || !number_from_heading(runs[0].text()).empty()) {
    return std::nullopt;
  }
  if (runs.size() == 1 && !text::match_header_exactly(runs[0].text())) return std::nullopt;
  std::optional<chunk> value;
  if (runs.size() == 2) value = std::move(runs[1]);
  return std::make_pair(std::move(runs[0]), std::move(value));
}

void add_label_row(label_block& b, const chunk& label, const std::optional<chunk>& value) {
  page_row row;
  row.cells.resize(2);
  row.cells[0].lines.push_back(label);
  row.bounds = label.bounds;
  if (value) {
    row.cells[1].lines.push_back(*value);
    row.bounds = row.bounds.united(value->bounds);
  }
  b.table.rows.push_back(std::move(row));
}

// Closes a block: two labels or more make a part, its columns split in the gutter.
void close_block(std::optional<label_block>& b, std::vector<page_table>& out) {
  if (b && b->table.rows.size() >= 2) {
    page_table& t = b->table;
    double label_right = b->label_x, right = b->value_x;
    t.bounds = t.rows.front().bounds;
    for (const page_row& row : t.rows) {
      t.bounds = t.bounds.united(row.bounds);
      for (const text_line& l : row.cells[0].lines)
        label_right = std::max(label_right, l.bounds.x1);
      right = std::max(right, row.bounds.x1);
    }
    t.column_edges = {b->label_x, (label_right + b->value_x) / 2, right};
    bound_cells(t);
    out.push_back(std::move(t));
  }
  b.reset();
}

}  // namespace

std::vector<page_table> find_label_blocks(const std::vector<text_line>& lines, int page_number) {
  std::vector<page_table> out;
  std::optional<label_block> b;
  const text_line* previous = nullptr;
  for (const text_line& line : lines) {
    if (b &&
        line.bounds.y0 - previous->bounds.y0 >= max_pitch_heights * previous->bounds.height()) {
      close_block(b, out);
    }
    previous = &line;
    // A line starting at the values' indent goes on with the value above, whatever it says.
    if (b && std::abs(line.bounds.x0 - b->value_x) <= same_edge) {
      page_row& row = b->table.rows.back();
      row.cells[1].lines.push_back(line);
      row.bounds = row.bounds.united(line.bounds);
      continue;
    }
    const auto labelled = label_of(line);
    const auto& [label, value] = labelled ? *labelled : std::pair<chunk, std::optional<chunk>>{};
    const bool in_block = b && labelled && std::abs(label.bounds.x0 - b->label_x) <= same_edge &&
                          (!value || std::abs(value->bounds.x0 - b->value_x) <= same_edge);
    if (!in_block) {
      close_block(b, out);
      // A block opens at a label with a value beside it: its indent is the value's.
      if (!labelled || !value) continue;
      b = label_block{label.bounds.x0, value->bounds.x0, {}};
      b->table.page = page_number;
    }
    add_label_row(*b, label, value);
  }
  close_block(b, out);
  return out;
}

std::vector<page_part> block_gatherer::add_page(std::vector<page_part> parts) {
  std::vector<page_part> rest;
  for (page_part& part : parts) {
    // A page break may leave a block's first label alone at the foot of a page, under its
    // heading or after other blocks, or the rest of a block at the top of the next: pieces
    // of blocks when every label they have names a field.
    const label_count n = count_labels(part.table);
    const bool cut_at_top =
        open_ && block_ends_page_ && last_page_ + 1 == part.table.page && part.context.at_page_top;
    const bool cut_at_foot = n.labels == 1 && part.context.at_page_bottom &&
                             (open_ || !number_from_heading(part.context.line_above).empty());
    const bool piece =
        part.table.column_count() == 2 && n.known == n.labels && (cut_at_foot || cut_at_top);
    if (labels_a_block(n) || piece) {
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
      keys.push_back(header_key(plain_text(t.rows[r].cells[0])));
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
    const std::string key = header_key(label);
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
