// Stitched tables -> typed action-plan records.
#pragma once

#include <vector>

#include "extract_plan/extract_plan.h"
#include "layout/marks.h"
#include "table/stitch.h"
#include "text/join.h"

namespace extract_plan::fields {

/// Returns the role of each column: by header synonym; an unlabelled column whose non-empty
/// cells are all item numbers is `number`; a second column of a role already taken, or an
/// unknown header, is `other`.
std::vector<column> map_columns(const tabular::stitched_table& t);

/// Gives a column with no field by its header (unknown or unlabelled) a field no other column
/// has, by what its cells hold, four in five of them or more, two at least: all item
/// numbers or keys ("K1", "HR-03") going up, each new, the number; short texts of dates or periods
/// (a deadline's dates or status words, twelve words at most), the deadline; people and roles (an
/// officer's name or a job title), the lead officer. Each column so judged gets a
/// "columns.from_content" diagnostic on the table's first page.
void judge_columns_by_content(const tabular::stitched_table& t, std::vector<column>& columns,
                              const options& opts, std::vector<diagnostic>& diagnostics);

/// The action-plan tables of a document and their records.
struct plan_records {
  std::vector<plan_table> tables;
  std::vector<record> records;  ///< record::table indexes `tables`
};

/// Returns the action-plan tables among `tables` (those with a recognised header row) and
/// their records, typed: number cleaned, cell lines joined (undoing hyphenation as
/// `evidence` allows), deadline and lead officer parsed. Rows spanning all columns become the
/// `section` of the records below them. Doubts are appended to `diagnostics`.
plan_records build_records(const std::vector<tabular::stitched_table>& tables,
                           const text::hyphen_evidence& evidence, const options& opts,
                           std::vector<diagnostic>& diagnostics);

/// Gives each footnote marker of the records its text: the footnote with that marker printed
/// on the marker's page, else on the first page after it that prints one (end notes), else
/// the last printed before it. A marker with no footnote keeps an empty text. `texts` in page
/// order.
void tie_footnotes(std::vector<record>& records, const std::vector<layout::footnote_text>& texts);

/// Returns every table among `tables` as a grid: its header row (if any) then its rows, each
/// cell's lines joined as in records, with the boxes where the cell is printed.
std::vector<grid> build_grids(const std::vector<tabular::stitched_table>& tables,
                              const text::hyphen_evidence& evidence);

}  // namespace extract_plan::fields
