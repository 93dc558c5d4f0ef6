#include "table/stitch.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "stats.h"
#include "text/header_map.h"
#include "text/normalize.h"

namespace extract_plan::tabular {

std::string plain_text(const std::vector<cell_line>& lines) {
  std::string out;
  for (const cell_line& l : lines) out += (out.empty() ? "" : " ") + l.text;
  return text::collapse_spaces(out);
}

// In a ruled table, text reaches the column's right line less the padding seen on the left
// (cell margins are the same on both sides).
std::vector<double> text_limits(const page_table& part) {
  const std::size_t columns = part.column_count();
  std::vector<double> reach(columns, 0), indent(columns, 1e9);
  for (const page_row& row : part.rows) {
    for (std::size_t c = 0; c < columns && c < row.cells.size(); ++c) {
      // A cell merged across columns reaches past its own column: it says nothing of it.
      if (row.spans_all) continue;
      for (const text_line& l : row.cells[c].lines) {
        reach[c] = std::max(reach[c], l.bounds.x1);
        indent[c] = std::min(indent[c], l.bounds.x0 - part.column_edges[c]);
      }
    }
  }
  std::vector<double> limits(columns);
  for (std::size_t c = 0; c < columns; ++c) {
    limits[c] = reach[c];
    if (part.is_ruled && indent[c] < 1e9) {
      limits[c] = std::max(reach[c], part.column_edges[c + 1] - std::max(indent[c], 0.0));
    }
  }
  return limits;
}

table_row make_row(const page_row& row, int page, const std::vector<double>& limits) {
  table_row out;
  out.pages = {page, page};
  out.is_section = row.spans_all;
  out.cells.resize(row.cells.size());
  out.pieces.resize(row.cells.size());
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    out.pieces[c].push_back({page, row.cells[c].bounds, row.cells[c].fill});
    for (const text_line& l : row.cells[c].lines) {
      cell_line line{l.text(), page, 0, 0, {}};
      for (const word& w : l.words)
        line.marks.insert(line.marks.end(), w.marks.begin(), w.marks.end());
      if (!l.words.empty() && c < limits.size()) {
        const word& last = l.words.back();
        const double space = 0.25 * last.font_size;  // a word space is about a quarter em
        line.room_after = std::max(0.0, limits[c] - l.bounds.x1 - space);
        line.first_word_width = l.words.front().bounds.width();
      }
      out.cells[c].push_back(std::move(line));
    }
  }
  return out;
}

namespace {

// Compares header texts on their keys (header_key).
bool same_headers(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (header_key(a[i]) != header_key(b[i])) return false;
  }
  return true;
}

std::vector<std::string> row_texts_of(const table_row& row) {
  std::vector<std::string> texts;
  for (const auto& cell : row.cells) texts.push_back(plain_text(cell));
  return texts;
}

std::vector<std::string> row_texts(const page_row& row) {
  std::vector<std::string> texts;
  for (const page_cell& cell : row.cells) texts.push_back(plain_text(cell));
  return texts;
}

void append_row(table_row& to, const table_row& from) {
  for (std::size_t c = 0; c < to.cells.size() && c < from.cells.size(); ++c) {
    to.cells[c].insert(to.cells[c].end(), from.cells[c].begin(), from.cells[c].end());
    to.pieces[c].insert(to.pieces[c].end(), from.pieces[c].begin(), from.pieces[c].end());
  }
  to.pages.last = std::max(to.pages.last, from.pages.last);
}

// A table may carry up to two title rows across its whole width above its header row.
constexpr std::size_t max_banner_rows = 2;

// Returns true when two parts have as many columns, and their first `edges` column edges
// stand together. Column boundaries drift between pages (autofit, another page width); more
// than a tenth of the table's width means the columns are probably not the same ones.
bool edges_match(const page_table& a, const page_table& b, std::size_t edges) {
  if (a.column_count() != b.column_count()) return false;
  const double tolerance = 0.1 * std::max(a.bounds.width(), b.bounds.width());
  for (std::size_t i = 0; i < edges && i < a.column_edges.size(); ++i) {
    if (std::abs(a.column_edges[i] - b.column_edges[i]) > tolerance) return false;
  }
  return true;
}

bool columns_match(const page_table& a, const page_table& b) {
  return edges_match(a, b, a.column_edges.size());
}

// Returns the usual distance between the tops of a part's rows; 0 for a part of one row.
double row_pitch(const page_table& t) {
  std::vector<double> pitches;
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    pitches.push_back(t.rows[r].bounds.y0 - t.rows[r - 1].bounds.y0);
  }
  return pitches.empty() ? 0 : median_of(std::move(pitches));
}

// Returns true when a table without rules or header goes on in `b` as it was in `a`: its
// columns start where they did, and its rows follow at the pitch they had. The right edge
// is where the longest text of the page ends, not a boundary: a register's lines are ragged.
bool goes_on(const page_table& a, const page_table& b) {
  if (a.column_edges.size() < 2 || !edges_match(a, b, a.column_edges.size() - 1)) return false;
  const double pa = row_pitch(a), pb = row_pitch(b);
  // A quarter: rows of one and two lines mix in a register.
  return pa == 0 || pb == 0 || std::abs(pa - pb) <= 0.25 * std::max(pa, pb);
}

// Returns true when a cell's last printed line stops mid-phrase: it ends in a comma, colon,
// semicolon, dash or ampersand, or in a word that cannot end a phrase.
bool breaks_off(const std::string& line) {
  const std::string t = text::collapse_spaces(line);
  if (t.empty()) return false;
  const char last = t.back();
  if (last == ',' || last == ':' || last == ';' || last == '-' || last == '&') return true;
  static const std::set<std::string> joining = {"and", "or", "of",   "in",   "the", "to",
                                                "for", "by", "with", "a",    "an",  "on",
                                                "at",  "as", "from", "that", "nor", "but"};
  const std::size_t space = t.find_last_of(' ');
  return joining.count(text::fold_case(space == std::string::npos ? t : t.substr(space + 1))) > 0;
}

bool starts_lowercase(const std::string& line) {
  return !line.empty() && line.front() >= 'a' && line.front() <= 'z';
}

// Returns true when the first row of a continued part reads as the rest of the row above
// although its first cell is not empty: the previous part ran to the foot of its page and
// some cell breaks off there mid-phrase, or goes on in lower case.
bool reads_on(const table_row& above, const table_row& below) {
  for (std::size_t c = 0; c < above.cells.size() && c < below.cells.size(); ++c) {
    if (above.cells[c].empty() || below.cells[c].empty()) continue;
    if (breaks_off(above.cells[c].back().text) || starts_lowercase(below.cells[c].front().text)) {
      return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// Returns true when nothing but a repeated title or box separates a part from the part that
// ended the previous page: the part is the first thing on its page; or the text above it is
// the text above the earlier part, or one line repeating the line just above the earlier part
// (a table's name printed again over each page of it, where page 1 also had an introduction);
// or, with no text, the table just above it is the box just above the earlier part.
bool nothing_between(const part_context& part, const part_context& previous) {
  if (part.at_page_top) return true;
  // Any table above the part must be the box above the earlier part too: Halton prints the
  // same polling-station heading under each ward's own candidates table.
  const bool same_box = part.table_above.empty() ||
                        text::fold_key(part.table_above) == text::fold_key(previous.table_above);
  if (!part.text_above.empty()) {
    const bool same_text = text::fold_key(part.text_above) == text::fold_key(previous.text_above);
    const bool same_title = part.lines_above == 1 &&
                            text::fold_key(part.line_above) == text::fold_key(previous.line_above);
    return same_box && (same_text || same_title);
  }
  return !part.table_above.empty() && same_box && previous.text_above.empty();
}

// Returns true when what lies above a part is what lay above the earlier part: the same
// title and the same box.
bool same_setting(const part_context& part, const part_context& previous) {
  return text::fold_key(part.text_above) == text::fold_key(previous.text_above) &&
         text::fold_key(part.table_above) == text::fold_key(previous.table_above);
}

bool may_follow(const page_part& part, const page_part& previous) {
  return !part.table.rows.empty() && previous.context.at_page_bottom &&
         part.table.column_count() == previous.table.column_count() &&
         nothing_between(part.context, previous.context);
}

// The header row of a part: the first row, or the one after banner rows across the whole
// table (a title printed inside the grid, as Kent's consultation tables do).
struct header_found {
  std::size_t row = 0;
  std::optional<std::vector<std::string>> texts;
};

header_found find_header_row(const page_table& part) {
  header_found out{part.rows.size(), std::nullopt};
  for (std::size_t r = 0; r < part.rows.size() && r < max_banner_rows + 1; ++r) {
    out.texts = header_texts(part.rows[r]);
    if (out.texts) {
      out.row = r;
      return out;
    }
    if (!part.rows[r].spans_all) break;
  }
  return out;
}

stitched_table new_table(const page_table& part, std::vector<std::string> headers) {
  stitched_table t;
  t.headers = std::move(headers);
  t.pages = {part.page, part.page};
  t.top = part.bounds.y0;
  return t;
}

// Returns true when a row's first cell marks it as an item of its own: an item number.
bool is_numbered(const table_row& row) {
  return !row.cells.empty() && !row.cells.front().empty() &&
         text::looks_like_number(row.cells.front().front().text);
}

// Returns true when a part ends under a group label: its last row's first cell is merged
// down from a row above it.
bool group_goes_on(const page_part& part) {
  if (part.table.rows.empty() || part.table.rows.back().cells.empty()) return false;
  const page_cell& key = part.table.rows.back().cells.front();
  return key.merged_above || key.spans_down;
}

}  // namespace

stitcher::stitcher(std::vector<diagnostic>& diagnostics, bool keep_headerless)
    : diagnostics_(diagnostics), keep_headerless_(keep_headerless) {}

std::size_t stitcher::choose_continuation(const std::vector<page_part>& parts) const {
  // Of the page's parts that may continue it, the one repeating its header wins, then the one
  // under the same title and box, then the one whose columns stand where its columns stood,
  // then the first.
  std::size_t chosen = parts.size();
  int best = -1;
  const stitched_table& table = tables_[candidate_->table];
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (!may_follow(parts[k], candidate_->part)) continue;
    const bool repeats_header =
        table.has_header && same_headers(row_texts(parts[k].table.rows.front()), table.headers);
    const int score = 4 * (repeats_header ? 1 : 0) +
                      2 * (same_setting(parts[k].context, candidate_->part.context) ? 1 : 0) +
                      (columns_match(candidate_->part.table, parts[k].table) ? 1 : 0);
    if (score > best) best = score, chosen = k;
  }
  return chosen;
}

void stitcher::add_page(std::vector<page_part> parts) {
  parts.erase(std::remove_if(parts.begin(), parts.end(),
                             [](const page_part& p) { return p.table.rows.empty(); }),
              parts.end());
  if (parts.empty()) return;
  // The part that ended the previous page is the one a part on this page can continue.
  const int page = parts.front().table.page;
  candidate_.reset();
  if (last_ && last_->part.table.page == page - 1) candidate_ = std::move(last_);
  const std::size_t chosen = candidate_ ? choose_continuation(parts) : parts.size();
  std::optional<std::size_t> last_table;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    last_table = place_part(parts[k], k == chosen);
  }
  last_ = placed{std::move(parts.back()), *last_table};
  if (!keep_headerless_) drop_headerless();
}

void stitcher::drop_headerless() {
  // Only the table of the part that ended this page can be continued, and only its last row
  // joined to; the rest of a table with no header is never looked at again. The tables
  // still to look at are those started since, and that one.
  std::vector<std::size_t> kept;
  for (std::size_t i = open_from_; i < tables_.size(); ++i) pending_.push_back(i);
  open_from_ = tables_.size();
  for (const std::size_t i : pending_) {
    stitched_table& t = tables_[i];
    if (t.has_header) continue;
    if (i != last_->table) {
      t = stitched_table{};
      continue;
    }
    if (t.rows.size() > 1) t.rows.erase(t.rows.begin(), t.rows.end() - 1);
    kept.push_back(i);
  }
  pending_ = std::move(kept);
}

std::size_t stitcher::place_part(const page_part& placed_part, bool follows) {
  const page_table& part = placed_part.table;
  const page_part* previous = candidate_ ? &candidate_->part : nullptr;
  header_found header = find_header_row(part);
  stitched_table* continued = follows ? &tables_[candidate_->table] : nullptr;
  // A continued part that starts with the table's header row again, even one too garbled to
  // name its fields, repeats it.
  if (!header.texts && follows && continued->has_header &&
      same_headers(row_texts(part.rows.front()), continued->headers)) {
    header = {0, row_texts(part.rows.front())};
  }
  if (!header.texts && !follows) {
    if (const std::optional<std::size_t> box = repeated_box(part)) {
      tables_[*box].pages.last = part.page;
      tables_[*box].repeated_headers.push_back({part.page, part.bounds, std::nullopt});
      return *box;
    }
  }
  std::size_t first_row = 0;
  bool continues = false;
  if (part.is_stream && !header.texts) {
    continues = continues_stream(placed_part, follows, first_row);
  } else if (header.texts) {
    continues = continues_headed(placed_part, header.row, *header.texts, follows);
    first_row = header.row + 1;
  } else if (follows) {
    continues = true;
    note_columns(previous->table, part);
  } else {
    note_orphan(placed_part);
    tables_.push_back(new_table(part, std::vector<std::string>(part.column_count(), "")));
  }
  const std::size_t target = continues ? candidate_->table : tables_.size() - 1;
  append_rows(tables_[target], placed_part, first_row, continues ? previous : nullptr);
  if (continues) candidate_.reset();  // one part continues a table, not several
  return target;
}

// Returns the table a part prints again, row for row and at the same height, from the page
// before: a box repeated on every page (a running total above a register) is one table, not
// a new one each page. (Only --tables keeps tables without a header to find.)
std::optional<std::size_t> stitcher::repeated_box(const page_table& part) const {
  for (std::size_t i = open_from_; i < tables_.size(); ++i) {
    const stitched_table& t = tables_[i];
    // A point: the rounding of the positions a producer writes.
    constexpr double same_place = 1.0;
    if (t.has_header || t.pages.last + 1 != part.page || t.rows.size() != part.rows.size() ||
        std::abs(t.top - part.bounds.y0) > same_place) {
      continue;
    }
    bool same = true;
    for (std::size_t r = 0; same && r < t.rows.size(); ++r) {
      same = row_texts(part.rows[r]) == row_texts_of(t.rows[r]);
    }
    if (same) return i;
  }
  return std::nullopt;
}

bool stitcher::continues_stream(const page_part& placed_part, bool follows,
                                std::size_t& first_row) {
  // These parts join only under their first row printed again (a header naming no field),
  // or when nothing at all is printed above the part and its columns and rows go on as the
  // previous part's did (a register filling page after page under a running header).
  const page_table& part = placed_part.table;
  const stitched_table* continued = follows ? &tables_[candidate_->table] : nullptr;
  const bool repeats_first_row = follows && !continued->has_header &&
                                 !continued->first_row.empty() &&
                                 same_headers(row_texts(part.rows.front()), continued->first_row);
  const bool same_columns = follows && !continued->has_header && placed_part.context.at_page_top &&
                            goes_on(candidate_->part.table, part);
  if (repeats_first_row || same_columns) {
    first_row = repeats_first_row ? 1 : 0;
    return true;
  }
  stitched_table t = new_table(part, std::vector<std::string>(part.column_count(), ""));
  t.first_row = row_texts(part.rows.front());
  tables_.push_back(std::move(t));
  return false;
}

bool stitcher::continues_headed(const page_part& placed_part, std::size_t header_row,
                                const std::vector<std::string>& header, bool follows) {
  const page_table& part = placed_part.table;
  stitched_table* continued = follows ? &tables_[candidate_->table] : nullptr;
  // The header printed again, under the same title rows inside the grid if any.
  bool same_banners = follows && header_row == continued->banner_rows;
  for (std::size_t r = 0; same_banners && r < header_row; ++r) {
    same_banners = same_headers(row_texts(part.rows[r]), row_texts_of(continued->rows[r]));
  }
  const bool continues =
      follows && same_banners && continued->has_header && same_headers(header, continued->headers);
  if (continues) {
    continued->repeated_headers.push_back({part.page, part.rows[header_row].bounds, std::nullopt});
    note_columns(candidate_->part.table, part);
    return true;
  }
  stitched_table t = new_table(part, header);
  t.has_header = true;
  const std::vector<double> limits = text_limits(part);
  t.header = make_row(part.rows[header_row], part.page, limits);
  for (const page_cell& cell : part.rows[header_row].cells) t.header_groups.push_back(cell.group);
  for (std::size_t r = 0; r < header_row; ++r)
    t.rows.push_back(make_row(part.rows[r], part.page, limits));
  t.banner_rows = header_row;
  tables_.push_back(std::move(t));
  return false;
}

void stitcher::note_columns(const page_table& previous, const page_table& part) {
  if (columns_match(previous, part)) return;
  diagnostics_.push_back(
      {diag::columns_uncertain, part.page, "the table continues with columns at other positions"});
}

void stitcher::note_orphan(const page_part& placed_part) {
  // A part with no header at the top of a page, after a table that ran to the foot of the
  // page before, that could not be joined to it: say so, its rows are no records. A box
  // printed again above each page's part (the earlier part's box) is no orphan.
  if (!candidate_ || !placed_part.context.at_page_top) return;
  const part_context& earlier = candidate_->part.context;
  const bool repeated_box =
      !earlier.table_above.empty() &&
      text::fold_key(text_of(placed_part.table)) == text::fold_key(earlier.table_above);
  if (repeated_box) return;
  diagnostics_.push_back({diag::stitch_orphan, placed_part.table.page,
                          "a table part with no header starts the page but does not match the "
                          "table ending page " +
                              std::to_string(candidate_->part.table.page)});
}

bool stitcher::is_rest_of_row(const stitched_table& t, const page_row& printed,
                              const table_row& row, const page_part* previous) {
  // An empty first cell at the top of a continued part is the rest of a row cut by the page
  // break, unless that cell is merged down over several rows: then it is a group label
  // printed only on an earlier page.
  const page_cell* key = printed.cells.empty() ? nullptr : &printed.cells.front();
  const bool key_is_group = key != nullptr && (key->spans_down || key->merged_above);
  const bool mergeable = !t.rows.empty() && !row.is_section && !t.rows.back().is_section &&
                         !row.cells.empty() && !key_is_group;
  if (!mergeable) return false;
  if (row.cells.front().empty()) {
    // Under a group label merged down to the foot of the page before, an empty first cell
    // is the group going on over a new row, unless the text reads on from the row above.
    return !group_goes_on(*previous) || reads_on(t.rows.back(), row);
  }
  // A row cut at the foot of the page whose first cell goes on over the break too (a table
  // with no number column): only the text can tell. Cut at the foot: less than a line and a
  // half left below the text, so the word processor could not fit the row's next line there.
  const part_context& before = previous->context;
  const bool cut_at_foot = before.room_below < 1.5 * std::max(before.line_height, 1.0);
  if (is_numbered(row) || !cut_at_foot || !reads_on(t.rows.back(), row)) return false;
  diagnostics_.push_back({diag::stitch_ambiguous, row.pages.first,
                          "the first row is taken as the rest of the row cut at the foot of page " +
                              std::to_string(previous->table.page) +
                              ", whose text breaks off there"});
  return true;
}

void stitcher::append_rows(stitched_table& t, const page_part& placed_part, std::size_t first_row,
                           const page_part* previous) {
  const page_table& part = placed_part.table;
  t.pages.last = part.page;
  const std::vector<double> limits = text_limits(part);
  for (std::size_t r = first_row; r < part.rows.size(); ++r) {
    const page_row& printed = part.rows[r];
    table_row row = make_row(printed, part.page, limits);
    const bool first = previous != nullptr && r == first_row;
    if (first && is_rest_of_row(t, printed, row, previous)) {
      append_row(t.rows.back(), row);
      continue;
    }
    // A merged cell's text belongs to every row it spans, over a page break too.
    const page_row* above =
        first && !previous->table.rows.empty() ? &previous->table.rows.back() : nullptr;
    for (std::size_t c = 0; c < row.cells.size() && !t.rows.empty(); ++c) {
      const page_cell& cell = printed.cells[c];
      // Only under a group that goes on: a row that starts an item of its own (its first
      // cell printed) takes nothing from the merged cells above it.
      const bool group_above = above != nullptr && c < above->cells.size() &&
                               printed.cells.front().is_empty() &&
                               (above->cells[c].spans_down || above->cells[c].merged_above);
      const bool inherits =
          cell.merged_above || (first && (cell.spans_down || group_above) && cell.is_empty());
      if (inherits && c < t.rows.back().cells.size() && !t.rows.back().cells[c].empty()) {
        row.cells[c] = t.rows.back().cells[c];
        row.filled.resize(row.cells.size(), false);
        row.filled[c] = true;
      }
    }
    t.rows.push_back(std::move(row));
  }
}

std::vector<stitched_table> stitcher::finish() { return std::move(tables_); }

std::vector<stitched_table> stitch_tables(const std::vector<page_part>& parts,
                                          std::vector<diagnostic>& diagnostics) {
  stitcher s(diagnostics);
  std::vector<page_part> page;
  for (const page_part& p : parts) {
    if (!page.empty() && page.front().table.page != p.table.page)
      s.add_page(std::move(page)), page.clear();
    page.push_back(p);
  }
  if (!page.empty()) s.add_page(std::move(page));
  return s.finish();
}

}  // namespace extract_plan::tabular
