// extract-plan: action-plan tables from council committee PDFs as typed records.
//
// The one public header. No Poppler, ICU or Boost type appears here, so a program that links
// the library needs none of their headers.
//
// Thread safety: every function here may be called from several threads at once, as long as
// each call works on its own document (one document per thread).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace extract_plan {

/// The version of the JSON contract written by to_json(). It changes only when a key is
/// removed or its meaning changes; new keys may appear within a version.
inline constexpr int schema_version = 1;

/// Stable codes of the fatal errors carried by extract_plan::error.
enum class errc {
  file_not_found,  ///< the input file does not exist or cannot be opened
  read_failed,     ///< the input file could not be read
  not_a_pdf,       ///< the input is not a PDF at all
  damaged,         ///< a PDF too damaged to be read
  encrypted,       ///< a PDF that needs a password
  no_text_layer,   ///< a PDF with no extractable text (a scan, say)
};

/// Returns the stable snake_case name of an error code, e.g. "not_a_pdf".
const char* to_string(errc code) noexcept;

/// The one exception type the library throws, for fatal problems with an input.
class error : public std::runtime_error {
 public:
  /// Creates an error with a stable code and a human-readable message.
  error(errc code, const std::string& message);
  /// Returns the stable code of this error.
  errc code() const noexcept { return code_; }

 private:
  errc code_;
};

/// Something the extractor doubted, returned with the result rather than printed.
struct diagnostic {
  std::string code;     ///< stable dotted code, e.g. "date.no_year", "stitch.ambiguous"
  int page = 0;         ///< 1-based page the doubt is about; 0 for the whole document
  std::string message;  ///< human-readable detail; its wording is not part of the contract
};

/// A calendar day.
struct calendar_date {
  int year = 0;
  int month = 0;  ///< 1-12
  int day = 0;    ///< 1-31
};

/// Returns the ISO-8601 form of a date, e.g. "2023-02-28".
std::string to_iso(calendar_date date);

/// A day of the year, for calendars that repeat every year.
struct month_day {
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-31
};

/// The school-term calendar that "Autumn term 2023" and "End of Spring Term 2025" are read
/// with. A term's dates fall in the year named, except that the autumn term of an academic
/// year "2023/24" is in 2023 and its spring and summer terms in 2024.
struct school_terms {
  month_day autumn_start{9, 1}, autumn_end{12, 31};
  month_day spring_start{1, 1}, spring_end{4, 30};
  month_day summer_start{5, 1}, summer_end{7, 31};
};

/// How to read a document.
struct options {
  school_terms terms;  ///< the school-term calendar for deadlines
  /// The most time one page may take, in seconds: a content stream built to loop is cut
  /// short there with a "page.too_slow" diagnostic. A dense real page takes a tenth of one.
  double page_time_limit = 20;
};

/// One date or period named in a deadline text. start == end for a single day; both empty
/// when the text names a date that cannot be placed (a day and month with no year).
struct date_span {
  std::string text;                    ///< the words the date was read from
  std::optional<calendar_date> start;  ///< first day of the period
  std::optional<calendar_date> end;    ///< last day of the period
};

/// The status a deadline text states in words.
enum class deadline_status { completed, ongoing, in_progress, not_started };

/// Returns the stable name of a status, e.g. "in_progress".
const char* to_string(deadline_status status) noexcept;

/// A typed deadline cell.
struct deadline {
  std::string text;                       ///< the cell text, whitespace collapsed
  std::optional<deadline_status> status;  ///< the first status word found, if any
  std::vector<date_span> dates;           ///< every date named, in order
};

/// One person named in a lead-officer cell. Either part may be missing.
struct person {
  std::optional<std::string> name;  ///< e.g. "Natalie McGrath"
  std::optional<std::string> role;  ///< e.g. "PHSE Co-ordinator"
};

/// A typed lead-officer cell.
struct officer {
  std::string text;            ///< the cell text, whitespace collapsed
  std::vector<person> people;  ///< people named, when the text is plain enough to split
};

/// The meaning of a table column, found from its header text.
enum class field {
  number,
  recommendation,
  action,
  lead_officer,
  deadline,
  status,    ///< a Status or RAG column
  progress,  ///< a Progress or Update column
  other,
};

/// Returns the stable JSON name of a field, e.g. "lead_officer"; "other" for unknown columns.
const char* to_string(field f) noexcept;

/// A 1-based inclusive range of pages.
struct page_span {
  int first = 0;
  int last = 0;
};

/// One column of an action-plan table.
struct column {
  std::string header;         ///< the header text as printed (empty for an unlabelled column)
  field role = field::other;  ///< what the column holds
};

/// One action-plan table, which may run over many pages.
struct table {
  page_span pages;
  std::vector<column> columns;
};

/// One row of an action plan: a recommendation and what is done about it.
struct record {
  int table = 0;               ///< index into document::tables
  int index = 0;               ///< 1-based position of the record in its table
  std::string number;          ///< as printed, e.g. "1", "R1"; empty when the table has none
  std::string recommendation;  ///< empty when the table has no such column
  std::string action;          ///< proposed action, response
  officer lead_officer;
  struct deadline deadline;
  std::string status;    ///< the Status / RAG column as printed; empty when the table has none
  std::string progress;  ///< the Progress / Update column; empty when the table has none
  std::optional<std::string> section;                      ///< heading of the rows' section
  std::vector<std::pair<std::string, std::string>> other;  ///< unknown columns: header, text
  page_span pages;                                         ///< where the row is printed
};

/// Where one piece of a cell is printed: a cell cut by a page break has a piece on each page.
struct cell_box {
  int page = 0;                           ///< 1-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  ///< points, origin at the page's top left, y down
};

/// One cell of a table found in the document.
struct grid_cell {
  std::string text;  ///< lines joined as in records
  std::vector<cell_box> boxes;
};

/// Any table found in the document, action plan or not, as a grid of cells, stitched across
/// pages like the action plans are.
struct grid {
  page_span pages;
  int header_rows = 0;                       ///< how many of `rows` are column headers
  std::vector<std::vector<grid_cell>> rows;  ///< every row has the same number of cells
};

/// Where a result came from.
struct source_info {
  std::string file;    ///< the file name, without its directory
  int pages = 0;       ///< the number of pages in the PDF
  std::string sha256;  ///< lower-case hex digest of the file's bytes
};

/// Everything extracted from one PDF.
struct document {
  source_info source;
  std::string title;  ///< the running header, or empty
  std::vector<table> tables;
  std::vector<record> records;  ///< in document order
  std::vector<grid> grids;      ///< every table found, in document order
  std::vector<diagnostic> diagnostics;
};

/// Reads a PDF file and returns its action-plan tables as records.
///
/// Throws extract_plan::error for a file that cannot be used at all (missing, not a PDF,
/// encrypted, no text). Everything short of that is reported in document::diagnostics;
/// a PDF with no action-plan table gives zero records and a "table.none" diagnostic.
///
/// **Example**
/// ```
/// extract_plan::document doc = extract_plan::extract_file("appendix1.pdf");
/// for (const auto& r : doc.records) std::cout << r.number << ' ' << r.deadline.text << '\n';
/// ```
document extract_file(const std::string& path, const options& opts = {});

/// Returns the document as JSON text of the given schema version (see README.md), with keys
/// in a fixed order and no dependence on the locale. Ends without a newline.
std::string to_json(const document& doc);

/// Returns every table found (document::grids) as JSON text: the `--tables` contract, schema
/// version 1 (see README.md). Ends without a newline.
std::string to_tables_json(const document& doc);

/// Parses one deadline text ("Ongoing. Estimated date of impact report 28 February 2023"):
/// the first status word, and every date or period named, in order (README.md has the
/// grammar). Doubts are appended to `diagnostics` when it is not null, with page 0:
/// `date.no_year` for "5 January", `date.unparsed` for "31 February 2023".
///
/// **Example**
/// ```
/// auto d = extract_plan::parse_deadline("Q2 2024/25");
/// // d.dates[0].start == {2024, 7, 1}, d.dates[0].end == {2024, 9, 30}
/// ```
struct deadline parse_deadline(std::string_view text,
                               std::vector<diagnostic>* diagnostics = nullptr,
                               const school_terms& terms = {});

/// Parses one lead-officer text ("Helen Phillips, Scrutiny & Support Officer") into people.
/// A text that names nobody ("TBC", "N/A") gives no people and, when `diagnostics` is not
/// null, an `officer.unparsed` doubt.
officer parse_officer(std::string_view text, std::vector<diagnostic>* diagnostics = nullptr);

/// Returns an item number as printed without a trailing "." or ")" and without enclosing
/// brackets: "2." -> "2", "(a)" -> "a", "R1" -> "R1", " Rec 3 " -> "Rec 3".
std::string parse_number(std::string_view text);

/// Returns a typed deadline as JSON text, as it appears in records (see README.md).
std::string to_json(const struct deadline& value);

/// Returns a typed lead officer as JSON text, as it appears in records (see README.md).
std::string to_json(const officer& value);

}  // namespace extract_plan
