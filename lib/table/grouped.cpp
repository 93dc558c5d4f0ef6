#include "table/grouped.h"

#include <cmath>
#include <optional>

#include "table/cells.h"

namespace extract_plan::tabular {
namespace {

// A table may carry up to two title rows across its whole width above its header rows, as
// the stitcher allows.
constexpr std::size_t max_banner_rows = 2;
// Cells of one merged span share their box; a point covers the rounding of positions.
constexpr double same_edge = 1.0;

// Returns the first column of the cell covering column c of a ruled row: the cells of a
// span across columns share their box.
std::size_t span_start(const page_row& row, std::size_t c) {
  std::size_t k = c;
  while (k > 0 && std::abs(row.cells[k - 1].bounds.x0 - row.cells[c].bounds.x0) < same_edge) --k;
  return k;
}

std::size_t span_end(const page_row& row, std::size_t c) {
  std::size_t k = c + 1;
  while (k < row.cells.size() &&
         std::abs(row.cells[k].bounds.x0 - row.cells[c].bounds.x0) < same_edge)
    ++k;
  return k;
}

// Returns the upper and lower rows folded into one, or nothing when the upper row names no
// group over the lower.
std::optional<page_row> fold(const page_row& upper, const page_row& lower) {
  if (upper.spans_all || lower.spans_all || upper.cells.size() != lower.cells.size()) {
    return std::nullopt;
  }
  page_row out = lower;
  out.bounds = upper.bounds.united(lower.bounds);
  bool grouped = false;
  for (std::size_t c = 0; c < upper.cells.size(); ++c) {
    const std::size_t start = span_start(upper, c), end = span_end(upper, start);
    const page_cell& above = upper.cells[start];
    page_cell& cell = out.cells[c];
    cell.merged_above = false;
    cell.spans_down = false;
    cell.bounds = cell.bounds.united(above.bounds);
    if (end - start >= 2 && !above.is_empty()) {
      // A group over several columns, each named in the lower row.
      if (cell.is_empty()) return std::nullopt;
      cell.group = plain_text(above);
      grouped = true;
    } else if (start == c && cell.is_empty()) {
      cell.lines = above.lines;  // a column's name merged down over both rows
    } else if (start == c) {
      cell.lines.insert(cell.lines.begin(), above.lines.begin(), above.lines.end());
    }
  }
  if (!grouped || !header_texts(out)) return std::nullopt;
  return out;
}

}  // namespace

bool fold_grouped_header(page_table& part) {
  if (!part.is_ruled) return false;
  for (std::size_t r = 0; r + 1 < part.rows.size() && r <= max_banner_rows; ++r) {
    if (std::optional<page_row> folded = fold(part.rows[r], part.rows[r + 1])) {
      part.rows[r] = std::move(*folded);
      part.rows.erase(part.rows.begin() + static_cast<std::ptrdiff_t>(r) + 1);
      return true;
    }
    if (!part.rows[r].spans_all) break;
  }
  return false;
}

}  // namespace extract_plan::tabular
