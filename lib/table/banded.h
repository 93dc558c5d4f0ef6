// Ruled tables whose body has no inner rules: Word's table styles ("Medium Shading 1",
// "Light List", "Light Shading" and their kin) draw a ruled or filled header row, perhaps a
// frame, and bands of fill behind every other row, but no lines between the body's rows and
// columns. The grid then holds the whole body as one cell across every column; this stage
// cuts it into rows and cells.
#pragma once

#include <vector>

#include "page.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// Returns true when a row that spans every column for want of column lines is the body of
/// several rows: a line of it has runs of words (split at gutters) in two columns or more
/// by `edges`. A section heading across the table is one run on each line.
bool is_open_body(const page_row& row, const std::vector<double>& edges);

/// Cuts an open body (is_open_body) into rows with a cell per column of `edges`. A row starts
/// where a band of fill begins or ends between two lines (a fill across the table, or one
/// reaching from column line to column line, as a cell's); without such bands, at a line
/// with a key in the first column when every first-column line holds one ("1", "R2",
/// "(iv)"), else at a line with text in the first column after a gap wider than the
/// body's usual line spacing.
std::vector<page_row> cut_open_body(const page_row& row, const std::vector<double>& edges,
                                    const std::vector<shade>& shades);

}  // namespace extract_plan::tabular
