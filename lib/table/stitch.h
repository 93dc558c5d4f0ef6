// Stitching the parts of a table printed on successive pages into one table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "table/cells.h"
#include "table/context.h"
#include "table/page_table.h"

namespace extract_plan::tabular {

/// One printed line of a cell, with the page it is on.
struct cell_line {
  std::string text;
  int page = 0;
  double room_after = 0;           ///< room left on the line in its cell, less a space (points)
  double first_word_width = 0;     ///< width of its first word (points)
  std::vector<std::string> marks;  ///< footnote markers printed on the line, in order
};

/// Returns a cell's lines joined by single spaces, nothing undone, as plain_text(page_cell).
std::string plain_text(const std::vector<cell_line>& lines);

/// A piece of a cell on one page.
struct cell_piece {
  int page = 0;
  box bounds;
  std::optional<colour> fill;  ///< the cell's background colour there, if any
};

/// A row of a whole table: its cells' lines, wherever they were printed.
struct table_row {
  std::vector<std::vector<cell_line>> cells;    ///< one list of lines per column
  std::vector<std::vector<cell_piece>> pieces;  ///< where each column's cell is printed
  page_span pages;
  bool is_section = false;  ///< one cell across all columns: a section heading
  /// Per column, when the row's text there was filled down from a cell merged down over it
  /// and printed on a row above; empty when none was.
  std::vector<bool> filled;
};

/// A table that may run over several pages.
struct stitched_table {
  std::vector<std::string> headers;  ///< column header texts; all empty when none was found
  bool has_header = false;
  table_row header;  ///< the header row as printed first, when has_header
  /// Per column, the group a two-row header names over it ("Progress" over "RAG"), or "".
  std::vector<std::string> header_groups;
  /// The first row's texts of a table found from white space: a part of it on the next page
  /// starts with them again.
  std::vector<std::string> first_row;
  /// How many of `rows` were printed above the header row (title rows across the table).
  std::size_t banner_rows = 0;
  page_span pages;
  double top = 0;  ///< y of the table's top on its first page, for ordering
  std::vector<table_row> rows;
  /// Where the header row was printed again over a part on a later page, and dropped.
  std::vector<cell_piece> repeated_headers;
};

/// Returns how far right text can reach in each column of a part: the furthest any of its
/// lines reaches, or, in a ruled table, the column's right line less the cell's padding.
std::vector<double> text_limits(const page_table& part);

/// Returns a printed row as a row of a whole table: its cells' lines, each with the room left
/// after it up to `limits` (text_limits of its part), and where each cell is printed.
table_row make_row(const page_row& row, int page, const std::vector<double>& limits);

/// Joins table parts across pages as they arrive, a page at a time, holding only the tables
/// so far and the part that ended the previous page. A part continues the table before it
/// when it is the first thing on the page after that table was the last thing on the
/// previous page and it has the same number of columns; a repeated column-header row is then
/// dropped, and a first row whose first cell is empty is the rest of the previous row, joined
/// cell by cell. A part with a different header row starts a new table. Doubts are appended
/// to the `diagnostics` given.
class stitcher {
 public:
  /// Starts with no tables. Unless `keep_headerless`, a table with no header row keeps only
  /// its last row (all that stitching looks at): it can give no records, and a long register
  /// read for its action plans alone would otherwise be held whole.
  explicit stitcher(std::vector<diagnostic>& diagnostics, bool keep_headerless = true);

  /// Adds the parts of the next page read, top to bottom (a page after a gap in the pages
  /// read continues nothing).
  void add_page(std::vector<page_part> parts);

  /// Returns the tables, in the order they started.
  std::vector<stitched_table> finish();

 private:
  struct placed {
    page_part part;
    std::size_t table = 0;
  };
  std::size_t choose_continuation(const std::vector<page_part>& parts) const;
  std::size_t place_part(const page_part& part, bool follows);
  std::optional<std::size_t> repeated_box(const page_table& part) const;
  bool continues_stream(const page_part& part, bool follows, std::size_t& first_row);
  bool continues_headed(const page_part& part, std::size_t header_row,
                        const std::vector<std::string>& header, bool follows);
  void note_columns(const page_table& previous, const page_table& part);
  void note_orphan(const page_part& part);
  bool is_rest_of_row(const stitched_table& t, const page_row& printed, const table_row& row,
                      const page_part* previous);
  void append_rows(stitched_table& t, const page_part& part, std::size_t first_row,
                   const page_part* previous);
  void drop_headerless();

  std::vector<diagnostic>& diagnostics_;
  bool keep_headerless_;
  std::vector<stitched_table> tables_;
  std::size_t open_from_ = 0;         // tables from here on are new since the last page
  std::vector<std::size_t> pending_;  // headerless tables that may still be continued
  std::optional<placed> last_;        // the part that ended the last page added
  std::optional<placed> candidate_;   // while a page is added: the part it may continue
};

/// Joins the parts of a whole document, in document order, as stitcher does.
std::vector<stitched_table> stitch_tables(const std::vector<page_part>& parts,
                                          std::vector<diagnostic>& diagnostics);

}  // namespace extract_plan::tabular
