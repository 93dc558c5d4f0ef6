// Fuzz target: every stage after reading (overprint, rules, lines, furniture, ruled and
// unruled tables, stitching, records, the writers), on synthetic pages decoded from the
// input. No PDF is involved, so the fuzzer reaches the table logic in a few bytes.
//
// The input is a list of drawing commands, a byte naming each. Positions fall on a coarse
// grid and words come from a council plan's vocabulary, so that columns line up, headers
// are recognised and pages repeat their furniture often enough to matter; a command may
// also draw a word of raw bytes, or a position anywhere, NaN and infinity included.
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "extract.h"
#include "extract_plan/extract_plan.h"
#include "page.h"

namespace {

namespace ep = extract_plan;

// Reads the input a byte or a number at a time; zeros once it is spent.
class byte_reader {
 public:
  byte_reader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return at_ == size_; }
  unsigned byte() { return at_ < size_ ? data_[at_++] : 0; }
  // A position on a 6-point grid across `extent`, now and then anywhere at all.
  double position(double extent) {
    const unsigned b = byte();
    if (b == 255) return raw_double();
    return std::fmod(b * 6.0 + (byte() % 6), extent + 12) - 6;
  }
  double raw_double() {
    double d = 0;
    std::array<unsigned char, sizeof d> bytes{};
    for (unsigned char& c : bytes) c = static_cast<unsigned char>(byte());
    std::memcpy(&d, bytes.data(), sizeof d);
    return d;
  }
  std::string raw_text() {
    std::string s;
    for (unsigned n = byte() % 16; n > 0 && !empty(); --n) s.push_back(static_cast<char>(byte()));
    return s;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t at_ = 0;
};

// Words of real plans: headers of every field, numbers, deadlines, officers, bullets, the
// running header and footer, hyphenated ends.
constexpr std::array<const char*, 64> vocabulary = {"No.",       "Recommendation",
                                                    "Proposed",  "action",
                                                    "Action",    "Lead",
                                                    "officer",   "Officer",
                                                    "Deadline",  "Status",
                                                    "RAG",       "Progress",
                                                    "Response",  "Owner",
                                                    "Timescale", "Due",
                                                    "date",      "1",
                                                    "2",         "3",
                                                    "1.1",       "2.4",
                                                    "(a)",       "R1",
                                                    "Rec",       "10",
                                                    "•",         "-",
                                                    "o",         "▪",
                                                    "Review",    "the",
                                                    "policy",    "and",
                                                    "report",    "to",
                                                    "Cabinet",   "Co-",
                                                    "ordinator", "recom-",
                                                    "mendation", "31",
                                                    "March",     "2025",
                                                    "Q2",        "2024/25",
                                                    "Ongoing.",  "End",
                                                    "of",        "Spring",
                                                    "Term",      "Completed",
                                                    "Head",      "Director",
                                                    "Cllr",      "Jane",
                                                    "Smith,",    "TBC",
                                                    "Red",       "Amber",
                                                    "Green",     "Page",
                                                    "APPENDIX",  "SPOTLIGHT"};

ep::word make_word(byte_reader& in, double width, double height) {
  ep::word w;
  const unsigned pick = in.byte();
  w.text = pick < 240 ? vocabulary[pick % vocabulary.size()] : in.raw_text();
  const double size = 6 + in.byte() % 10;
  w.bounds.x0 = in.position(width);
  w.bounds.y0 = in.position(height);
  w.bounds.x1 = w.bounds.x0 + size * 0.5 * static_cast<double>(w.text.size());
  w.bounds.y1 = w.bounds.y0 + size;
  w.baseline = w.bounds.y1 - size * 0.2;
  w.font_size = size;
  w.bold = (pick & 1) != 0;
  return w;
}

ep::paint make_paint(byte_reader& in, double width, double height, ep::paint::kind type) {
  ep::paint p;
  p.type = type;
  p.x0 = in.position(width);
  p.y0 = in.position(height);
  const unsigned shape = in.byte();
  const double length = in.position(std::max(width, height));
  if (type == ep::paint::kind::stroke) {
    // Mostly straight across or down, as a table's rules are.
    p.x1 = (shape & 1) ? p.x0 : p.x0 + length;
    p.y1 = (shape & 1) ? p.y0 + length : p.y0;
    if (shape & 2) p.x1 += 0.3;
    p.line_width = (shape >> 2) % 4 * 0.5;
  } else {
    p.x1 = p.x0 + ((shape & 1) ? 0.5 : length);
    p.y1 = p.y0 + ((shape & 2) ? 0.5 : in.position(height));
  }
  p.red = (shape >> 4 & 1) ? 1.0 : 0.0;
  p.green = (shape >> 5 & 1) ? 0.8 : 0.0;
  p.blue = (shape >> 6 & 1) ? 0.9 : 0.0;
  p.opacity = (shape >> 7) ? 1.0 : 0.5;
  return p;
}

// Decodes the pages. Each page begins with its size; the commands that follow draw on it.
std::vector<ep::drawn_page> decode(byte_reader& in) {
  std::vector<ep::drawn_page> pages;
  constexpr std::size_t max_pages = 40, max_things = 4000;  // so one input stays quick
  std::size_t things = 0;
  while (!in.empty() && pages.size() < max_pages && things < max_things) {
    ep::drawn_page p;
    p.number = static_cast<int>(pages.size()) + 1;
    const unsigned size = in.byte();
    p.width = size % 3 == 0 ? 595 : size % 3 == 1 ? 842 : in.position(2000);
    p.height = size % 3 == 0 ? 842 : size % 3 == 1 ? 595 : in.position(2000);
    p.rotated_words = static_cast<int>(size >> 6);
    p.cut_short = (size & 32) != 0;
    for (unsigned command = in.byte(); !in.empty() && command % 8 != 7 && things < max_things;
         command = in.byte(), ++things) {
      if (command % 8 < 4) {
        p.words.push_back(make_word(in, p.width, p.height));
      } else if (command % 8 < 6) {
        p.paints.push_back(make_paint(in, p.width, p.height, ep::paint::kind::stroke));
      } else {
        p.paints.push_back(make_paint(in, p.width, p.height, ep::paint::kind::fill));
      }
    }
    pages.push_back(std::move(p));
  }
  return pages;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  byte_reader in(data, size);
  const bool grids = (in.byte() & 1) != 0;
  std::vector<ep::drawn_page> pages = decode(in);
  ep::options opts;
  opts.grids = grids;
  opts.trace = grids;
  ep::document doc;
  doc.source.file = "fuzz.pdf";
  doc.source.pages = static_cast<int>(pages.size());
  std::size_t next = 0;
  const ep::page_source source = [&](std::vector<ep::diagnostic>&) -> std::optional<ep::page> {
    if (next == pages.size()) return std::nullopt;
    return ep::to_page(std::move(pages[next++]));
  };
  try {
    doc = ep::extract_pages(std::move(doc), source, pages.size(), opts);
  } catch (const ep::error&) {
    return 0;  // no words at all: the no_text_layer error
  }
  (void)ep::to_json(doc);
  (void)ep::to_csv(doc, "fuzz.pdf");
  if (grids) {
    (void)ep::to_tables_json(doc);
    (void)ep::to_tables_csv(doc, "fuzz.pdf");
    (void)ep::to_listing(doc);
  }
  return 0;
}
