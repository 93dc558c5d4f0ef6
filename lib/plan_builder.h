// From content pages to the document's tables: each page's table parts found (find_page_parts)
// and stitched on to the tables so far as it comes (plan_builder). Holds the tables so far,
// the part that ended the previous page, the hyphenation evidence and the pages' headings:
// never the pages themselves. lib/extract.cpp says when each is called.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "layout/lines.h"
#include "layout/marks.h"
#include "page_window.h"
#include "table/blocks.h"
#include "table/stitch.h"
#include "text/join.h"

namespace extract_plan {

/// The table parts of a content page, top to bottom, each with its context and its cells
/// coloured by the fills behind them.
struct page_parts {
  /// The ruled tables and the unruled tables under a plan's column headers: the plans.
  std::vector<tabular::page_part> plans;
  /// The tables of white space alone (only when grids are asked for).
  std::vector<tabular::page_part> others;
  /// The page's lines outside the plans' parts, the others' included: prose, for the
  /// hyphenation evidence.
  std::vector<text_line> free_lines;
  /// The footnotes at the foot of the page, outside every table.
  std::vector<layout::footnote_text> footnotes;
};

/// Returns the table parts of `page`. `lent` are the column edges of an unruled table that
/// ended the page before, which guide the top of this one (none when it ended no table);
/// the others are found only when `grids`.
page_parts find_page_parts(const content_page& page, const std::vector<double>* lent, bool grids);

/// A document's tables once its last page is stitched: the plans, in the order they
/// started, and the other tables (when grids are asked for), with the doubts of stitching
/// each.
struct stitched_tables {
  std::vector<tabular::stitched_table> plans;
  std::vector<tabular::stitched_table> others;
  std::vector<diagnostic> plan_doubts;
  std::vector<diagnostic> other_doubts;
};

/// Stitches the parts of a document's content pages on to its tables as the pages come.
class plan_builder {
 public:
  /// Starts a document read with `opts`.
  explicit plan_builder(const options& opts);
  // The stitchers hold references to the builder's own lists of doubts.
  plan_builder(const plan_builder&) = delete;
  plan_builder& operator=(const plan_builder&) = delete;

  /// Returns the options the document is read with.
  const options& opts() const { return opts_; }

  /// Returns the column edges the last page lends to page `number`: those of an unruled
  /// table that ended it, when `number` is the page right after it; else none.
  const std::vector<double>* lent_columns(int number) const;

  /// Adds the next content page, its parts found: their lines and the page's prose to the
  /// hyphenation evidence, the headings outside them kept for the title, and the parts
  /// stitched on to the tables so far.
  void add_page(const content_page& page, page_parts parts);

  /// Returns the tables and the doubts of stitching them; called once, after the last page.
  /// The evidence, headings and outline stay for typing the records and the title.
  stitched_tables finish();

  /// Returns the footnotes printed outside the tables, page by page.
  const std::vector<layout::footnote_text>& footnotes() const { return footnotes_; }

  /// Returns what the document's lines show about hyphens, for joining cell lines.
  const text::hyphen_evidence& evidence() const { return evidence_; }

  /// Returns the last heading printed above `plan`'s top on its first page, in larger type
  /// than the page's text outside its tables; "" when there is none.
  std::string heading_above(const tabular::stitched_table& plan) const;

  /// Returns what each page held (options::trace), the header rows printed again over the
  /// parts of `tables` marked on their pages.
  std::vector<page_outline> outline(const stitched_tables& tables) const;

 private:
  const options& opts_;
  std::vector<diagnostic> plan_doubts_;   // of stitching the plans
  std::vector<diagnostic> other_doubts_;  // of stitching the others
  text::hyphen_evidence evidence_;
  std::vector<layout::footnote_text> footnotes_;
  tabular::stitcher plans_;
  tabular::block_gatherer blocks_;  // key/value blocks, gathered into plans of their own
  tabular::stitcher others_;
  // An unruled table that ended the last page lends its columns to the top of the next.
  std::optional<std::vector<double>> lent_;
  int last_page_ = 0;
  // Each page's headings, if it has any: a few lines each, kept for the title.
  std::map<int, std::vector<std::vector<layout::heading_line>>> headings_;
  std::vector<page_outline> outline_;
};

}  // namespace extract_plan
