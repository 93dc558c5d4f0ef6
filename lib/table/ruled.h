// Tables drawn with ruling lines: their grid, columns, rows and cells on one page.
#pragma once

#include <vector>

#include "extract_plan/extract_plan.h"
#include "page.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// A horizontal or vertical line after merging the pieces drawn for each cell.
struct segment {
  double pos = 0;           ///< y of a horizontal segment, x of a vertical one
  double from = 0, to = 0;  ///< extent along the segment
  double thickness = 0;     ///< the widest piece's width
};

/// Merges ruling lines into maximal horizontal and vertical segments: pieces within
/// `snap` points of one position and overlapping or touching (gaps up to `snap`) become one.
void merge_rules(const std::vector<rule>& rules, double snap, std::vector<segment>& horizontal,
                 std::vector<segment>& vertical);

/// Finds the ruled tables on a page: each connected grid of at least two columns and one
/// row, with the page's words assigned to its cells by their centres. Rows and columns come
/// from the lines; a cell whose boundary line is missing is merged with its neighbour.
/// Grids of more lines than any table has (a chart, a pattern) are skipped with a
/// "table.too_many_lines" diagnostic appended to `diagnostics`.
std::vector<page_table> find_ruled_tables(const page& p, std::vector<diagnostic>& diagnostics);

}  // namespace extract_plan::tabular
