// A table as found on one page, before it is stitched to its parts on other pages.
#pragma once

#include <vector>

#include "page.h"

namespace extract_plan::tabular {

/// One cell: its printed lines, top to bottom.
struct page_cell {
  std::vector<text_line> lines;
  bool is_empty() const { return lines.empty(); }
};

/// One row: a cell per column. A cell merged with cells to its right holds the text of all.
struct page_row {
  box bounds;
  std::vector<page_cell> cells;
  /// True when the row is one cell across every column (a section heading or banner).
  bool spans_all = false;
};

/// A table on one page.
struct page_table {
  int page = 0;
  box bounds;
  /// x of the column boundaries, left to right: columns + 1 values.
  std::vector<double> column_edges;
  std::vector<page_row> rows;
  /// True when nothing but furniture lies above / below the table on its page, so the table
  /// may continue from the previous page / onto the next.
  bool at_page_top = false;
  bool at_page_bottom = false;
  /// True when the table's cells come from ruling lines, false when from text alignment.
  bool is_ruled = false;

  std::size_t column_count() const { return column_edges.empty() ? 0 : column_edges.size() - 1; }
};

}  // namespace extract_plan::tabular
