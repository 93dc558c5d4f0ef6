// Stitched tables -> typed action-plan records.
#pragma once

#include <vector>

#include "extract_plan/extract_plan.h"
#include "table/stitch.h"
#include "text/join.h"

namespace extract_plan::fields {

/// Returns the role of each column: by header synonym; an unlabelled column whose non-empty
/// cells are all item numbers is `number`; a second column of a role already taken, or an
/// unknown header, is `other`.
std::vector<column> map_columns(const tabular::stitched_table& t);

/// Appends to `doc` the action-plan tables among `tables` (those with a recognised header
/// row) and their records, typed: number cleaned, cell lines joined (undoing hyphenation
/// as `evidence` allows), deadline and lead officer parsed. Rows spanning all columns become
/// the `section` of the records below them. Doubts go to doc.diagnostics.
void append_records(const std::vector<tabular::stitched_table>& tables,
                    const text::hyphen_evidence& evidence, const options& opts, document& doc);

/// Appends every table among `tables` to doc.grids: its header row (if any) then its rows,
/// each cell's lines joined as in records, with the boxes where the cell is printed.
void append_grids(const std::vector<tabular::stitched_table>& tables,
                  const text::hyphen_evidence& evidence, document& doc);

}  // namespace extract_plan::fields
