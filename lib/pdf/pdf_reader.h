// Reads pages of a PDF: words with their boxes and fonts, and the ruling lines of tables.
// The only unit that sees Poppler; its API changes between versions, so it stays in one file.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract_plan/extract_plan.h"
#include "page.h"

class BaseStream;  // Poppler's, behind the impl

namespace extract_plan::pdf {

/// A rendered page: 32-bit pixels, each a little-endian 0xffRRGGBB (cairo's RGB24), rows of
/// `stride` bytes, top row first.
struct raster {
  int width = 0, height = 0, stride = 0;
  std::vector<unsigned char> pixels;
};

/// The bytes of a PDF in memory; a type of its own, so that a path is never taken for them.
struct pdf_bytes {
  std::string_view data;
};

/// An open file holding a PDF, by its descriptor (the caller keeps it open and owns it).
struct pdf_descriptor {
  int fd = -1;
};

/// How far one page is read: whichever bound it reaches first cuts it short there.
struct page_budget {
  double seconds = 20;              ///< "page.too_slow"; 0 or less for no limit
  std::size_t characters = 500000;  ///< Poppler stops at the next one ("page.too_large")
  std::size_t words = 100000;       ///< those after are left out ("page.too_large")
  std::size_t paints = 200000;      ///< those after are left out ("page.too_large")
  /// What the page's fonts may make Poppler build before its first operator runs: the
  /// fonts its resources and forms name, and the bytes of their code maps (a ToUnicode map
  /// naming a code of 16 million takes 64 MB) or of their largest embedded stream. A page
  /// past either is not read ("page.too_large").
  std::size_t fonts = 1000;
  std::size_t font_bytes = std::size_t{1} << 28;
};

/// An open PDF. Pages are read one at a time so a caller can stream them.
class pdf_file {
 public:
  /// Opens a PDF held in memory, with `password` (owner or user) when it is encrypted. The
  /// bytes are not copied: they must outlive the pdf_file. Throws extract_plan::error
  /// (not_a_pdf, damaged, encrypted: no password or a wrong one).
  explicit pdf_file(pdf_bytes bytes, const std::string& password = {});

  /// Opens a PDF from an open file, which it reads as pages are asked for, holding none of
  /// it in memory. Throws as above, and read_failed when the file cannot be read.
  explicit pdf_file(pdf_descriptor file, const std::string& password = {});
  ~pdf_file();
  pdf_file(const pdf_file&) = delete;
  pdf_file& operator=(const pdf_file&) = delete;

  /// Returns the number of pages.
  int page_count() const;

  /// Returns Poppler's complaints while opening the file (a reconstructed cross-reference
  /// table, say), as page-0 diagnostics.
  const std::vector<diagnostic>& opening_diagnostics() const;

  /// Reads the words and the straight paint of page `number` (1-based) in one pass over its
  /// content
  /// (two for a page whose text runs sideways, which is read turned: "page.turned"). Words
  /// that still run sideways are left out ("page.rotated_text"). Poppler's complaints about
  /// the page are appended to `diagnostics` as "pdf.syntax_warning" / "pdf.syntax_error".
  /// A page is read only as far as `budget` allows, and one being read when `*stop` becomes
  /// true is cut short (its result is then of no use). Before it is drawn, what its fonts
  /// would cost is weighed, and a page that would pass the budget's fonts or font_bytes,
  /// or whose fonts would take Poppler more than half its time to build, is not read at all
  /// ("page.too_large", "page.too_slow"; drawn_page::refused).
  drawn_page read_page(int number, std::vector<diagnostic>& diagnostics,
                       const page_budget& budget = {}, const std::atomic<bool>* stop = nullptr);

  /// Renders page `number` at `dpi`, as it is displayed (its /Rotate applied), on white.
  /// Gives an empty raster when Poppler cannot render it, or when the picture would take more
  /// than a page_budget's font_bytes or the page's fonts would pass that budget; a page still
  /// drawing after `seconds` is cut short there.
  raster render_page(int number, double dpi, double seconds = 20);

 private:
  // Opens the document from the streams `make_stream` makes (a second when the password
  // given is wrong for a file that needs none).
  void open(const std::function<::BaseStream*()>& make_stream, const std::string& password);
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace extract_plan::pdf
