// From content pages to the document: each page's tables found and stitched on as it comes,
// the records typed once the last page is in. Holds the tables so far, the part that ended
// the previous page, and the hyphenation evidence: never the pages themselves.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "layout/lines.h"
#include "page_window.h"
#include "table/stitch.h"
#include "text/join.h"

namespace extract_plan {

/// Finds, stitches and types the tables of a document's content pages as they come.
class plan_builder {
 public:
  /// Starts a document read with `opts`.
  explicit plan_builder(const options& opts);
  // The stitchers hold references to the builder's own lists of doubts.
  plan_builder(const plan_builder&) = delete;
  plan_builder& operator=(const plan_builder&) = delete;

  /// Finds the tables of the next content page and stitches them on.
  void add_page(const content_page& page);

  /// Returns `doc` with its tables, records, grids (options::grids) and outline
  /// (options::trace), and the doubts of finding and stitching them after its own. A
  /// document with no title from its running header takes the heading printed above its
  /// first plan, in larger type than its text.
  document finish(document doc);

 private:
  std::vector<tabular::page_part> find_parts(const content_page& page,
                                             std::vector<tabular::page_part>& stream);
  void observe_lines(const std::vector<tabular::page_part>& parts);
  void mark_repeated_headers(const std::vector<tabular::stitched_table>& tables);
  std::string heading_above(const tabular::stitched_table& t) const;

  const options& opts_;
  std::vector<diagnostic> diagnostics_;  // of stitching the plans, then of their records
  text::hyphen_evidence evidence_;
  tabular::stitcher plans_;
  // Tables with neither rules nor a known header, for grids; their doubts follow the
  // records' in the document, as they are found after them.
  std::vector<diagnostic> other_diagnostics_;
  tabular::stitcher others_;
  // An unruled table that ended the last page lends its columns to the top of the next.
  std::optional<std::vector<double>> continued_columns_;
  int last_page_ = 0;
  // Each page's headings, if it has any: a few lines each, kept for the title.
  std::map<int, std::vector<std::vector<layout::heading_line>>> headings_;
  std::vector<page_outline> outline_;
};

}  // namespace extract_plan
