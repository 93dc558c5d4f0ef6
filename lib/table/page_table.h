// A table as found on one page, before it is stitched to its parts on other pages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "page.h"

namespace extract_plan::tabular {

/// One cell: its printed lines, top to bottom.
struct page_cell {
  std::vector<text_line> lines;
  box bounds;  ///< the cell's area on the page (a merged cell's whole area)
  /// True when the cell is merged with the cell above (no line between them): its text is
  /// printed once, in the top cell of the merged run.
  bool merged_above = false;
  /// True when the cell is the top of a run of cells merged down over several rows.
  bool spans_down = false;
  /// The colour the cell is filled with, when a shade lies behind its centre (shade_cells).
  std::optional<colour> fill;
  /// In a header row, the name of the group of columns printed over this cell ("Progress"
  /// over "RAG"), from a two-row grouped header; empty elsewhere.
  std::string group;
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
  /// True when the table's cells come from ruling lines, false when from text alignment.
  bool is_ruled = false;
  /// True when the table was found from white space alone, with no header naming fields: it
  /// continues onto the next page only under its first row printed again.
  bool is_stream = false;

  std::size_t column_count() const { return column_edges.empty() ? 0 : column_edges.size() - 1; }
};

}  // namespace extract_plan::tabular
