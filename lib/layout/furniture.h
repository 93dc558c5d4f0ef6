// Page furniture: running headers, footers and page numbers, which are not content.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "page.h"

namespace extract_plan::layout {

/// The lines of one page, as the furniture finder needs them.
struct page_lines {
  int number = 0;
  double height = 0;
  std::vector<text_line> lines;
  /// Areas whose lines are never furniture (ruled tables: a column header repeated on every
  /// page sits at the same place each time, but it is content).
  std::vector<box> protected_regions;
};

/// Which lines are furniture, and the document title they give.
struct furniture {
  /// furniture_lines[i][j]: line j of pages[i] is furniture.
  std::vector<std::vector<bool>> furniture_lines;
  /// The running header's text on the first page that shows it, page numbers left out.
  std::string title;
};

/// Finds running headers and footers: lines in the top 20% or bottom 15% of a page whose
/// text (digits ignored) is repeated at about the same height on at least half of the pages
/// (and on two pages at least). Page numbers ("3", "Page 3 of 7", "- 3 -") at the very top or
/// bottom of a page are furniture even when the document has one page.
/// `is_content`, when given, marks lines that are never furniture whatever their place (a
/// table's column-header row repeated at the top of every page is content).
furniture find_furniture(const std::vector<page_lines>& pages,
                         const std::function<bool(const text_line&)>& is_content = {});

/// Returns true when a line's text is only a page number ("Page 3 of 7", "3", "- 3 -",
/// "Page | 3").
bool is_page_number(const std::string& line_text);

}  // namespace extract_plan::layout
