#include "pdf/pdf_reader.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "extract.h"
#include "open_pdf.h"

using namespace extract_plan;

TEST_SUITE("pdf_reader") {
  TEST_CASE("reads words with the origin at the top left, y down, in points") {
    open_pdf file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf");
    REQUIRE(file.file.page_count() >= 4);
    std::vector<diagnostic> diagnostics;
    page p = to_page(file.file.read_page(1, diagnostics));
    CHECK(p.number == 1);
    CHECK(p.width > p.height);  // A4 landscape
    CHECK(p.width == doctest::Approx(842).epsilon(0.01));
    const auto header = std::find_if(p.words.begin(), p.words.end(),
                                     [](const word& w) { return w.text == "SPOTLIGHT"; });
    REQUIRE(header != p.words.end());
    CHECK(header->bounds.y0 < 0.2 * p.height);  // the running header is at the top
    CHECK(header->bounds.y1 > header->bounds.y0);
    CHECK(header->bold);
    CHECK(header->font_size > 5);
  }

  TEST_CASE("reads the table's ruling lines in the same pass") {
    open_pdf file(EXTRACT_PLAN_SAMPLES "/appendix1.pdf");
    std::vector<diagnostic> diagnostics;
    page p = to_page(file.file.read_page(2, diagnostics));
    const auto horizontal = std::count_if(p.rules.begin(), p.rules.end(),
                                          [](const rule& r) { return r.is_horizontal(); });
    const auto vertical = std::count_if(p.rules.begin(), p.rules.end(),
                                        [](const rule& r) { return r.is_vertical(); });
    CHECK(horizontal >= 2);
    CHECK(vertical >= 5);
  }

  TEST_CASE("reads a Chromium PDF's borders, drawn as filled rectangles") {
    open_pdf file(EXTRACT_PLAN_SAMPLES "/appendix1-chromium.pdf");
    std::vector<diagnostic> diagnostics;
    page p = to_page(file.file.read_page(1, diagnostics));
    CHECK(std::count_if(p.rules.begin(), p.rules.end(),
                        [](const rule& r) { return r.is_vertical(); }) >= 5);
  }

  TEST_CASE("fails clearly on what is not a PDF") {
    CHECK_THROWS_AS(open_pdf("no-such-file.pdf"), extract_plan::error);
    try {
      open_pdf f(EXTRACT_PLAN_SAMPLES "/README.md");
      FAIL("no error");
    } catch (const extract_plan::error& e) {
      CHECK(e.code() == errc::not_a_pdf);
    }
  }

  TEST_CASE("an empty file says so") {
    try {
      extract_buffer("", 0, "empty.pdf");
      FAIL("no error");
    } catch (const extract_plan::error& e) {
      CHECK(e.code() == errc::not_a_pdf);
      CHECK(std::string(e.what()).find("empty file") != std::string::npos);
    }
  }
}
