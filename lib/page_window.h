// Pages in flight between reading and finding tables. Running headers and footers are found
// from the pages around each page, not from the whole document, so a page is finished once
// the pages after it that can tell its furniture have been read, and then let go: memory
// stays flat however long the document.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "layout/furniture.h"
#include "page.h"
#include "table/page_table.h"

namespace extract_plan {

/// How many pages either side of a page tell its running header and footer. A header is
/// printed on every page, or on every other one where odd and even pages differ; a report's
/// header may change from one section to the next (an appendix, a new chapter). Sixteen
/// pages either side show any of these on half their pages within one section, and a
/// document of up to seventeen pages is judged whole, as if it had no window at all.
inline constexpr std::size_t furniture_reach = 16;

/// A page as read (prepare_page): its lines, its ruled tables, and its band lines for the
/// furniture finder.
struct pending_page {
  layout::page_lines lines;  ///< number, height, lines; ruled tables' areas protected
  double width = 0;
  std::vector<tabular::page_table> ruled;
  std::vector<shade> shades;  ///< coloured fills, for the cells of tables found later
  layout::band_summary bands;
};

/// A page with its running header and footer taken out: what the table finders work on.
struct content_page {
  int number = 0;
  double width = 0, height = 0;
  std::vector<text_line> lines;      ///< in reading order, furniture left out
  std::vector<box> furniture_boxes;  ///< where the furniture lines were
  std::vector<tabular::page_table> ruled;
  std::vector<shade> shades;  ///< coloured fills, in painting order
  /// The lowest text on the pages of this size around this one (points from the top): a
  /// table whose text reaches it was cut by the page break.
  double body_bottom = 0;
};

/// The window of pages: push each page as it is read, and pop each page as soon as its
/// furniture is known.
class page_window {
 public:
  /// Adds the next page read.
  void push(pending_page page);

  /// Returns the oldest page not yet finished, its furniture taken out, once `furniture_reach`
  /// pages after it have been read, or at `end` of the document whatever remains.
  std::optional<content_page> pop(bool end);

  /// Returns the title the running header gives: that of the first page that has one, among
  /// the first furniture_reach + 1 pages.
  const std::string& title() const { return title_; }

 private:
  using size_key = std::pair<long, long>;
  struct finished {
    layout::band_summary bands;
    size_key size;
    double bottom = 0;  // the page's lowest text, furniture left out
  };
  std::vector<const layout::band_summary*> window() const;
  double bottom_of(const pending_page& page,
                   const std::vector<const layout::band_summary*>& window) const;

  std::deque<pending_page> ahead_;  // read, not finished
  std::deque<finished> behind_;     // the last `furniture_reach` pages finished
  std::string title_;
  std::size_t popped_ = 0;  // pages finished so far
};

}  // namespace extract_plan
