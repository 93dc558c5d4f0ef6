// Tables without ruling lines: columns from the alignment of text under a header row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "page.h"
#include "table/cells.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// Returns true when a line reads as a table's column-header row: its runs of words name at
/// least two known fields, and at least half of them do.
bool is_header_line(const text_line& line);

/// Finds an unruled table on a page from its lines (running headers and ruled tables
/// already taken out): a header row naming at least two known fields, then the lines below
/// it for as long as they leave a gutter free between every pair of columns. Columns are cut
/// in those gutters; an unlabelled first column is added when lines start with an item
/// number left of the first header. A row starts at a line whose first column has text when
/// that column holds numbers, otherwise after a gap wider than the usual line spacing.
///
/// With `continued` (the column edges of a table that ended the previous page), the lines at
/// the top of the page that fit those columns are returned as a part without a header.
std::vector<page_table> find_aligned_tables(const std::vector<text_line>& lines, int page_number,
                                            const std::vector<double>* continued = nullptr);

}  // namespace extract_plan::tabular
