// What surrounds a table part on its page: whether it may continue from the previous page or
// onto the next, the title or box above it, and the room left below it. Stitching decides
// from these; a stage of its own computes them from the page.
#pragma once

#include <string>
#include <vector>

#include "page.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// A table part's place on its page.
struct part_context {
  /// True when nothing but furniture lies above / below the part on its page, so it may
  /// continue from the previous page / onto the next.
  bool at_page_top = false;
  bool at_page_bottom = false;
  /// The text printed between this part and the part above it, or the top of the page
  /// (running headers and footers left out): a title.
  std::string text_above;
  /// The last line of that text (the one just above the part), and how many lines it has.
  std::string line_above;
  std::size_t lines_above = 0;
  /// The text of the part just above this one on its page, if any: a box repeated over each
  /// part of a table (Kent's risk register prints its TOTAL box on every page).
  std::string table_above;
  /// Space between the part's last line of text and the lowest text on pages of this size
  /// (points): near zero when the page break cut the table.
  double room_below = 0;
  /// The usual height of a line of text in the part (points).
  double line_height = 0;
};

/// A table part with its context: what stitching takes.
struct page_part {
  page_table table;
  part_context context;
};

/// Returns the context of each of `parts` (a page's parts, top to bottom) among the page's
/// `lines` (furniture left out). Text inside any of the parts is no text above or below the
/// others. `body_bottom` is the y of the lowest text on pages of this size.
std::vector<part_context> find_contexts(const std::vector<const page_table*>& parts,
                                        const std::vector<text_line>& lines, double body_bottom);

}  // namespace extract_plan::tabular
