// Two-row grouped headers: an upper header row naming groups of columns ("Action plan" over
// Action / Lead officer / Target date, "Progress" over RAG / Update) above the row naming
// them, with the columns of no group merged down over both rows ("No.", "Recommendation").
#pragma once

#include "table/page_table.h"

namespace extract_plan::tabular {

/// Folds a ruled part's two-row grouped header into one header row: among its first rows
/// (after at most two banner rows across the table), a row with a cell across two columns
/// or more over a row with text in those columns, which together name the table's fields.
/// Each column takes its name from the lower row, or from the upper where the lower is
/// merged into it, and its group (page_cell::group) from a cell across several columns
/// above it. Returns true when it folded one.
bool fold_grouped_header(page_table& part);

}  // namespace extract_plan::tabular
