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

/// A line in a page's top or bottom band, where running headers and footers are printed:
/// all the furniture finder needs of a page, so a window of pages keeps only these.
struct band_line {
  std::size_t line = 0;  ///< index in page_lines::lines
  std::string key;       ///< case-folded, digits one '#': "Page 3 of 7" ~ "Page 4 of 7"
  double y = 0;          ///< centre, points from the top
  double height = 0;
  bool top = false;             ///< in the top band, not the bottom one
  bool is_content = false;      ///< never furniture (a repeated column-header row)
  bool is_page_number = false;  ///< reads as a page number alone
};

/// The band lines of one page.
struct band_summary {
  int number = 0;  ///< the page's number
  std::vector<band_line> lines;
};

/// Returns the lines of a page in its top 20% or bottom 15%, outside protected regions;
/// `is_content`, when given, marks lines that are never furniture.
band_summary summarize_bands(const page_lines& page,
                             const std::function<bool(const text_line&)>& is_content = {});

/// Returns which lines of `page` are furniture: its band lines repeated at about the same
/// height on at least half the pages of `window` (and on two pages at least), and a page
/// number that is the outermost line of its band. `own` is the page's own summary;
/// `window` holds it and those of the pages around it.
std::vector<bool> furniture_of(const page_lines& page, const band_summary& own,
                               const std::vector<const band_summary*>& window);

/// Returns the title a page's furniture gives: its top-band furniture lines, page numbers
/// left out, joined; empty when it has none.
std::string title_of(const page_lines& page, const std::vector<bool>& mask);

/// Finds running headers and footers over all of `pages` at once (the window is the whole
/// document): lines in the top 20% or bottom 15% of a page whose
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
