// extract-plan: action-plan tables from council committee PDFs as typed records.
//
// The one public header. No Poppler, ICU or Boost type appears here, so a program that links
// the library needs none of their headers.
//
// Thread safety: every function here may be called from several threads at once, as long as
// each call works on its own document (one document per thread).
#pragma once

/// The library's version: major, minor and patch, and all three as one number
/// (10000 * major + 100 * minor + patch) for `#if`. A minor version may change the C++ API
/// while the major is 0; the JSON contract has its own schema_version.
#define EXTRACT_PLAN_VERSION_MAJOR 0
#define EXTRACT_PLAN_VERSION_MINOR 3
#define EXTRACT_PLAN_VERSION_PATCH 0
#define EXTRACT_PLAN_VERSION_NUMBER                                        \
  (EXTRACT_PLAN_VERSION_MAJOR * 10000 + EXTRACT_PLAN_VERSION_MINOR * 100 + \
   EXTRACT_PLAN_VERSION_PATCH)

/// Marks what the shared library exports; everything else in it is hidden.
#if defined(_WIN32) && defined(EXTRACT_PLAN_SHARED)
#if defined(EXTRACT_PLAN_BUILDING)
#define EXTRACT_PLAN_API __declspec(dllexport)
#else
#define EXTRACT_PLAN_API __declspec(dllimport)
#endif
#elif defined(__GNUC__)
#define EXTRACT_PLAN_API __attribute__((visibility("default")))
#else
#define EXTRACT_PLAN_API
#endif

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace extract_plan {

/// Returns the library's version, "MAJOR.MINOR.PATCH": that of the library linked, which may
/// be newer than the header a program was compiled with (EXTRACT_PLAN_VERSION_*).
EXTRACT_PLAN_API const char* version() noexcept;

/// The version of the JSON contract written by to_json(). It changes only when a key is
/// removed or its meaning changes; new keys may appear within a version.
inline constexpr int schema_version = 1;

/// Stable codes of the fatal errors carried by extract_plan::error. The numbers are part of
/// the contract (the C API returns them): a new code gets a new number, none is reused.
enum class errc {
  file_not_found = 1,  ///< the input file does not exist or cannot be opened
  read_failed = 2,     ///< the input file could not be read
  not_a_pdf = 3,       ///< the input is not a PDF at all
  damaged = 4,         ///< a PDF too damaged to be read
  encrypted = 5,       ///< a PDF that needs a password, or was given a wrong one
  no_text_layer = 6,   ///< a PDF with no extractable text (a scan, say)
  cancelled = 7,       ///< options::progress asked to stop
  too_large = 8,       ///< more pages than options::max_pages (the CLI's: more memory too)
  too_slow = 9,        ///< still being read after options::time_limit
  crashed = 10,        ///< the helper process reading it in isolation died (C API "isolate")
  timed_out = 11,      ///< the helper process was stopped a second past its time limit
};

/// Returns the stable snake_case name of an error code, e.g. "not_a_pdf".
EXTRACT_PLAN_API const char* to_string(errc code) noexcept;

/// The one exception type the library throws, for fatal problems with an input.
class EXTRACT_PLAN_API error : public std::runtime_error {
 public:
  /// Creates an error with a stable code and a human-readable message.
  error(errc code, const std::string& message);
  /// Returns the stable code of this error.
  errc code() const noexcept { return code_; }

 private:
  errc code_;
};

/// The stable codes of diagnostics (README.md says what each means). A code never changes
/// its meaning; new ones may appear.
namespace diag {
inline constexpr const char* table_none = "table.none";
inline constexpr const char* table_empty = "table.empty";
inline constexpr const char* table_too_many_lines = "table.too_many_lines";
inline constexpr const char* date_no_year = "date.no_year";
inline constexpr const char* date_unparsed = "date.unparsed";
inline constexpr const char* officer_unparsed = "officer.unparsed";
inline constexpr const char* columns_uncertain = "columns.uncertain";
inline constexpr const char* columns_from_content = "columns.from_content";
inline constexpr const char* stitch_orphan = "stitch.orphan";
inline constexpr const char* stitch_ambiguous = "stitch.ambiguous";
inline constexpr const char* page_rotated_text = "page.rotated_text";
inline constexpr const char* page_turned = "page.turned";
inline constexpr const char* page_too_slow = "page.too_slow";
inline constexpr const char* page_too_large = "page.too_large";
inline constexpr const char* text_unmapped = "text.unmapped";
inline constexpr const char* pages_none = "pages.none";
inline constexpr const char* pdf_syntax_warning = "pdf.syntax_warning";
inline constexpr const char* pdf_syntax_error = "pdf.syntax_error";
}  // namespace diag

/// Something the extractor doubted, returned with the result rather than printed. Every
/// function that can doubt appends its diagnostics to a `std::vector<diagnostic>&` it is
/// given; a document carries its own in document::diagnostics.
struct diagnostic {
  std::string code;     ///< stable dotted code, one of diag::, e.g. "date.no_year"
  int page = 0;         ///< 1-based page the doubt is about; 0 for the whole document
  std::string message;  ///< human-readable detail; its wording is not part of the contract

  friend bool operator==(const diagnostic& a, const diagnostic& b) {
    return std::tie(a.code, a.page, a.message) == std::tie(b.code, b.page, b.message);
  }
  friend bool operator!=(const diagnostic& a, const diagnostic& b) { return !(a == b); }
};

/// A calendar day.
struct calendar_date {
  int year = 0;
  int month = 0;  ///< 1-12
  int day = 0;    ///< 1-31

  friend bool operator==(const calendar_date& a, const calendar_date& b) {
    return std::tie(a.year, a.month, a.day) == std::tie(b.year, b.month, b.day);
  }
  friend bool operator!=(const calendar_date& a, const calendar_date& b) { return !(a == b); }
};

/// Returns the ISO-8601 form of a date, e.g. "2023-02-28".
EXTRACT_PLAN_API std::string to_iso(calendar_date date);

/// A day of the year, for calendars that repeat every year.
struct month_day {
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-31

  friend bool operator==(const month_day& a, const month_day& b) {
    return std::tie(a.month, a.day) == std::tie(b.month, b.day);
  }
  friend bool operator!=(const month_day& a, const month_day& b) { return !(a == b); }
};

/// The school-term calendar that "Autumn term 2023" and "End of Spring Term 2025" are read
/// with. A term's dates fall in the year named, except that the autumn term of an academic
/// year "2023/24" is in 2023 and its spring and summer terms in 2024.
struct school_terms {
  month_day autumn_start{9, 1}, autumn_end{12, 31};
  month_day spring_start{1, 1}, spring_end{4, 30};
  month_day summer_start{5, 1}, summer_end{7, 31};

  friend bool operator==(const school_terms& a, const school_terms& b) {
    return std::tie(a.autumn_start, a.autumn_end, a.spring_start, a.spring_end, a.summer_start,
                    a.summer_end) == std::tie(b.autumn_start, b.autumn_end, b.spring_start,
                                              b.spring_end, b.summer_start, b.summer_end);
  }
  friend bool operator!=(const school_terms& a, const school_terms& b) { return !(a == b); }
};

/// A 1-based inclusive range of pages.
struct page_span {
  int first = 0;
  int last = 0;

  friend bool operator==(const page_span& a, const page_span& b) {
    return a.first == b.first && a.last == b.last;
  }
  friend bool operator!=(const page_span& a, const page_span& b) { return !(a == b); }
};

/// Reads a page selection such as "3", "2-5" or "1,4-6" (1-based, inclusive, ranges in any
/// order; "5-" runs to the last page). Throws std::invalid_argument for anything else, or
/// for a range that ends before it starts.
EXTRACT_PLAN_API std::vector<page_span> parse_page_ranges(std::string_view text);

/// Reads a school-term calendar such as "autumn=09-01..12-31,summer=05-01..07-23" (any of
/// the three terms; the others keep their defaults). Throws std::invalid_argument for
/// anything else.
EXTRACT_PLAN_API school_terms parse_school_terms(std::string_view spec);

/// How to read a document.
struct options {
  school_terms terms;  ///< the school-term calendar for deadlines
  /// The most time one page may take, in seconds: a content stream built to loop is cut
  /// short there with a "page.too_slow" diagnostic. A dense real page takes a tenth of one.
  double page_time_limit = 20;
  /// The most time reading one document's pages may take, in seconds, counted from the call:
  /// no page starts after it and the page being read is cut at it, with
  /// error(errc::too_slow). (Opening the file and typing the records, which take a fraction
  /// of a second, are not cut.) A real document of a thousand pages takes under a minute. 0
  /// (or infinity) for no limit, as for every limit here.
  double time_limit = 600;
  /// The most pages to read (of those options::pages selects): a document with more fails at
  /// once with error(errc::too_large). The largest council agenda packs run to about 1,500.
  int max_pages = 10000;
  /// Bounds on one page, so that a page built to exhaust memory is read only so far, with a
  /// "page.too_large" diagnostic. A dense A3 page of 6-point text has about 60,000
  /// characters, 12,000 words and a few thousand ruling lines.
  /// The most characters: Poppler's reading of the page stops at the next one.
  std::size_t max_page_characters = 500000;
  /// The most words kept, in the order the page draws them.
  std::size_t max_page_words = 100000;
  /// The most straight strokes and filled rectangles kept, in the order they are painted.
  std::size_t max_page_paints = 200000;
  /// The most fonts a page, its forms and its annotations may name. Poppler builds every
  /// one before the page's first operator, where no time limit can stop it; a page naming
  /// more is not read ("page.too_large"). A real page names a few dozen.
  std::size_t max_page_fonts = 1000;
  /// The memory, in bytes, one document's reading may take. Inside the calling process a
  /// page is weighed before it is drawn, and one whose fonts would make Poppler build more
  /// than a quarter of this (a ToUnicode map naming a code of 16 million takes 64 MB a
  /// font) is not read ("page.too_large"); the pages are read within their own bounds
  /// above. The default suits a service: a real document of a thousand pages takes under
  /// 100 MB.
  std::size_t memory_limit = std::size_t{1} << 30;
  /// The pages to read; empty for all. Pages past the end of the document are ignored, and a
  /// table never continues across a page left out. Records keep the pages' real numbers.
  std::vector<page_span> pages;
  /// The password of an encrypted PDF (owner or user password); empty for none. A PDF that
  /// needs none (locked by an owner password alone) opens whatever is given here.
  std::string password;
  /// When true, document::grids holds every table found, action plan or not (the `--tables`
  /// contract). Off by default: finding tables with neither rules nor a known header costs
  /// time, and holding every cell of a long register costs memory.
  bool grids = false;
  /// When true, document::outline says where each page's furniture and table parts are, for
  /// drawing over the page (render_review_pages). Off by default: it costs memory per page.
  bool trace = false;
  /// When true, the document is read in a helper process (extract-plan-helper, installed
  /// under libexec/extract-plan beside the library, or where the environment variable
  /// EXTRACT_PLAN_HELPER says), started with posix_spawn and limited to memory_limit bytes
  /// (and 768 MiB for its code) and time_limit seconds (it is stopped a second later): for
  /// a host that takes untrusted files, which a crash or a loop inside the PDF reader must
  /// not take down. The same document comes back, rebuilt from the JSON contract (records'
  /// cell boxes and the outline are not carried; progress is not called), or the same error,
  /// or error(errc::crashed) / error(errc::timed_out). Costs a process start a document
  /// (some 13 ms), and a second for grids.
  bool isolate = false;
  /// When true, Poppler reads the next pages on a thread of its own while this one works on
  /// the pages read: a document then takes about as long as Poppler alone takes to read it.
  /// Turn it off where every core is busy already (a batch with a worker per core). The
  /// result is the same either way.
  bool read_ahead = true;
  /// Called after each page is read with the pages read so far and the pages to read in
  /// all; returning false stops the reading, which then throws error(errc::cancelled).
  /// Called on the thread that extracts. Empty for none.
  std::function<bool(int pages_done, int pages_total)> progress;
};

/// One date or period named in a deadline text. start == end for a single day; both empty
/// when the text names a date that cannot be placed (a day and month with no year).
struct date_span {
  std::string text;                    ///< the words the date was read from
  std::optional<calendar_date> start;  ///< first day of the period
  std::optional<calendar_date> end;    ///< last day of the period

  friend bool operator==(const date_span& a, const date_span& b) {
    return std::tie(a.text, a.start, a.end) == std::tie(b.text, b.start, b.end);
  }
  friend bool operator!=(const date_span& a, const date_span& b) { return !(a == b); }
};

/// The status a deadline text states in words.
enum class deadline_status { completed = 0, ongoing = 1, in_progress = 2, not_started = 3 };

/// Returns the stable name of a status, e.g. "in_progress".
EXTRACT_PLAN_API const char* to_string(deadline_status status) noexcept;

/// A typed deadline cell.
struct deadline_value {
  std::string text;                       ///< the cell text, whitespace collapsed
  std::optional<deadline_status> status;  ///< the first status word found, if any
  std::vector<date_span> dates;           ///< every date named, in order

  friend bool operator==(const deadline_value& a, const deadline_value& b) {
    return std::tie(a.text, a.status, a.dates) == std::tie(b.text, b.status, b.dates);
  }
  friend bool operator!=(const deadline_value& a, const deadline_value& b) { return !(a == b); }
};

/// One person named in a lead-officer cell. Either part may be missing.
struct person {
  std::optional<std::string> name;  ///< e.g. "Natalie McGrath"
  std::optional<std::string> role;  ///< e.g. "PHSE Co-ordinator"

  friend bool operator==(const person& a, const person& b) {
    return std::tie(a.name, a.role) == std::tie(b.name, b.role);
  }
  friend bool operator!=(const person& a, const person& b) { return !(a == b); }
};

/// A typed lead-officer cell.
struct officer {
  std::string text;            ///< the cell text, whitespace collapsed
  std::vector<person> people;  ///< people named, when the text is plain enough to split

  friend bool operator==(const officer& a, const officer& b) {
    return std::tie(a.text, a.people) == std::tie(b.text, b.people);
  }
  friend bool operator!=(const officer& a, const officer& b) { return !(a == b); }
};

/// The meaning of a table column, found from its header text.
enum class field {
  number = 0,
  recommendation = 1,
  action = 2,
  lead_officer = 3,
  deadline = 4,
  status = 5,    ///< a Status or RAG column
  progress = 6,  ///< a Progress or Update column
  other = 7,
  response = 8,  ///< a decision on the recommendation: "Agreed?", "Cabinet Response"
};

/// Returns the stable JSON name of a field, e.g. "lead_officer"; "other" for unknown columns.
EXTRACT_PLAN_API const char* to_string(field f) noexcept;

/// A RAG rating: red, amber and green as usual, blue for done.
enum class rag_rating { red = 0, amber = 1, green = 2, blue = 3 };

/// Returns the stable name of a rating: "red", "amber", "green" or "blue".
EXTRACT_PLAN_API const char* to_string(rag_rating rating) noexcept;

/// The decision a response column records on a recommendation.
enum class decision { accepted = 0, partially_accepted = 1, rejected = 2, noted = 3 };

/// Returns the stable name of a decision: "accepted", "partially_accepted", "rejected" or
/// "noted".
EXTRACT_PLAN_API const char* to_string(decision d) noexcept;

/// A response cell: its text, and the decision its words state, if any.
struct response_value {
  std::string text;
  std::optional<decision> value;

  friend bool operator==(const response_value& a, const response_value& b) {
    return std::tie(a.text, a.value) == std::tie(b.text, b.value);
  }
  friend bool operator!=(const response_value& a, const response_value& b) { return !(a == b); }
};

/// One column of an action-plan table.
struct column {
  std::string header;         ///< the header text as printed (empty for an unlabelled column)
  field role = field::other;  ///< what the column holds

  friend bool operator==(const column& a, const column& b) {
    return std::tie(a.header, a.role) == std::tie(b.header, b.role);
  }
  friend bool operator!=(const column& a, const column& b) { return !(a == b); }
};

/// One action-plan table, which may run over many pages.
struct plan_table {
  page_span pages;
  std::vector<column> columns;

  friend bool operator==(const plan_table& a, const plan_table& b) {
    return std::tie(a.pages, a.columns) == std::tie(b.pages, b.columns);
  }
  friend bool operator!=(const plan_table& a, const plan_table& b) { return !(a == b); }
};

/// Where one piece of a cell is printed: a cell cut by a page break has a piece on each page.
struct cell_box {
  int page = 0;                           ///< 1-based
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  ///< points, origin at the page's top left, y down

  friend bool operator==(const cell_box& a, const cell_box& b) {
    return std::tie(a.page, a.x0, a.y0, a.x1, a.y1) == std::tie(b.page, b.x0, b.y0, b.x1, b.y1);
  }
  friend bool operator!=(const cell_box& a, const cell_box& b) { return !(a == b); }
};

/// A footnote a record's text points to: the marker printed after a word of one of its
/// cells ("2" of "June 2026²", which is no part of the cell's text), and the footnote's text
/// where the document prints one with that marker (at the foot of the page, or as end notes).
struct footnote {
  std::string marker;  ///< as printed: "2", "*"
  int page = 0;        ///< where the marker is printed
  std::string text;    ///< the footnote's text; empty when the document prints none
  friend bool operator==(const footnote& a, const footnote& b) {
    return std::tie(a.marker, a.page, a.text) == std::tie(b.marker, b.page, b.text);
  }
  friend bool operator!=(const footnote& a, const footnote& b) { return !(a == b); }
};

/// One row of an action plan: a recommendation and what is done about it.
struct record {
  int table = 0;               ///< index into document::tables
  int index = 0;               ///< 1-based position of the record in its table
  std::string number;          ///< as printed, e.g. "1", "R1"; empty when the table has none
  std::string recommendation;  ///< empty when the table has no such column
  std::string action;          ///< proposed action, response
  officer lead_officer;
  deadline_value deadline;
  std::string status;       ///< the Status / RAG column as printed; empty when the table has none
  std::string progress;     ///< the Progress / Update column; empty when the table has none
  response_value response;  ///< the response / decision column; empty when the table has none
  /// Where the action stands: the status words of the Status column, else of the deadline
  /// (a blue RAG rating is done); nothing that depends on today's date.
  std::optional<deadline_status> state;
  /// The RAG rating the Status or RAG cell's words give, the first colour named.
  std::optional<rag_rating> rag;
  std::optional<std::string> section;                      ///< heading of the rows' section
  std::vector<std::pair<std::string, std::string>> other;  ///< unknown columns: header, text
  page_span pages;                                         ///< where the row is printed
  /// Where each of the row's cells is printed, one list per column of its table
  /// (document::tables[table].columns); a cell cut by a page break has a box on each page.
  std::vector<std::vector<cell_box>> cells;
  /// The fields whose values were filled down from a cell merged down over this row and
  /// printed on a row above it ("number", "recommendation", an `other` column's header), in
  /// the order of the table's columns; empty for a row that printed all its values itself.
  std::vector<std::string> filled;
  /// The footnotes its cells point to, each marker once, in the order of the columns.
  std::vector<footnote> footnotes;

  friend bool operator==(const record& a, const record& b) {
    return std::tie(a.table, a.index, a.number, a.recommendation, a.action, a.lead_officer,
                    a.deadline, a.status, a.progress, a.response, a.state, a.rag, a.section,
                    a.other, a.pages, a.cells, a.filled, a.footnotes) ==
           std::tie(b.table, b.index, b.number, b.recommendation, b.action, b.lead_officer,
                    b.deadline, b.status, b.progress, b.response, b.state, b.rag, b.section,
                    b.other, b.pages, b.cells, b.filled, b.footnotes);
  }
  friend bool operator!=(const record& a, const record& b) { return !(a == b); }
};

/// One cell of a table found in the document.
struct grid_cell {
  std::string text;  ///< lines joined as in records
  std::vector<cell_box> boxes;

  friend bool operator==(const grid_cell& a, const grid_cell& b) {
    return std::tie(a.text, a.boxes) == std::tie(b.text, b.boxes);
  }
  friend bool operator!=(const grid_cell& a, const grid_cell& b) { return !(a == b); }
};

/// Any table found in the document, action plan or not, as a grid of cells, stitched across
/// pages like the action plans are.
struct grid {
  page_span pages;
  int header_rows = 0;                       ///< how many of `rows` are column headers
  std::vector<std::vector<grid_cell>> rows;  ///< every row has the same number of cells

  friend bool operator==(const grid& a, const grid& b) {
    return std::tie(a.pages, a.header_rows, a.rows) == std::tie(b.pages, b.header_rows, b.rows);
  }
  friend bool operator!=(const grid& a, const grid& b) { return !(a == b); }
};

/// Where a result came from.
struct source_info {
  std::string file;    ///< the file name, without its directory
  int pages = 0;       ///< the number of pages in the PDF
  std::string sha256;  ///< lower-case hex digest of the file's bytes

  friend bool operator==(const source_info& a, const source_info& b) {
    return std::tie(a.file, a.pages, a.sha256) == std::tie(b.file, b.pages, b.sha256);
  }
  friend bool operator!=(const source_info& a, const source_info& b) { return !(a == b); }
};

/// How a table part on one page was found.
enum class part_kind {
  ruled = 0,    ///< from its ruling lines
  aligned = 1,  ///< from text alignment under a header row naming action-plan fields
  stream = 2,   ///< from white space alone (shown only by --tables)
};

/// One table part as found on one page, before stitching (options::trace).
struct part_outline {
  part_kind kind = part_kind::ruled;
  cell_box bounds;
  std::vector<double> column_edges;  ///< x of the column boundaries, left to right
  std::vector<double> row_edges;     ///< y of the row boundaries, top to bottom

  friend bool operator==(const part_outline& a, const part_outline& b) {
    return std::tie(a.kind, a.bounds, a.column_edges, a.row_edges) ==
           std::tie(b.kind, b.bounds, b.column_edges, b.row_edges);
  }
  friend bool operator!=(const part_outline& a, const part_outline& b) { return !(a == b); }
};

/// What the extractor found on one page, for drawing over it (options::trace).
struct page_outline {
  int page = 0;                            ///< 1-based
  double width = 0, height = 0;            ///< points, as the page was read
  std::vector<cell_box> furniture;         ///< lines of running header or footer, page numbers
  std::vector<part_outline> parts;         ///< table parts, top to bottom
  std::vector<cell_box> repeated_headers;  ///< header rows printed again, dropped by stitching

  friend bool operator==(const page_outline& a, const page_outline& b) {
    return std::tie(a.page, a.width, a.height, a.furniture, a.parts, a.repeated_headers) ==
           std::tie(b.page, b.width, b.height, b.furniture, b.parts, b.repeated_headers);
  }
  friend bool operator!=(const page_outline& a, const page_outline& b) { return !(a == b); }
};

/// Everything extracted from one PDF.
struct document {
  source_info source;
  std::string title;  ///< the running header, or empty
  std::vector<plan_table> tables;
  std::vector<record> records;  ///< in document order
  std::vector<grid> grids;      ///< every table found, in document order (options::grids)
  std::vector<diagnostic> diagnostics;
  std::vector<page_outline> outline;  ///< one per page read, with options::trace; else empty

  friend bool operator==(const document& a, const document& b) {
    return std::tie(a.source, a.title, a.tables, a.records, a.grids, a.diagnostics, a.outline) ==
           std::tie(b.source, b.title, b.tables, b.records, b.grids, b.diagnostics, b.outline);
  }
  friend bool operator!=(const document& a, const document& b) { return !(a == b); }
};

/// Reads a PDF file and returns its action-plan tables as records.
///
/// Throws extract_plan::error for a file that cannot be used at all (missing, not a PDF,
/// encrypted, no text), and read_failed for a file that changes while it is read (it is
/// opened once: the digest and the parse read the same open file). Only a regular file is
/// read: a pipe, a device or a socket (`/dev/stdin`, `/dev/zero`, a FIFO) is refused at once
/// with read_failed, never waited on; read such bytes yourself and call extract_buffer().
/// Everything short of that is reported in
/// document::diagnostics; a PDF with no action-plan table gives zero records and a "table.none"
/// diagnostic.
///
/// **Example**
/// ```
/// extract_plan::document doc = extract_plan::extract_file("appendix1.pdf");
/// for (const auto& r : doc.records) std::cout << r.number << ' ' << r.deadline.text << '\n';
/// ```
EXTRACT_PLAN_API document extract_file(const std::string& path, const options& opts = {});

/// Reads a PDF held in memory (`size` bytes at `data`, from a database or an upload, say),
/// as extract_file() reads a file: the same result, with source.file set to `name`. The
/// bytes are read during the call only. Throws extract_plan::error as extract_file() does,
/// but for file_not_found and read_failed.
EXTRACT_PLAN_API document extract_buffer(const void* data, std::size_t size,
                                         const std::string& name, const options& opts = {});

/// How JSON text is laid out.
enum class json_layout {
  indented = 0,  ///< two spaces an indent, a key a line
  one_line = 1,  ///< no newline at all: one document a line of JSON Lines
};

/// Returns the document as JSON text of the given schema version (see README.md), with keys
/// in a fixed order and no dependence on the locale. Ends without a newline.
EXTRACT_PLAN_API std::string to_json(const document& doc,
                                     json_layout layout = json_layout::indented);

/// Returns every table found (document::grids) as JSON text: the `--tables` contract, schema
/// version 1 (see README.md). Ends without a newline.
EXTRACT_PLAN_API std::string to_tables_json(const document& doc,
                                            json_layout layout = json_layout::indented);

/// Returns the JSON entry that stands in a batch's output for an input that could not be
/// read: `{"schema_version": 1, "source": {"file": ...}, "error": {"code": ..., "message":
/// ...}}`, `code` being an errc name or a batch's own ("crashed", "timed_out").
EXTRACT_PLAN_API std::string error_json(std::string_view file, std::string_view code,
                                        std::string_view message,
                                        json_layout layout = json_layout::indented);

/// Returns the records as a listing for reading on a screen: the title, then a block per
/// record (its number, pages and non-empty fields), a count, and the diagnostics.
EXTRACT_PLAN_API std::string to_listing(const document& doc);

/// How CSV cells that a spreadsheet would take for a formula are written.
enum class csv_cells {
  /// A cell beginning with =, +, -, @, a tab or a carriage return is written after a '
  /// (OWASP's defence against CSV injection): a spreadsheet shows its text and runs nothing.
  /// A plan is someone else's document: a cell "=HYPERLINK(...)" must not act when opened.
  safe = 0,
  /// Every cell exactly as the document has it, for a loader that is no spreadsheet.
  raw = 1,
};

/// Returns the header row of to_csv(), ending in CRLF.
EXTRACT_PLAN_API std::string csv_header();

/// Returns the records as CSV rows (RFC 4180: fields quoted where needed, CRLF line ends,
/// UTF-8), one a record, without the header row; `file` fills the first column. README.md
/// lists the columns. Cells that would run as formulas are written as `cells` says.
EXTRACT_PLAN_API std::string to_csv(const document& doc, std::string_view file,
                                    csv_cells cells = csv_cells::safe);

/// Returns the header row of to_tables_csv(), ending in CRLF.
EXTRACT_PLAN_API std::string tables_csv_header();

/// Returns every table found as CSV rows, one a cell: file, table, row, column, whether the
/// row is a header row, the text, and the first and last page the cell is printed on. Cells
/// that would run as formulas are written as `cells` says.
EXTRACT_PLAN_API std::string to_tables_csv(const document& doc, std::string_view file,
                                           csv_cells cells = csv_cells::safe);

/// One value that differs between two JSON texts.
struct json_difference {
  std::string path;      ///< where, e.g. "records[3].deadline.dates[0].end"
  std::string expected;  ///< the expected value as compact JSON, or "(absent)"
  std::string actual;    ///< the value found, as compact JSON, or "(absent)"

  friend bool operator==(const json_difference& a, const json_difference& b) {
    return std::tie(a.path, a.expected, a.actual) == std::tie(b.path, b.expected, b.actual);
  }
  friend bool operator!=(const json_difference& a, const json_difference& b) { return !(a == b); }
};

/// Compares two JSON texts value by value (layout and key order do not matter, array order
/// does) and returns every difference, in document order of `expected`. A path in `ignore`
/// (such as "source.sha256") is skipped with everything below it; an index written "[]"
/// matches every index ("records[].pages"). Throws std::invalid_argument when either text
/// is not JSON, or is nested more than 64 deep (no contract nests more than 6).
EXTRACT_PLAN_API std::vector<json_difference> compare_json(
    std::string_view expected, std::string_view actual,
    const std::vector<std::string>& ignore = {});

/// Renders each page of doc.outline (extract with options::trace) at `dpi` dots per inch,
/// with what the extractor found drawn over it: running header and footer, each table part
/// with its columns and rows, each record's cells labelled with its index and field, rows
/// continued from the page before and dropped repeated headers. Calls `sink` with each
/// page's number and PNG bytes, in page order (empty bytes for a page Poppler could not
/// render). Throws extract_plan::error as extract_file.
EXTRACT_PLAN_API void render_review_pages(
    const std::string& path, const document& doc,
    const std::function<void(int page, const std::string& png)>& sink, const options& opts = {},
    double dpi = 100);

/// Returns a self-contained HTML review page (no script, no network): for each page of
/// doc.outline, the picture `picture_of(page)` (a relative URL; empty when there is none)
/// beside the records printed on that page, and the document's diagnostics.
EXTRACT_PLAN_API std::string review_html(const document& doc,
                                         const std::function<std::string(int page)>& picture_of);

/// What became of one record between two versions of a plan.
enum class change_kind {
  added = 0,    ///< in the new version only
  removed = 1,  ///< in the old version only
  changed = 2,  ///< in both, with some field's text changed
};

/// Returns the stable name of a change, e.g. "added".
EXTRACT_PLAN_API const char* to_string(change_kind kind) noexcept;

/// A field whose text differs between the two versions of a record.
struct field_change {
  std::string field;  ///< "recommendation", "action", "lead_officer", "deadline", "status",
                      ///< "progress", or an unknown column's header
  std::string old_text, new_text;

  friend bool operator==(const field_change& a, const field_change& b) {
    return std::tie(a.field, a.old_text, a.new_text) == std::tie(b.field, b.old_text, b.new_text);
  }
  friend bool operator!=(const field_change& a, const field_change& b) { return !(a == b); }
};

/// One record added, removed or changed.
struct record_change {
  change_kind kind = change_kind::changed;
  int table = 0;  ///< the new table's index (the old one's for a removed record)
  std::optional<std::string> old_number, new_number;  ///< as in records[].number
  int old_index = 0, new_index = 0;  ///< 1-based, as records[].index; 0 where there is none
  std::vector<field_change> fields;  ///< for a changed record, in the order of the fields
  bool slipped = false;              ///< the latest end date named is later in the new version
  bool completed = false;            ///< the new version says it is completed and the old did not
  std::string summary;  ///< its recommendation, else action, else first text, for reports

  friend bool operator==(const record_change& a, const record_change& b) {
    return std::tie(a.kind, a.table, a.old_number, a.new_number, a.old_index, a.new_index, a.fields,
                    a.slipped, a.completed) == std::tie(b.kind, b.table, b.old_number, b.new_number,
                                                        b.old_index, b.new_index, b.fields,
                                                        b.slipped, b.completed);
  }
  friend bool operator!=(const record_change& a, const record_change& b) { return !(a == b); }
};

/// What changed between two versions of an action plan.
struct document_diff {
  source_info old_source, new_source;
  std::vector<record_change> changes;  ///< changed and added in new order, then removed
  int unchanged = 0;                   ///< records matched with no field changed

  friend bool operator==(const document_diff& a, const document_diff& b) {
    return std::tie(a.old_source, a.new_source, a.changes, a.unchanged) ==
           std::tie(b.old_source, b.new_source, b.changes, b.unchanged);
  }
  friend bool operator!=(const document_diff& a, const document_diff& b) { return !(a == b); }
};

/// Compares two versions of a plan record by record. Records are matched by content, not
/// only by number: the number and the recommendation's text together, tolerating small
/// edits, so a plan renumbered after a row was removed still matches its rows. Texts are
/// compared without white space and hyphens, so a change only in line breaks, line-end
/// hyphenation, page position or page numbers is no change.
EXTRACT_PLAN_API document_diff diff_documents(const document& old_doc, const document& new_doc);

/// Returns a diff as JSON text (README.md documents it). Ends without a newline.
EXTRACT_PLAN_API std::string to_json(const document_diff& diff,
                                     json_layout layout = json_layout::indented);

/// Returns a diff as a report to read, grouped: completed, slipped, changed, added, removed.
EXTRACT_PLAN_API std::string to_report(const document_diff& diff);

/// One document of a batch's review index.
struct review_link {
  std::string label;  ///< what the index shows: the input's path
  std::string href;   ///< the relative URL of its review page; empty when it failed

  friend bool operator==(const review_link& a, const review_link& b) {
    return std::tie(a.label, a.href) == std::tie(b.label, b.href);
  }
  friend bool operator!=(const review_link& a, const review_link& b) { return !(a == b); }
};

/// Returns the HTML index of a batch's review pages: a link to each, a failed one marked.
EXTRACT_PLAN_API std::string review_index_html(const std::vector<review_link>& documents);

/// Parses one deadline text ("Ongoing. Estimated date of impact report 28 February 2023"):
/// the first status word, and every date or period named, in order (README.md has the
/// grammar). Doubts are appended to `diagnostics`, with page 0: `date.no_year` for
/// "5 January", `date.unparsed` for "31 February 2023".
///
/// **Example**
/// ```
/// std::vector<extract_plan::diagnostic> doubts;
/// auto d = extract_plan::parse_deadline("Q2 2024/25", doubts);
/// // d.dates[0].start == {2024, 7, 1}, d.dates[0].end == {2024, 9, 30}, doubts empty
/// ```
EXTRACT_PLAN_API deadline_value parse_deadline(std::string_view text,
                                               std::vector<diagnostic>& diagnostics,
                                               const school_terms& terms = {});

/// Parses one deadline text, as above, for a caller that wants no doubts.
EXTRACT_PLAN_API deadline_value parse_deadline(std::string_view text,
                                               const school_terms& terms = {});

/// Parses one lead-officer text ("Helen Phillips, Scrutiny & Support Officer") into people.
/// A text that names nobody ("TBC", "N/A") gives no people and an `officer.unparsed`
/// doubt, appended to `diagnostics`.
EXTRACT_PLAN_API officer parse_officer(std::string_view text, std::vector<diagnostic>& diagnostics);

/// Parses one lead-officer text, as above, for a caller that wants no doubts.
EXTRACT_PLAN_API officer parse_officer(std::string_view text);

/// Returns the state the first status word of a text states ("Completed", "On-going",
/// "In progress", "Not started"; README.md lists them), or nothing.
EXTRACT_PLAN_API std::optional<deadline_status> parse_status(std::string_view text);

/// Returns the RAG rating of a Status or RAG cell's text: the first of Red, Amber, Green or
/// Blue it names ("Amber/Green" is amber), or a cell of R, A, G or B alone or first before a
/// separator ("G - on track"); nothing when it names none.
EXTRACT_PLAN_API std::optional<rag_rating> parse_rag(std::string_view text);

/// Parses a response cell ("Agreed", "Partially accepted - see note", "Rejected"): its text
/// with spaces collapsed, and the decision its first decision word states.
EXTRACT_PLAN_API response_value parse_response(std::string_view text);

/// Returns an item number as printed without trailing ".", ")", ":" or dashes ("7 -" ->
/// "7") and without enclosing brackets: "2." -> "2", "(a)" -> "a", "R1" -> "R1", " Rec 3 " -> "Rec
/// 3".
EXTRACT_PLAN_API std::string parse_number(std::string_view text);

/// Returns a typed deadline as JSON text, as it appears in records (see README.md).
EXTRACT_PLAN_API std::string to_json(const deadline_value& value);

/// Returns a typed lead officer as JSON text, as it appears in records (see README.md).
EXTRACT_PLAN_API std::string to_json(const officer& value);

/// Returns a typed response as JSON text, as it appears in records (see README.md).
EXTRACT_PLAN_API std::string to_json(const response_value& value);

}  // namespace extract_plan
