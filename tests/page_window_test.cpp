// The page window: a page is finished once the pages after it that tell its furniture are
// read, with the same furniture as the whole document would give it when the document is
// short, and a section's own running header found within its section when it is long.
#include "page_window.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "extract.h"
#include "page_builder.h"

using namespace extract_plan;
using extract_plan::testing::page_builder;

namespace {

// A portrait page with a running header, a line of body text, and a page number.
page report_page(int number, const std::string& header) {
  page_builder b(number, 595, 842);
  if (!header.empty()) b.text(100, 40, header);
  b.text(100, 400, "Body text of page " + std::to_string(number) + " goes here");
  b.text(290, 820, std::to_string(number));
  return b.build();
}

std::vector<content_page> run_window(const std::vector<page>& pages) {
  std::vector<diagnostic> diagnostics;
  page_window window;
  std::vector<content_page> out;
  for (const page& p : pages) {
    window.push(prepare_page(p, diagnostics));
    while (auto ready = window.pop(false)) out.push_back(std::move(*ready));
  }
  while (auto ready = window.pop(true)) out.push_back(std::move(*ready));
  return out;
}

// The furniture the whole document gives at once, with no window.
layout::furniture whole_document_furniture(const std::vector<page>& pages) {
  std::vector<layout::page_lines> all;
  for (const page& p : pages) {
    std::vector<diagnostic> diagnostics;
    all.push_back(prepare_page(p, diagnostics).lines);
  }
  return layout::find_furniture(all);
}

}  // namespace

TEST_SUITE("page_window") {
  TEST_CASE("finishes a page only once the pages after it that tell its furniture are read") {
    std::vector<diagnostic> diagnostics;
    page_window window;
    for (int n = 1; n <= static_cast<int>(furniture_reach); ++n) {
      window.push(prepare_page(report_page(n, "AUDIT COMMITTEE"), diagnostics));
      CHECK_FALSE(window.pop(false).has_value());
    }
    window.push(prepare_page(report_page(17, "AUDIT COMMITTEE"), diagnostics));
    const auto first = window.pop(false);
    REQUIRE(first.has_value());
    CHECK(first->number == 1);
    CHECK_FALSE(window.pop(false).has_value());
  }

  TEST_CASE("takes out the running header and page number, and keeps the body") {
    std::vector<page> pages;
    for (int n = 1; n <= 4; ++n) pages.push_back(report_page(n, "AUDIT COMMITTEE ACTION PLAN"));
    const auto done = run_window(pages);
    REQUIRE(done.size() == 4);
    for (const content_page& p : done) {
      REQUIRE(p.lines.size() == 1);
      CHECK(p.lines[0].text().rfind("Body text", 0) == 0);
      CHECK(p.furniture_boxes.size() == 2);
      // The lowest text of the pages around, furniture left out: the body line's foot.
      CHECK(p.body_bottom == doctest::Approx(402));
    }
  }

  TEST_CASE("a document of up to seventeen pages is judged whole, page by page") {
    // A header on the first nine of seventeen pages: on half of them, so furniture everywhere
    // it stands when the whole document is the window, and so for the window too.
    std::vector<page> pages;
    for (int n = 1; n <= 17; ++n) pages.push_back(report_page(n, n <= 9 ? "FIRST HALF" : ""));
    const auto done = run_window(pages);
    const layout::furniture whole = whole_document_furniture(pages);
    REQUIRE(done.size() == 17);
    for (std::size_t i = 0; i < 17; ++i) {
      CAPTURE(i);
      const auto marked =
          std::count(whole.furniture_lines[i].begin(), whole.furniture_lines[i].end(), true);
      CHECK(static_cast<long>(done[i].furniture_boxes.size()) == marked);
      CHECK(marked == (i < 9 ? 2 : 1));
    }
  }

  TEST_CASE("a short document is judged whole: a header on half its pages is furniture") {
    std::vector<page> pages;
    for (int n = 1; n <= 10; ++n) pages.push_back(report_page(n, n % 2 ? "ODD HEADER" : ""));
    const auto done = run_window(pages);
    CHECK(done[0].furniture_boxes.size() == 2);  // header and page number
    CHECK(done[1].furniture_boxes.size() == 1);  // page number only
  }

  TEST_CASE("in a long document a section's own header is found in its section") {
    // 60 pages in three parts of 20, each with its own header: over the whole document none
    // is on half the pages; around each page, its own part's is.
    const std::vector<std::string> parts = {"PART ONE", "PART TWO", "PART THREE"};
    std::vector<page> pages;
    for (int n = 1; n <= 60; ++n)
      pages.push_back(report_page(n, parts[static_cast<std::size_t>((n - 1) / 20)]));
    const auto done = run_window(pages);
    REQUIRE(done.size() == 60);
    for (const std::size_t i : {0u, 10u, 30u, 59u}) {
      CAPTURE(i);
      CHECK(done[i].furniture_boxes.size() == 2);
      CHECK(done[i].lines.size() == 1);
    }
    // The whole document at once finds only the page numbers.
    const layout::furniture whole = whole_document_furniture(pages);
    CHECK(std::count(whole.furniture_lines[30].begin(), whole.furniture_lines[30].end(), true) ==
          1);
  }

  TEST_CASE("the title is the running header of the opening pages") {
    std::vector<diagnostic> diagnostics;
    page_window window;
    std::vector<page> pages;
    for (int n = 1; n <= 40; ++n) pages.push_back(report_page(n, n <= 20 ? "" : "LATER SECTION"));
    for (const page& p : pages) {
      window.push(prepare_page(p, diagnostics));
      while (window.pop(false)) {
      }
    }
    while (window.pop(true)) {
    }
    CHECK(window.title().empty());
  }
}
