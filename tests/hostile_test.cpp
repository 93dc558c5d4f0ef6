// The catalogue of hostile PDFs (tests/data/hostile, written by make_hostile.py): each one
// gives its records, or a clear error, or says what it could not trust; none crashes, hangs
// or takes memory without bound. The batch over all of them is tests/batch's `catalogue`.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>

#include "extract.h"
#include "extract_plan/extract_plan.h"

using namespace extract_plan;

namespace {

std::string hostile(const char* name) {
  return std::string(EXTRACT_PLAN_TESTDATA "/hostile/") + name;
}

bool has_diagnostic(const document& doc, const std::string& code, int page = -1) {
  return std::any_of(doc.diagnostics.begin(), doc.diagnostics.end(), [&](const diagnostic& d) {
    return d.code == code && (page < 0 || d.page == page);
  });
}

// The little plan most of the catalogue carries, read right.
void check_the_plan(const document& doc) {
  REQUIRE(doc.records.size() == 3);
  CHECK(doc.records[0].number == "1");
  CHECK(doc.records[0].recommendation == "Review the policy");
  CHECK(doc.records[1].number == "2");
  CHECK(doc.records[1].recommendation == "Train all staff");
  CHECK(doc.records[2].number == "3");
  CHECK(doc.records[2].deadline.text == "31 July 2025");
}

std::optional<errc> error_of(const std::string& path) {
  try {
    (void)extract_file(path);
  } catch (const error& e) {
    return e.code();
  }
  return std::nullopt;
}

// The stages after reading, on pages of the given words, each a line of its own.
document read_pages(const std::vector<std::vector<std::string>>& pages, std::size_t unmapped = 0) {
  std::size_t next = 0;
  const page_source source = [&](std::vector<diagnostic>&) -> std::optional<page> {
    if (next == pages.size()) return std::nullopt;
    page p;
    p.number = static_cast<int>(next) + 1;
    p.width = 595;
    p.height = 842;
    p.unmapped_characters = unmapped;
    double y = 100;
    for (const std::string& text : pages[next]) {
      p.words.push_back({text,
                         {50, y, 50 + 6.0 * static_cast<double>(text.size()), y + 10},
                         y + 8,
                         10,
                         false,
                         {}});
      y += 14;
    }
    ++next;
    return p;
  };
  return extract_pages(document{}, source, pages.size(), options{});
}

}  // namespace

TEST_SUITE("hostile") {
  TEST_CASE("text mostly without Unicode is no text layer, and a page with much of it is doubted") {
    const std::vector<std::string> garbage(20, "\x01\x02\x03\x04");
    const std::vector<std::string> prose(20, "Review the policy and report to Cabinet");
    CHECK_THROWS_WITH_AS(read_pages({garbage, garbage}),
                         "the PDF's text cannot be read: 160 of its 160 characters have no "
                         "usable Unicode from their fonts (no ToUnicode map); OCR it first",
                         error);
    // Glyphs that map to nothing are in no word, but count.
    try {
      (void)read_pages({prose}, 2000);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == errc::no_text_layer);
    }
    // One page of garbage among pages of text: that page is doubted.
    const document doc = read_pages({prose, garbage, prose});
    REQUIRE(doc.diagnostics.size() >= 1);
    CHECK(has_diagnostic(doc, "text.unmapped", 2));
    CHECK_FALSE(has_diagnostic(doc, "text.unmapped", 1));
    // A symbol font's bullets on a page of text are not.
    std::vector<std::string> bullets = prose;
    for (int i = 0; i < 10; ++i) bullets[static_cast<std::size_t>(i)] = "\uF0B7 " + prose[0];
    CHECK_FALSE(has_diagnostic(read_pages({bullets}), "text.unmapped"));
  }

  TEST_CASE("a Type3 font with standard glyph names reads as text") {
    const document doc = extract_file(hostile("type3-named.pdf"));
    check_the_plan(doc);
    CHECK_FALSE(has_diagnostic(doc, "text.unmapped"));
  }

  TEST_CASE("fonts whose characters map to nothing usable give no_text_layer, not garbage") {
    // Type3 glyphs named /g1 /g2 ... (control characters); a CID font of the Identity
    // collection with no ToUnicode (glyph numbers taken for characters: a shifted alphabet);
    // a symbolic TrueType font with no encoding (codes 1-39: nothing, or punctuation).
    for (const char* name :
         {"type3-unnamed.pdf", "cid-no-tounicode.pdf", "simple-no-tounicode.pdf"}) {
      CAPTURE(name);
      CHECK(error_of(hostile(name)) == errc::no_text_layer);
    }
  }

  TEST_CASE("right-to-left text reads in logical order, and its dates are doubted") {
    const document doc = extract_file(hostile("rtl.pdf"));
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[0].action == "תוכנית פעולה");
    CHECK(doc.records[1].action == "خطة العمل");
    CHECK(doc.records[2].action == "Leaflets in עברית and العربية");
    CHECK(doc.records[0].deadline.text == "מרץ 2025");
    CHECK(has_diagnostic(doc, "date.unparsed", 1));
  }

  TEST_CASE("a plan of empty cells is listed with no records and table.empty") {
    const document doc = extract_file(hostile("empty-cells.pdf"));
    CHECK(doc.records.empty());
    CHECK(doc.tables.size() == 1);
    CHECK(has_diagnostic(doc, "table.empty"));
    CHECK_FALSE(has_diagnostic(doc, "table.none"));
  }

  TEST_CASE("10,000 ruling lines are no table") {
    const document doc = extract_file(hostile("ten-thousand-lines.pdf"));
    CHECK(doc.records.empty());
    CHECK(has_diagnostic(doc, "table.none"));
  }

  TEST_CASE("looping, nested, huge, empty, reversed and overflowing pages still give the plan") {
    for (const char* name : {"nested-forms-loop.pdf", "nested-forms-deep.pdf", "huge-page.pdf",
                             "zero-page.pdf", "negative-page.pdf", "nan-coords.pdf"}) {
      CAPTURE(name);
      check_the_plan(extract_file(hostile(name)));
    }
  }

  TEST_CASE("a page of 100,000 repeated blocks is read to its character limit, and said so") {
    const document doc = extract_file(hostile("repeated-blocks.pdf"));
    CHECK(has_diagnostic(doc, "page.too_large", 1));
    options opts;
    opts.max_page_characters = 0;  // no limit: Poppler would hold gigabytes
    opts.max_page_words = 1000;
    opts.time_limit = 0.5;
    try {
      (void)extract_file(hostile("repeated-blocks.pdf"), opts);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == errc::too_slow);
    }
  }

  TEST_CASE("a page time limit too small to read a word is too_slow, never no_text_layer") {
    options opts;
    opts.page_time_limit = 1e-9;
    try {
      (void)extract_file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf", opts);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == errc::too_slow);
      CHECK(std::string(e.what()).rfind("no words were read within the limits: page 1: ", 0) == 0);
    }
  }

  TEST_CASE("a page of 50,000 words is read whole") {
    options opts;
    opts.grids = true;
    const document doc = extract_file(hostile("fifty-thousand-words.pdf"), opts);
    CHECK_FALSE(has_diagnostic(doc, "page.too_large"));
    CHECK_FALSE(has_diagnostic(doc, "page.too_slow"));
    opts.max_page_words = 20000;
    CHECK(has_diagnostic(extract_file(hostile("fifty-thousand-words.pdf"), opts), "page.too_large",
                         1));
  }

  TEST_CASE("2,000 pages are read as one table, and over max_pages give too_large at once") {
    const document doc = extract_file(hostile("many-pages.pdf"));
    CHECK(doc.records.size() == 2000);
    CHECK(doc.tables.size() == 1);
    CHECK(doc.records.back().number == "2000");
    options opts;
    opts.max_pages = 1999;
    try {
      (void)extract_file(hostile("many-pages.pdf"), opts);
      FAIL("no error");
    } catch (const error& e) {
      CHECK(e.code() == errc::too_large);
      CHECK(std::string(e.what()) ==
            "the document has 2000 pages to read, more than the limit of 1999");
    }
    opts.pages = {{1, 1999}};  // the pages asked for count, not the document's
    CHECK(extract_file(hostile("many-pages.pdf"), opts).records.size() == 1999);
  }
}
